/**
 * What a fresh read of a venue's contract tables does to a profile: the venue's contracts
 * replace the profile's of the same asset and instrument, the others stay (tables typed in
 * from the venue's articles for contracts its endpoints do not cover), and the listing is the
 * venue's. A new version is due only when a table or the listing changed, not when the same
 * figures were merely read again on a later date.
 */
import type { ContractTiers, SafeguardProfile, VenueContracts } from './profile.js';

const contractKey = (contract: ContractTiers): string => `${contract.asset}:${contract.instrument}`;

/** The venue's contracts first, then the given ones it does not cover. */
export function mergeVenueContracts(
  imported: VenueContracts,
  others: readonly ContractTiers[],
): Pick<SafeguardProfile, 'contracts' | 'contractListing'> {
  const covered = new Set(imported.contracts.map(contractKey));
  return {
    contracts: [...imported.contracts, ...others.filter((c) => !covered.has(contractKey(c)))],
    contractListing: imported.listing,
  };
}

/**
 * The next version of `latest` with the venue's contracts, or null when the venue's tables and
 * listing are the ones `latest` already holds (their dates and sources aside).
 */
export function refreshedProfile(
  latest: SafeguardProfile,
  imported: VenueContracts,
  version: number,
): SafeguardProfile | null {
  const merged = mergeVenueContracts(imported, latest.contracts);
  const before = { contracts: latest.contracts, listing: latest.contractListing };
  const after = { contracts: merged.contracts, listing: merged.contractListing };
  if (tableFingerprint(before) === tableFingerprint(after)) return null;
  return { ...latest, ...merged, version };
}

/** The figures of contract tables and listing as a string, without the `source`, `asOf` and
 * `note` of each reading (a later read of the same table names a later date), keys sorted (a
 * stored copy may come back with its keys in another order). */
function tableFingerprint(value: unknown): string {
  const reading = new Set(['source', 'asOf', 'note']);
  return JSON.stringify(value, (key, field: unknown) => {
    if (reading.has(key)) return undefined;
    if (field === null || typeof field !== 'object' || Array.isArray(field)) return field;
    const entries = Object.entries(field as Record<string, unknown>);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}
