/**
 * Binance USDⓈ-M futures: GET /fapi/v1/leverageBracket, a signed (USER_DATA) endpoint, so it is
 * read only with the operator's API key; otherwise the shipped snapshot comes from a dated
 * recording. Answer: [{symbol, brackets: [{bracket, initialLeverage, notionalCap, notionalFloor,
 * maintMarginRatio, cum}]}]; bounds are notional in the margin asset (USDT for XXXUSDT).
 */
import type { ContractTiers } from '@belowzero/risk-core';
import { withTable } from '../contract.js';
import type { VenueImporter, VenueResponses } from '../importer.js';
import { listingFrom } from '../listing.js';
import { decimal, fraction, list, positive, record, text } from '../read.js';
import { checkDeductions } from './deduction-check.js';

export const binanceUsdm: VenueImporter = {
  profile: 'binance-usdm',
  baseUrl: 'https://fapi.binance.com',
  requests: () => [
    { key: 'brackets', method: 'GET', path: '/fapi/v1/leverageBracket', signed: true },
  ],
  parse(responses: VenueResponses, assets) {
    const answer = responses.brackets;
    const contracts: ContractTiers[] = [];
    if (answer !== undefined) {
      const bySymbol = new Map(
        list('brackets', answer.body).map((entry, index) => {
          const row = record(`brackets.${index}`, entry);
          return [text(`brackets.${index}.symbol`, row.symbol), { row, index }] as const;
        }),
      );
      for (const asset of assets) {
        const symbol = `${asset}USDT`;
        const found = bySymbol.get(symbol);
        if (found === undefined) continue;
        const path = `brackets.${found.index}.brackets`;
        const rows = list(path, found.row.brackets).map((entry, i) =>
          record(`${path}.${i}`, entry),
        );
        const brackets = rows.map((row, i) => ({
          floor: decimal(`${path}.${i}.notionalFloor`, row.notionalFloor),
          cap: decimal(`${path}.${i}.notionalCap`, row.notionalCap),
          maxLeverage: positive(`${path}.${i}.initialLeverage`, row.initialLeverage),
          mmr: fraction(`${path}.${i}.maintMarginRatio`, row.maintMarginRatio),
        }));
        checkDeductions(
          path,
          brackets,
          rows.map((row, i) => decimal(`${path}.${i}.cum`, row.cum)),
        );
        contracts.push(
          withTable(
            { asset, instrument: 'linear', symbol, tierRule: 'deduction' },
            brackets,
            answer,
            `${symbol} leverage brackets (${brackets.length}), notional in USDT; the published maintenance amounts (cum) equal the derived ones.`,
          ),
        );
      }
    }
    return { contracts, listing: listingFrom(undefined, responses) };
  },
};
