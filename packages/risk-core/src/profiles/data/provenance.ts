/**
 * Shared provenance for the profile data files. Published facts cite the exchange's page;
 * modelling assumptions (latency, book depth, insurance-fund capacity where the venue does
 * not publish one) say so with `assumption: true` and a note, and the UI shows them as such.
 */
import type { Sourced } from '../profile.js';

/** Date the archived exchange material was compiled (/work/shared/reference/exchanges.md);
 * used as asOf for pages that carry no date of their own. */
export const READ_ON = '2026-11-24';

const ASSUMED_ON = '2026-11-25';
const ASSUMPTION_SOURCE = 'belowzero modelling assumption (docs/profiles.md, "Assumptions")';

export function assumed<T>(value: T, note: string): Sourced<T> {
  return { value, source: ASSUMPTION_SOURCE, asOf: ASSUMED_ON, assumption: true, note };
}

/** Engine latency for a centralised venue: not published anywhere; one second is our default. */
export const CEX_LATENCY = assumed(
  1000,
  'Not published. belowzero assumes one second between the mark price crossing the trigger and the fill.',
);
