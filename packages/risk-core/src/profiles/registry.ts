/**
 * The current version of every exchange safeguard profile: what the PWA and the API compute
 * with. Superseded versions (data/history/) are listed in versions.ts.
 *
 * The data is code, fixed at build time, so it is validated where it is checked in and where
 * it is stored, not on every import (that cost every PWA screen ~20 ms at start-up): the
 * risk-core tests run validateProfile on every version, and the API's seed validates each
 * one before storing any.
 */
import { ValidationError } from '../errors.js';
import type { SafeguardProfile } from './profile.js';
import { binanceCoinm } from './data/binance-coinm.js';
import { binanceMarginCross3x } from './data/binance-margin-cross-3x.js';
import { binanceMarginCross5x } from './data/binance-margin-cross-5x.js';
import { binanceUsdm } from './data/binance-usdm.js';
import { bingx } from './data/bingx.js';
import { bitCom } from './data/bit-com.js';
import { bitget } from './data/bitget.js';
import { bitmex } from './data/bitmex.js';
import { bitmexLinear } from './data/bitmex-linear.js';
import { bitunix } from './data/bitunix.js';
import { bybitInverse } from './data/bybit-inverse.js';
import { bybitLinear } from './data/bybit-linear.js';
import { coinbaseCfm } from './data/coinbase-cfm.js';
import { coinbaseIntx } from './data/coinbase-intx.js';
import { cryptocomExchange } from './data/cryptocom-exchange.js';
import { deribit } from './data/deribit.js';
import { dydxV4 } from './data/dydx-v4.js';
import { gateUsdt } from './data/gate-usdt.js';
import { gmxV2 } from './data/gmx-v2.js';
import { hyperliquid } from './data/hyperliquid.js';
import { krakenDerivativesUs } from './data/kraken-derivatives-us.js';
import { krakenFutures } from './data/kraken-futures.js';
import { krakenMargin } from './data/kraken-margin.js';
import { okxMargin } from './data/okx-margin.js';
import { okxPerp } from './data/okx-perp.js';
import { phemexUsdtm } from './data/phemex-usdtm.js';
export const bySlug = (a: SafeguardProfile, b: SafeguardProfile): number =>
  a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;

/** The current version of every profile, sorted by slug. */
export const profiles: SafeguardProfile[] = [
  binanceCoinm,
  binanceMarginCross3x,
  binanceMarginCross5x,
  binanceUsdm,
  bingx,
  bitCom,
  bitget,
  bitmex,
  bitmexLinear,
  bitunix,
  bybitInverse,
  bybitLinear,
  coinbaseCfm,
  coinbaseIntx,
  cryptocomExchange,
  deribit,
  dydxV4,
  gateUsdt,
  gmxV2,
  hyperliquid,
  krakenDerivativesUs,
  krakenFutures,
  krakenMargin,
  okxMargin,
  okxPerp,
  phemexUsdtm,
].sort(bySlug);

/**
 * The current version of the profile with this slug. Throws
 * ValidationError('exchange', slug, 'unknown_exchange') for an unknown slug. Superseded
 * versions: findProfileVersion (versions.ts), kept apart so that a bundle asking only for
 * current profiles (the PWA) does not carry every superseded one.
 */
export function findProfile(slug: string): SafeguardProfile {
  const current = profiles.find((profile) => profile.slug === slug);
  if (current === undefined) throw new ValidationError('exchange', slug, 'unknown_exchange');
  return current;
}
