import type { InstrumentKind } from '@belowzero/risk-core';
import { profileOf } from './scenario-check';
import type { ProfileChoice } from './venue-profiles';

export interface ListedAssets {
  /** Assets of the venue's contracts of this instrument, as belowzero knows them. */
  assets: string[];
  /** True when that is the venue's whole list (an asset missing from it is not listed). */
  complete: boolean;
}

/** What the chosen venue lists for the asset picker; nothing for an unknown venue or spot. */
export function listedAssets(
  exchange: string,
  instrument: InstrumentKind,
  choices: readonly ProfileChoice[],
): ListedAssets {
  if (instrument !== 'linear' && instrument !== 'inverse') return { assets: [], complete: false };
  const profile = profileOf(exchange, choices);
  if (profile === null) return { assets: [], complete: false };
  const assets = profile.contracts
    .filter((contract) => contract.instrument === instrument && contract.asset !== '*')
    .map((contract) => contract.asset);
  return {
    assets: [...new Set(assets)].sort(),
    complete: profile.contractListing?.value === 'complete',
  };
}
