/**
 * Hyperliquid's market figures: POST /info {"type":"metaAndAssetCtxs"} (public) answers
 * [meta, contexts], the i-th context ({markPx, oraclePx, funding}) belonging to the i-th coin
 * of meta.universe. Funding is hourly. The answer carries no time: dated when read.
 */
import type { MarketImporter, MarketReading } from '../importer.js';
import { quotedAt } from '../market.js';
import { list, optionalDecimal, record, text } from '../read.js';
import { VenueFormatError } from '../errors.js';

export const hyperliquidMarket: MarketImporter = {
  requests: () => [
    { key: 'contexts', method: 'POST', path: '/info', body: { type: 'metaAndAssetCtxs' } },
  ],
  parse(responses, assets) {
    const answer = responses.contexts;
    if (answer === undefined) return [];
    const [meta, contexts] = list('contexts', answer.body);
    const universe = list('contexts.0.universe', record('contexts.0', meta).universe);
    const rows = list('contexts.1', contexts);
    if (rows.length !== universe.length)
      throw new VenueFormatError('contexts.1', rows.length, 'one context per coin of the universe');
    const readings: MarketReading[] = [];
    universe.forEach((entry, i) => {
      const name = text(
        `contexts.0.universe.${i}.name`,
        record(`contexts.0.universe.${i}`, entry).name,
      );
      if (!assets.includes(name)) return;
      const row = record(`contexts.1.${i}`, rows[i]);
      readings.push({
        asset: name,
        instrument: 'linear',
        symbol: name,
        markPrice: optionalDecimal(`contexts.1.${i}.markPx`, row.markPx),
        indexPrice: optionalDecimal(`contexts.1.${i}.oraclePx`, row.oraclePx),
        fundingRate: optionalDecimal(`contexts.1.${i}.funding`, row.funding),
        quotedAt: quotedAt(`contexts.1.${i}`, answer),
        source: answer.source,
      });
    });
    return readings;
  },
};
