/**
 * dYdX v4 perpetuals: GET /v4/perpetualMarkets on the indexer (public). One initial and one
 * maintenance margin fraction per market (IMF, MMF), whatever the position's size; the IMF
 * rises with the market's total open interest between openInterestLowerCap and
 * openInterestUpperCap (0 / 0: no scaling), which a single position does not set.
 */
import type { ContractTiers } from '@belowzero/risk-core';
import { withTable } from '../contract.js';
import type { VenueImporter, VenueResponses } from '../importer.js';
import { listingFrom } from '../listing.js';
import { dydxMarket } from './dydx-market.js';
import { decimal, fraction, leverageOf, record } from '../read.js';

export const dydxV4: VenueImporter = {
  profile: 'dydx-v4',
  baseUrl: 'https://indexer.dydx.trade',
  market: dydxMarket,
  requests: () => [{ key: 'markets', method: 'GET', path: '/v4/perpetualMarkets' }],
  parse(responses: VenueResponses, assets) {
    const answer = responses.markets;
    const contracts: ContractTiers[] = [];
    if (answer !== undefined) {
      const markets = record('markets.markets', record('markets', answer.body).markets);
      for (const asset of assets) {
        const ticker = `${asset}-USD`;
        if (markets[ticker] === undefined) continue;
        const path = `markets.markets.${ticker}`;
        const market = record(path, markets[ticker]);
        if (market.status !== 'ACTIVE') continue;
        const imr = fraction(`${path}.initialMarginFraction`, market.initialMarginFraction);
        const mmr = fraction(`${path}.maintenanceMarginFraction`, market.maintenanceMarginFraction);
        const upper = decimal(`${path}.openInterestUpperCap`, market.openInterestUpperCap ?? '0');
        const scaling =
          upper === '0'
            ? 'no open-interest scaling'
            : `the IMF rises toward 100% as the market's open interest goes from ${decimal(`${path}.openInterestLowerCap`, market.openInterestLowerCap)} to ${upper} USDC`;
        contracts.push(
          withTable(
            { asset, instrument: 'linear', symbol: ticker },
            [{ floor: '0', cap: null, maxLeverage: leverageOf(imr), mmr, imr }],
            answer,
            `${ticker}: IMF ${imr}, MMF ${mmr} for every size; ${scaling}.`,
          ),
        );
      }
    }
    return { contracts, listing: listingFrom(answer, responses) };
  },
};
