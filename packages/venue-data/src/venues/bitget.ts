/**
 * Bitget USDT-M futures: GET /api/v2/mix/market/query-position-lever?symbol=BTCUSDT&
 * productType=usdt-futures (public) per symbol, and GET /api/v2/mix/market/contracts for the
 * listing. Levels give startUnit / endUnit in USDT of position value, the max leverage and
 * keepMarginRate (a fraction); no maintenance amount is sent (the engine derives it).
 */
import type { ContractTiers } from '@belowzero/risk-core';
import { withTable, withoutTable } from '../contract.js';
import type { VenueImporter, VenueResponses } from '../importer.js';
import { listingFrom } from '../listing.js';
import { decimal, fraction, list, positive, record, text } from '../read.js';

export const bitget: VenueImporter = {
  profile: 'bitget',
  baseUrl: 'https://api.bitget.com',
  requests: (assets) => [
    {
      key: 'contracts',
      method: 'GET',
      path: '/api/v2/mix/market/contracts',
      query: { productType: 'usdt-futures' },
    },
    ...assets.map((asset) => ({
      key: `tiers:${asset}`,
      method: 'GET' as const,
      path: '/api/v2/mix/market/query-position-lever',
      query: { symbol: `${asset}USDT`, productType: 'usdt-futures' },
    })),
  ],
  parse(responses: VenueResponses, assets) {
    const listing = responses.contracts;
    const listed = new Set(
      listing === undefined
        ? []
        : list('contracts.data', record('contracts', listing.body).data).map((r, i) =>
            text(`contracts.data.${i}.symbol`, record(`contracts.data.${i}`, r).symbol),
          ),
    );
    const contracts: ContractTiers[] = [];
    for (const asset of assets) {
      const symbol = `${asset}USDT`;
      const base = { asset, instrument: 'linear' as const, symbol, tierRule: 'deduction' as const };
      const answer = responses[`tiers:${asset}`];
      if (answer !== undefined) {
        const path = `tiers:${asset}.data`;
        const rows = list(path, record(`tiers:${asset}`, answer.body).data).map((r, i) =>
          record(`${path}.${i}`, r),
        );
        const brackets = rows.map((row, i) => ({
          floor: decimal(`${path}.${i}.startUnit`, row.startUnit),
          cap: positive(`${path}.${i}.endUnit`, row.endUnit),
          maxLeverage: positive(`${path}.${i}.leverage`, row.leverage),
          mmr: fraction(`${path}.${i}.keepMarginRate`, row.keepMarginRate),
        }));
        contracts.push(
          withTable(
            base,
            brackets,
            answer,
            `${symbol} position levels ${brackets.length === 1 ? '1' : `1-${brackets.length}`}, bounds in USDT of position value.`,
          ),
        );
      } else if (listing !== undefined && listed.has(symbol)) {
        contracts.push(
          withoutTable(
            base,
            listing,
            `${symbol} is listed, but its position levels were not read.`,
          ),
        );
      }
    }
    return { contracts, listing: listingFrom(listing, responses) };
  },
};
