/**
 * BitMEX's market figures, from the same GET /api/v1/instrument/active answer as the risk
 * limits: markPrice (BitMEX's fair price) and fundingRate per 8 h interval, with the row's
 * own `timestamp`. The index is a separate instrument (.BXBT and the like), not read here.
 */
import type { MarketImporter, MarketReading } from '../importer.js';
import { quotedAt } from '../market.js';
import { optionalDecimal } from '../read.js';
import { bitmexPerpetuals } from './bitmex-perpetuals.js';

export function bitmexMarket(instrument: 'inverse' | 'linear'): MarketImporter {
  return {
    requests: () => [{ key: 'instruments', method: 'GET', path: '/api/v1/instrument/active' }],
    parse(responses, assets) {
      const answer = responses.instruments;
      if (answer === undefined) return [];
      const readings: MarketReading[] = [];
      for (const { row, path, asset, symbol } of bitmexPerpetuals(answer.body, instrument, assets))
        readings.push({
          asset,
          instrument,
          symbol,
          markPrice: optionalDecimal(`${path}.markPrice`, row.markPrice),
          indexPrice: null,
          fundingRate: optionalDecimal(`${path}.fundingRate`, row.fundingRate),
          quotedAt: quotedAt(`${path}.timestamp`, answer, row.timestamp),
          source: answer.source,
        });
      return readings;
    },
  };
}
