/**
 * Every exchange safeguard profile, current and superseded. The current versions are what
 * the PWA and the API use; superseded versions (data/history/) stay loadable so a result
 * that names a profileVersion can be reproduced.
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
import { bybitInverseV1 } from './data/history/bybit-inverse-v1.js';
import { binanceUsdmV1 } from './data/history/binance-usdm-v1.js';
import { bitgetV1 } from './data/history/bitget-v1.js';
import { bitmexV1 } from './data/history/bitmex-v1.js';
import { bitmexLinearV1 } from './data/history/bitmex-linear-v1.js';
import { bybitInverseV2 } from './data/history/bybit-inverse-v2.js';
import { bybitLinearV1 } from './data/history/bybit-linear-v1.js';
import { coinbaseIntxV1 } from './data/history/coinbase-intx-v1.js';
import { dydxV4V1 } from './data/history/dydx-v4-v1.js';
import { hyperliquidV1 } from './data/history/hyperliquid-v1.js';
import { krakenFuturesV1 } from './data/history/kraken-futures-v1.js';
import { okxPerpV1 } from './data/history/okx-perp-v1.js';
import { phemexUsdtmV1 } from './data/history/phemex-usdtm-v1.js';

const bySlug = (a: SafeguardProfile, b: SafeguardProfile): number =>
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

/** Superseded versions, kept unchanged for reproducibility. */
const superseded: readonly SafeguardProfile[] = [
  binanceUsdmV1,
  bitgetV1,
  bitmexLinearV1,
  bitmexV1,
  bybitInverseV1,
  bybitInverseV2,
  bybitLinearV1,
  coinbaseIntxV1,
  dydxV4V1,
  hyperliquidV1,
  krakenFuturesV1,
  okxPerpV1,
  phemexUsdtmV1,
];

/** Every version of every profile (current and superseded), sorted by slug then version. */
export const profileVersions: SafeguardProfile[] = [...profiles, ...superseded].sort(
  (a, b) => bySlug(a, b) || a.version - b.version,
);

export interface FindProfileOptions {
  /** A specific (possibly superseded) version; the current one when absent. */
  version?: number;
}

/**
 * The profile with this slug (its current version, or `options.version`). Throws
 * ValidationError('exchange', slug, 'unknown_exchange') for an unknown slug, and
 * ValidationError('profileVersion', version, 'one_of') for a version that never existed.
 */
export function findProfile(slug: string, options: FindProfileOptions = {}): SafeguardProfile {
  const current = profiles.find((profile) => profile.slug === slug);
  if (current === undefined) throw new ValidationError('exchange', slug, 'unknown_exchange');
  if (options.version === undefined || options.version === current.version) return current;
  const older = profileVersions.find(
    (profile) => profile.slug === slug && profile.version === options.version,
  );
  if (older === undefined) {
    const known = profileVersions
      .filter((profile) => profile.slug === slug)
      .map((profile) => profile.version);
    throw new ValidationError(
      'profileVersion',
      options.version,
      'one_of',
      `must be one of ${known.join(', ')} for ${slug}`,
    );
  }
  return older;
}

/** Shorthand for findProfile(slug, { version }). */
export function findProfileVersion(slug: string, version: number): SafeguardProfile {
  return findProfile(slug, { version });
}
