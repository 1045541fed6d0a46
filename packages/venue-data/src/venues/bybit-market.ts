/**
 * Bybit's market figures: GET /v5/market/tickers?category=linear|inverse (public), every
 * symbol of the category in one answer, {result: {list: [{symbol, markPrice, indexPrice,
 * fundingRate}]}, time} with `time` in milliseconds. Funding is per interval (8 h for most).
 */
import type { MarketImporter, MarketReading } from '../importer.js';
import { quotedAt } from '../market.js';
import { list, optionalDecimal, record, text } from '../read.js';

export function bybitMarket(category: 'linear' | 'inverse'): MarketImporter {
  const symbolOf = (asset: string) => (category === 'linear' ? `${asset}USDT` : `${asset}USD`);
  return {
    requests: () => [
      { key: 'tickers', method: 'GET', path: '/v5/market/tickers', query: { category } },
    ],
    parse(responses, assets) {
      const answer = responses.tickers;
      if (answer === undefined) return [];
      const body = record('tickers', answer.body);
      const at = quotedAt('tickers.time', answer, body.time);
      const rows = list('tickers.result.list', record('tickers.result', body.result).list);
      const readings: MarketReading[] = [];
      rows.forEach((entry, i) => {
        const row = record(`tickers.result.list.${i}`, entry);
        const symbol = text(`tickers.result.list.${i}.symbol`, row.symbol);
        const asset = assets.find((name) => symbolOf(name) === symbol);
        if (asset === undefined) return;
        const path = `tickers.result.list.${i}`;
        readings.push({
          asset,
          instrument: category,
          symbol,
          markPrice: optionalDecimal(`${path}.markPrice`, row.markPrice),
          indexPrice: optionalDecimal(`${path}.indexPrice`, row.indexPrice),
          fundingRate: optionalDecimal(`${path}.fundingRate`, row.fundingRate),
          quotedAt: at,
          source: answer.source,
        });
      });
      return readings;
    },
  };
}
