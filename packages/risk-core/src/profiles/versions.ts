/**
 * Every version of every profile, current and superseded: superseded versions (data/history/)
 * stay loadable so a result that names a profileVersion can be reproduced, and the API seeds
 * them all.
 */
import { ValidationError } from '../errors.js';
import type { SafeguardProfile } from './profile.js';
import { bySlug, findProfile, profiles } from './registry.js';
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
import { bybitInverseV3 } from './data/history/bybit-inverse-v3.js';
import { bybitLinearV2 } from './data/history/bybit-linear-v2.js';
import { binanceUsdmV2 } from './data/history/binance-usdm-v2.js';
import { binanceCoinmV1 } from './data/history/binance-coinm-v1.js';
import { bitmexV2 } from './data/history/bitmex-v2.js';
import { bitmexLinearV2 } from './data/history/bitmex-linear-v2.js';
import { okxPerpV2 } from './data/history/okx-perp-v2.js';
import { bitgetV2 } from './data/history/bitget-v2.js';
import { phemexUsdtmV2 } from './data/history/phemex-usdtm-v2.js';
import { krakenFuturesV2 } from './data/history/kraken-futures-v2.js';
import { gmxV2V1 } from './data/history/gmx-v2-v1.js';
import { dydxV4V2 } from './data/history/dydx-v4-v2.js';
import { deribitV1 } from './data/history/deribit-v1.js';
import { krakenMarginV1 } from './data/history/kraken-margin-v1.js';

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
  bybitInverseV3,
  bybitLinearV2,
  binanceUsdmV2,
  binanceCoinmV1,
  bitmexV2,
  bitmexLinearV2,
  okxPerpV2,
  bitgetV2,
  phemexUsdtmV2,
  krakenFuturesV2,
  gmxV2V1,
  dydxV4V2,
  deribitV1,
  krakenMarginV1,
];

/** Every version of every profile (current and superseded), sorted by slug then version. */
export const profileVersions: SafeguardProfile[] = [...profiles, ...superseded].sort(
  (a, b) => bySlug(a, b) || a.version - b.version,
);

/**
 * The profile with this slug at this version (current or superseded). Throws
 * ValidationError('exchange', slug, 'unknown_exchange') for an unknown slug, and
 * ValidationError('profileVersion', version, 'one_of') for a version that never existed.
 */
export function findProfileVersion(slug: string, version: number): SafeguardProfile {
  const current = findProfile(slug);
  if (version === current.version) return current;
  const older = profileVersions.find(
    (profile) => profile.slug === slug && profile.version === version,
  );
  if (older === undefined) {
    const known = profileVersions
      .filter((profile) => profile.slug === slug)
      .map((profile) => profile.version);
    throw new ValidationError(
      'profileVersion',
      version,
      'one_of',
      `must be one of ${known.join(', ')} for ${slug}`,
    );
  }
  return older;
}
