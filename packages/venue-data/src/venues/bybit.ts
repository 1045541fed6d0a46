/**
 * Bybit perpetuals: GET /v5/market/risk-limit?category=linear|inverse&symbol=X (public), one
 * symbol per call (the unpaged list has been silently truncated: ccxt #22448, #24549, #29721),
 * and GET /v5/market/instruments-info for the listing.
 *
 * Units: riskLimitValue is the tier's cap in position value (USDT for linear, coin for
 * inverse). Rates are fractions on linear, but inverse answers have sent percent strings
 * ("0.5" = 0.5%); the unit is told by the leverage, since initial rate x max leverage is 1 in
 * fractions and 100 in percent. The retired v2 shape (result: [{limit, maintain_margin,
 * starting_margin, max_leverage}]) is read too: older recordings use it.
 */
import { Decimal, type ContractTiers } from '@belowzero/risk-core';
import { withTable, withoutTable } from '../contract.js';
import { VenueFormatError } from '../errors.js';
import type { VenueImporter, VenueResponse, VenueResponses } from '../importer.js';
import { listingFrom } from '../listing.js';
import {
  decimal,
  fraction,
  list,
  percentAsFraction,
  positive,
  record,
  text,
  type Json,
} from '../read.js';
import { bracketsFromCaps } from '../tiers.js';
import { bybitMarket } from './bybit-market.js';
import { checkDeductions } from './deduction-check.js';

type Category = 'linear' | 'inverse';

const symbolOf = (category: Category, asset: string): string =>
  category === 'linear' ? `${asset}USDT` : `${asset}USD`;

function bybit(category: Category): VenueImporter {
  return {
    profile: `bybit-${category}`,
    baseUrl: 'https://api.bybit.com',
    market: bybitMarket(category),
    requests: (assets) => [
      {
        key: 'instruments',
        method: 'GET',
        path: '/v5/market/instruments-info',
        query: { category, limit: '1000' },
      },
      ...assets.map((asset) => ({
        key: `tiers:${asset}`,
        method: 'GET' as const,
        path: '/v5/market/risk-limit',
        query: { category, symbol: symbolOf(category, asset) },
      })),
    ],
    parse(responses: VenueResponses, assets) {
      const listing = responses.instruments;
      const listed = listing === undefined ? null : listedSymbols(listing.body);
      const contracts: ContractTiers[] = [];
      for (const asset of assets) {
        const symbol = symbolOf(category, asset);
        const base = { asset, instrument: category, symbol, tierRule: 'deduction' as const };
        const answer = responses[`tiers:${asset}`];
        if (answer !== undefined) {
          contracts.push(tableOf(category, base, answer, `tiers:${asset}`));
        } else if (listing !== undefined && listed?.has(symbol)) {
          contracts.push(
            withoutTable(
              base,
              listing,
              `${symbol} is listed, but its risk-limit table was not read.`,
            ),
          );
        }
      }
      return { contracts, listing: listingFrom(listing, responses) };
    },
  };
}

export const bybitLinear = bybit('linear');
export const bybitInverse = bybit('inverse');

function rowsOf(path: string, body: unknown): { rows: Json[]; v5: boolean } {
  const result = record(path, body).result;
  if (Array.isArray(result))
    return { rows: result.map((r, i) => record(`${path}.result.${i}`, r)), v5: false };
  const rows = list(`${path}.result.list`, record(`${path}.result`, result).list);
  return { rows: rows.map((r, i) => record(`${path}.result.list.${i}`, r)), v5: true };
}

function tableOf(
  category: Category,
  base: Parameters<typeof withTable>[0],
  answer: VenueResponse,
  path: string,
): ContractTiers {
  const { rows, v5 } = rowsOf(path, answer.body);
  const field = v5
    ? { cap: 'riskLimitValue', mmr: 'maintenanceMargin', imr: 'initialMargin', lev: 'maxLeverage' }
    : { cap: 'limit', mmr: 'maintain_margin', imr: 'starting_margin', lev: 'max_leverage' };
  const at = (i: number, name: string) => `${path}.result${v5 ? '.list' : ''}.${i}.${name}`;
  const inPercent = category === 'inverse' && sentInPercent(rows, field, at);
  const rate = (i: number, name: string, value: unknown): string =>
    inPercent ? percentAsFraction(at(i, name), value) : fraction(at(i, name), value);
  const brackets = bracketsFromCaps(
    rows.map((row, i) => ({
      cap: positive(at(i, field.cap), row[field.cap]),
      mmr: rate(i, field.mmr, row[field.mmr]),
      imr: rate(i, field.imr, row[field.imr]),
      maxLeverage: positive(at(i, field.lev), row[field.lev]),
    })),
  );
  checkDeductions(
    `${path}.result.list`,
    brackets,
    rows.map((row, i) =>
      typeof row.mmDeduction === 'string' && row.mmDeduction !== ''
        ? decimal(at(i, 'mmDeduction'), row.mmDeduction)
        : undefined,
    ),
  );
  const unit = category === 'linear' ? 'USDT' : 'coin';
  return withTable(
    base,
    brackets,
    answer,
    `${base.symbol} risk limits (${brackets.length} tiers), caps in position value (${unit})${inPercent ? '; rates sent in percent, converted to fractions' : ''}.`,
  );
}

/** Whether the rates are percent: initial rate x max leverage is ~100 then, ~1 in fractions. */
function sentInPercent(
  rows: Json[],
  field: { imr: string; lev: string },
  at: (i: number, name: string) => string,
): boolean {
  const first = rows[0];
  if (first === undefined) throw new VenueFormatError(at(0, field.imr), rows, 'expected tiers');
  const product = new Decimal(decimal(at(0, field.imr), first[field.imr])).times(
    decimal(at(0, field.lev), first[field.lev]),
  );
  if (product.greaterThan(50)) return true;
  if (product.lessThan(2)) return false;
  throw new VenueFormatError(
    at(0, field.imr),
    first[field.imr],
    'initial rate and max leverage disagree',
  );
}

/** Symbols in an instruments-info answer (v5 result.list[].symbol; v2 symbols result[].name). */
function listedSymbols(body: unknown): Set<string> {
  const result = record('instruments', body).result;
  if (Array.isArray(result))
    return new Set(
      result.map((r, i) =>
        text(`instruments.result.${i}.name`, record(`instruments.result.${i}`, r).name),
      ),
    );
  const rows = list('instruments.result.list', record('instruments.result', result).list);
  return new Set(
    rows.map((r, i) =>
      text(`instruments.result.list.${i}.symbol`, record(`instruments.result.list.${i}`, r).symbol),
    ),
  );
}
