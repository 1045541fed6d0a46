/** Contract tables as an importer hands them over: a venue's table, or a listed contract whose
 * table the answers did not include. */
import type { ContractTiers, MarginTierInput, TierRule } from '@belowzero/risk-core';
import type { VenueResponse } from './importer.js';

export type ContractBase = Pick<
  ContractTiers,
  'asset' | 'instrument' | 'symbol' | 'contractValueUsd' | 'contractSize' | 'bracketUnit'
> & { tierRule?: TierRule };

/** A contract with the venue's brackets, sourced to the answer they came from. */
export function withTable(
  base: ContractBase,
  brackets: MarginTierInput[],
  from: VenueResponse,
  note: string,
  assumption = false,
): ContractTiers {
  const tiers: ContractTiers['tiers'] = {
    value: brackets,
    source: from.source,
    asOf: from.asOf,
    note,
  };
  if (assumption) tiers.assumption = true;
  return { ...base, tiers };
}

/** A contract the venue lists whose table belowzero does not hold (yet). */
export function withoutTable(base: ContractBase, from: VenueResponse, note: string): ContractTiers {
  return { ...base, tiers: { value: 'unknown', source: from.source, asOf: from.asOf, note } };
}

/** Venues call bitcoin XBT (BitMEX, Kraken); belowzero's assets use BTC. */
export function assetName(venueName: string): string {
  const upper = venueName.toUpperCase();
  return upper === 'XBT' ? 'BTC' : upper;
}
