/**
 * Hyperliquid perpetuals: POST /info {"type":"meta"} (public). The answer lists the universe
 * ({name, maxLeverage, marginTableId, isDelisted}) and the margin tables ([[id, {marginTiers:
 * [{lowerBound, maxLeverage}]}]]); an id below 50 is one flat tier at that leverage.
 *
 * No maintenance rate is sent: per the docs it is half the initial rate at the tier's max
 * leverage, MMR = 1 / (2 * maxLeverage), and the deduction follows the docs' recurrence (the
 * engine derives it: BTC's second tier from 150,000,000 USDC at 2.5% gives 1,875,000).
 */
import { Decimal, type ContractTiers, type MarginTierInput } from '@belowzero/risk-core';
import { withTable } from '../contract.js';
import type { VenueImporter, VenueResponses } from '../importer.js';
import { listingFrom } from '../listing.js';
import { decimal, list, positive, record, text } from '../read.js';
import { bracketsFromFloors } from '../tiers.js';
import { hyperliquidMarket } from './hyperliquid-market.js';

export const hyperliquid: VenueImporter = {
  profile: 'hyperliquid',
  baseUrl: 'https://api.hyperliquid.xyz',
  market: hyperliquidMarket,
  requests: () => [{ key: 'meta', method: 'POST', path: '/info', body: { type: 'meta' } }],
  parse(responses: VenueResponses, assets) {
    const answer = responses.meta;
    const contracts: ContractTiers[] = [];
    if (answer !== undefined) {
      const meta = record('meta', answer.body);
      const tables = marginTables(meta.marginTables);
      list('meta.universe', meta.universe).forEach((entry, i) => {
        const coin = record(`meta.universe.${i}`, entry);
        const name = text(`meta.universe.${i}.name`, coin.name);
        if (!assets.includes(name) || coin.isDelisted === true) return;
        const id = Number(coin.marginTableId);
        const brackets =
          id < 50
            ? flatTier(positive(`meta.universe.${i}.maxLeverage`, coin.maxLeverage))
            : tables.get(id);
        if (brackets === undefined) return;
        contracts.push(
          withTable(
            { asset: name, instrument: 'linear', symbol: name, tierRule: 'deduction' },
            brackets,
            answer,
            `Margin table ${id} (${brackets.length} tier${brackets.length > 1 ? 's' : ''}), notional in USDC; MMR = 1 / (2 x max leverage) per the docs, the deduction derived by their recurrence.`,
          ),
        );
      });
    }
    return { contracts, listing: listingFrom(answer, responses) };
  },
};

// 1 / (2 x 15x) does not end in decimals: rounded up at 10 places (never understated), so the
// rate fits the database's decimal(38, 18) exactly.
const maintenanceOf = (leverage: string): string =>
  new Decimal(1)
    .div(new Decimal(leverage).times(2))
    .toDecimalPlaces(10, Decimal.ROUND_UP)
    .toFixed();

function flatTier(leverage: string): MarginTierInput[] {
  return [{ floor: '0', cap: null, maxLeverage: leverage, mmr: maintenanceOf(leverage) }];
}

function marginTables(input: unknown): Map<number, MarginTierInput[]> {
  const tables = new Map<number, MarginTierInput[]>();
  list('meta.marginTables', input).forEach((entry, i) => {
    const [id, table] = list(`meta.marginTables.${i}`, entry);
    const path = `meta.marginTables.${i}.1.marginTiers`;
    const tiers = list(path, record(`meta.marginTables.${i}.1`, table).marginTiers).map((t, j) => {
      const tier = record(`${path}.${j}`, t);
      const leverage = positive(`${path}.${j}.maxLeverage`, tier.maxLeverage);
      return {
        floor: decimal(`${path}.${j}.lowerBound`, tier.lowerBound),
        maxLeverage: leverage,
        mmr: maintenanceOf(leverage),
      };
    });
    tables.set(Number(id), bracketsFromFloors(tiers));
  });
  return tables;
}
