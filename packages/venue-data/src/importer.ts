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
  /** A USER_DATA endpoint that needs the operator's key (Binance's brackets). */
  signed?: boolean;
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
  /** ISO time the answer was read (live) or recorded, when known to the second. */
  readAt?: string;
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
  /** The venue's current market figures, where its public endpoints give them. */
  market?: MarketImporter;
}

/** The current mark price, index price and funding rate of one contract, as the venue sent
 * them (decimal strings; null where the answer has no such figure). */
export interface MarketReading {
  asset: string;
  instrument: 'linear' | 'inverse';
  symbol: string;
  markPrice: string | null;
  indexPrice: string | null;
  /** Funding rate per funding interval, as a fraction (may be negative). */
  fundingRate: string | null;
  /** ISO time the venue says the figures are from; else when they were read. */
  quotedAt: string;
  source: string;
}

export interface MarketImporter {
  requests(assets: readonly string[]): VenueRequest[];
  parse(responses: VenueResponses, assets: readonly string[]): MarketReading[];
}

/** The assets belowzero tracks on every venue: the six most-traded perpetuals. */
export const TRACKED_ASSETS = ['BTC', 'ETH', 'SOL', 'XRP', 'DOGE', 'BNB'] as const;
