/**
 * Gate's market figures, from the same GET /api/v4/futures/usdt/contracts answer as the
 * listing: each contract's mark_price, index_price and funding_rate (per funding_interval,
 * 8 h for most). The rows carry no time of their own, so the figures are dated when read.
 */
import type { MarketImporter, MarketReading } from '../importer.js';
import { quotedAt } from '../market.js';
import { list, optionalDecimal, record, text } from '../read.js';

export const gateUsdtMarket: MarketImporter = {
  requests: () => [{ key: 'contracts', method: 'GET', path: '/api/v4/futures/usdt/contracts' }],
  parse(responses, assets) {
    const answer = responses.contracts;
    if (answer === undefined) return [];
    const readings: MarketReading[] = [];
    list('contracts', answer.body).forEach((entry, i) => {
      const path = `contracts.${i}`;
      const row = record(path, entry);
      const symbol = text(`${path}.name`, row.name);
      const asset = assets.find((name) => `${name}_USDT` === symbol);
      if (asset === undefined || row.in_delisting === true) return;
      readings.push({
        asset,
        instrument: 'linear',
        symbol,
        markPrice: optionalDecimal(`${path}.mark_price`, row.mark_price),
        indexPrice: optionalDecimal(`${path}.index_price`, row.index_price),
        fundingRate: optionalDecimal(`${path}.funding_rate`, row.funding_rate),
        quotedAt: quotedAt(`${path}.mark_price`, answer),
        source: answer.source,
      });
    });
    return readings;
  },
};
