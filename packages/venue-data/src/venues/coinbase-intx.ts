/**
 * Coinbase International perpetuals: GET /api/v1/instruments (public). Margin is a rule, not a
 * table: IM = max(base_imf, RP x sqrt(close-out horizon)), MM = 2/3 x IM (Leverage and Margin
 * Trading Policy). RP and the horizon are not public, so belowzero gives the base rate, which
 * holds while the position is small against the market's daily volume; the note says so.
 */
import { Decimal, type ContractTiers } from '@belowzero/risk-core';
import { withTable } from '../contract.js';
import type { VenueImporter, VenueResponses } from '../importer.js';
import { listingFrom } from '../listing.js';
import { fraction, leverageOf, list, record, text } from '../read.js';
import { coinbaseIntxMarket } from './coinbase-intx-market.js';

export const coinbaseIntx: VenueImporter = {
  profile: 'coinbase-intx',
  baseUrl: 'https://api.international.coinbase.com',
  market: coinbaseIntxMarket,
  requests: () => [{ key: 'instruments', method: 'GET', path: '/api/v1/instruments' }],
  parse(responses: VenueResponses, assets) {
    const answer = responses.instruments;
    const contracts: ContractTiers[] = [];
    if (answer !== undefined) {
      list('instruments', answer.body).forEach((entry, i) => {
        const row = record(`instruments.${i}`, entry);
        if (row.type !== 'PERP' || row.trading_state !== 'TRADING') return;
        const asset = text(`instruments.${i}.base_asset_name`, row.base_asset_name);
        if (!assets.includes(asset)) return;
        const imr = fraction(`instruments.${i}.base_imf`, row.base_imf);
        // 2/3 does not end in decimals: rounded up at 10 places, so maintenance is never understated.
        const mmr = new Decimal(imr)
          .times(2)
          .div(3)
          .toDecimalPlaces(10, Decimal.ROUND_UP)
          .toFixed();
        const symbol = text(`instruments.${i}.symbol`, row.symbol);
        contracts.push(
          withTable(
            { asset, instrument: 'linear', symbol },
            [{ floor: '0', cap: null, maxLeverage: leverageOf(imr), mmr, imr }],
            answer,
            `${symbol}: base initial margin ${imr}, maintenance 2/3 of it. A position large against the market's daily volume needs more (RP x sqrt(close-out horizon), not public), so its liquidation comes sooner than shown.`,
            true,
          ),
        );
      });
    }
    return { contracts, listing: listingFrom(answer, responses) };
  },
};
