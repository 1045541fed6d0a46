/**
 * One venue importer: the public requests that read a venue's contracts and margin tiers, and
 * the parser that turns their answers into a profile's contract tables. Parsing is pure (it
 * runs on recorded responses in the tests and the shipped snapshot alike); fetching lives in
 * fetch-venue.ts.
 */
import type { VenueContracts } from '@belowzero/risk-core';

/** One public HTTP request of an importer, relative to its base URL. */
export interface VenueRequest {
  /** Name the parser reads the answer by, e.g. "tiers:BTC" or "instruments". */
  key: string;
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
}

/** A venue's answer to one request, with where and when it was read. */
export interface VenueResponse {
  body: unknown;
  /** The endpoint (live) or the recording's repository and path (snapshot). */
  source: string;
  /** ISO date (YYYY-MM-DD) the answer was read or recorded. */
  asOf: string;
  /** false when only part of the answer was recorded (a trimmed list). */
  complete?: boolean;
}

export type VenueResponses = Readonly<Record<string, VenueResponse>>;

/** What an importer makes of a venue's answers: contract tables for one profile. */
export type ImportedContracts = VenueContracts;

export interface VenueImporter {
  /** The profile slug it feeds, e.g. "bybit-linear". */
  profile: string;
  /** The venue's public API, e.g. "https://api.bybit.com". */
  baseUrl: string;
  /** The requests that read the given assets' contracts (the six most traded by default). */
  requests(assets: readonly string[]): VenueRequest[];
  /** Turns the answers (keyed as requested; any may be missing) into contract tables. Throws a
   * VenueFormatError naming the field when an answer is not in the venue's documented form. */
  parse(responses: VenueResponses, assets: readonly string[]): ImportedContracts;
}

/** The assets belowzero tracks on every venue: the six most-traded perpetuals. */
export const TRACKED_ASSETS = ['BTC', 'ETH', 'SOL', 'XRP', 'DOGE', 'BNB'] as const;
