/** Every venue importer, by the profile it feeds. */
import type { VenueImporter } from './importer.js';
import { binanceUsdm } from './venues/binance.js';
import { bitget } from './venues/bitget.js';
import { bitmexInverse, bitmexLinear } from './venues/bitmex.js';
import { bybitInverse, bybitLinear } from './venues/bybit.js';
import { coinbaseIntx } from './venues/coinbase-intx.js';
import { dydxV4 } from './venues/dydx.js';
import { gateUsdt } from './venues/gate.js';
import { hyperliquid } from './venues/hyperliquid.js';
import { krakenFutures } from './venues/kraken-futures.js';
import { okxSwap } from './venues/okx.js';
import { phemexUsdtm } from './venues/phemex.js';

export const importers: readonly VenueImporter[] = [
  binanceUsdm,
  bitget,
  bitmexInverse,
  bitmexLinear,
  bybitInverse,
  bybitLinear,
  coinbaseIntx,
  dydxV4,
  gateUsdt,
  hyperliquid,
  krakenFutures,
  okxSwap,
  phemexUsdtm,
];

export function importerFor(profile: string): VenueImporter {
  const found = importers.find((importer) => importer.profile === profile);
  if (found === undefined) throw new Error(`no importer feeds profile ${profile}`);
  return found;
}
