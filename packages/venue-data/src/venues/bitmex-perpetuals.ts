/**
 * The rows of BitMEX's GET /api/v1/instrument/active answer that are open perpetuals
 * (typ FFWCSX) of one kind, for the given assets: inverse (XBTUSD), or linear and settled in
 * USDT. The risk limits and the market figures both read them.
 */
import { assetName } from '../contract.js';
import { list, record, text, type Json } from '../read.js';

export interface BitmexPerpetual {
  row: Json;
  /** Where the row sits in the answer, for error paths: "instruments.3". */
  path: string;
  asset: string;
  symbol: string;
}

export function bitmexPerpetuals(
  body: unknown,
  instrument: 'inverse' | 'linear',
  assets: readonly string[],
): BitmexPerpetual[] {
  const found: BitmexPerpetual[] = [];
  list('instruments', body).forEach((entry, i) => {
    const path = `instruments.${i}`;
    const row = record(path, entry);
    if (row.typ !== 'FFWCSX' || row.state !== 'Open') return;
    const inverse = row.isInverse === true;
    if (inverse !== (instrument === 'inverse')) return;
    if (!inverse && row.quoteCurrency !== 'USDT') return;
    const asset = assetName(text(`${path}.rootSymbol`, row.rootSymbol));
    if (!assets.includes(asset)) return;
    found.push({ row, path, asset, symbol: text(`${path}.symbol`, row.symbol) });
  });
  return found;
}
