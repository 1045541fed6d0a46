/**
 * Coinbase International's market figures, from the same GET /api/v1/instruments answer as
 * the margin rule: each trading perpetual's quote { mark_price, index_price, timestamp }.
 * The funding rate is not in this answer (it is a separate endpoint), so it stays unknown.
 */
import type { MarketImporter, MarketReading } from '../importer.js';
import { quotedAt } from '../market.js';
import { list, optionalDecimal, record, text } from '../read.js';

export const coinbaseIntxMarket: MarketImporter = {
  requests: () => [{ key: 'instruments', method: 'GET', path: '/api/v1/instruments' }],
  parse(responses, assets) {
    const answer = responses.instruments;
    if (answer === undefined) return [];
    const readings: MarketReading[] = [];
    list('instruments', answer.body).forEach((entry, i) => {
      const path = `instruments.${i}`;
      const row = record(path, entry);
      if (row.type !== 'PERP' || row.trading_state !== 'TRADING') return;
      const asset = text(`${path}.base_asset_name`, row.base_asset_name);
      if (!assets.includes(asset) || row.quote === undefined) return;
      const quote = record(`${path}.quote`, row.quote);
      readings.push({
        asset,
        instrument: 'linear',
        symbol: text(`${path}.symbol`, row.symbol),
        markPrice: optionalDecimal(`${path}.quote.mark_price`, quote.mark_price),
        indexPrice: optionalDecimal(`${path}.quote.index_price`, quote.index_price),
        fundingRate: null,
        quotedAt: quotedAt(`${path}.quote.timestamp`, answer, quote.timestamp),
        source: answer.source,
      });
    });
    return readings;
  },
};
