/**
 * dYdX v4's market figures, from the same GET /v4/perpetualMarkets answer as the margin
 * fractions: oraclePrice, which dYdX margins and liquidates on (so it is both the index and
 * the mark here), and nextFundingRate, the hourly rate the next payment is heading for. The
 * answer carries no time: the figures are dated when read.
 */
import type { MarketImporter, MarketReading } from '../importer.js';
import { quotedAt } from '../market.js';
import { optionalDecimal, record } from '../read.js';

export const dydxMarket: MarketImporter = {
  requests: () => [{ key: 'markets', method: 'GET', path: '/v4/perpetualMarkets' }],
  parse(responses, assets) {
    const answer = responses.markets;
    if (answer === undefined) return [];
    const markets = record('markets.markets', record('markets', answer.body).markets);
    const readings: MarketReading[] = [];
    for (const asset of assets) {
      const symbol = `${asset}-USD`;
      if (markets[symbol] === undefined) continue;
      const row = record(`markets.markets.${symbol}`, markets[symbol]);
      const oracle = optionalDecimal(`markets.markets.${symbol}.oraclePrice`, row.oraclePrice);
      readings.push({
        asset,
        instrument: 'linear',
        symbol,
        markPrice: oracle,
        indexPrice: oracle,
        fundingRate: optionalDecimal(
          `markets.markets.${symbol}.nextFundingRate`,
          row.nextFundingRate,
        ),
        quotedAt: quotedAt(`markets.markets.${symbol}`, answer),
        source: answer.source,
      });
    }
    return readings;
  },
};
