/**
 * BitMEX's market figures, from the same GET /api/v1/instrument/active answer as the risk
 * limits: markPrice (BitMEX's fair price) and fundingRate per 8 h interval, with the row's
 * own `timestamp`. The index is a separate instrument (.BXBT and the like), not read here.
 */
import type { MarketImporter, MarketReading } from '../importer.js';
import { assetName } from '../contract.js';
import { optionalDecimal, quotedAt } from '../market.js';
import { list, record, text } from '../read.js';

export function bitmexMarket(instrument: 'inverse' | 'linear'): MarketImporter {
  return {
    requests: () => [{ key: 'instruments', method: 'GET', path: '/api/v1/instrument/active' }],
    parse(responses, assets) {
      const answer = responses.instruments;
      if (answer === undefined) return [];
      const readings: MarketReading[] = [];
      list('instruments', answer.body).forEach((entry, i) => {
        const row = record(`instruments.${i}`, entry);
        if (row.typ !== 'FFWCSX' || row.state !== 'Open') return;
        if ((row.isInverse === true) !== (instrument === 'inverse')) return;
        if (instrument === 'linear' && row.quoteCurrency !== 'USDT') return;
        const asset = assetName(text(`instruments.${i}.rootSymbol`, row.rootSymbol));
        if (!assets.includes(asset)) return;
        readings.push({
          asset,
          instrument,
          symbol: text(`instruments.${i}.symbol`, row.symbol),
          markPrice: optionalDecimal(`instruments.${i}.markPrice`, row.markPrice),
          indexPrice: null,
          fundingRate: optionalDecimal(`instruments.${i}.fundingRate`, row.fundingRate),
          quotedAt: quotedAt(`instruments.${i}.timestamp`, answer, row.timestamp),
          source: answer.source,
        });
      });
      return readings;
    },
  };
}
