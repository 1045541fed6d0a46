/**
 * A profile's contracts: those read from the venue's own endpoints (the generated
 * venue-snapshot.ts, written by `pnpm profiles:import`) first, then the tables typed in from
 * the venue's articles for contracts the endpoints did not cover (a documented contract of the
 * same asset and instrument gives way to the venue's table).
 */
import type { ContractTiers, SafeguardProfile } from '../profile.js';
import { mergeVenueContracts } from '../venue-refresh.js';
import { venueSnapshot } from './venue-snapshot.js';

export function withVenueContracts(
  slug: string,
  documented: readonly ContractTiers[] = [],
): Pick<SafeguardProfile, 'contracts' | 'contractListing'> {
  const imported = venueSnapshot[slug];
  if (imported === undefined) throw new Error(`no venue snapshot for ${slug}`);
  return mergeVenueContracts(imported, documented);
}
