/**
 * Reads a venue's public endpoints for one importer: every request with a time limit, the
 * answers keyed for the parser and sourced to the endpoint with the time of reading. A request
 * that fails or times out fails the whole read, so the caller keeps its last good version.
 */
import type {
  ImportedContracts,
  MarketReading,
  VenueImporter,
  VenueRequest,
  VenueResponses,
} from './importer.js';
import { TRACKED_ASSETS } from './importer.js';
import { signBinance, type VenueCredentials } from './signing.js';

export interface FetchOptions {
  /** Replaces the importer's base URL (a local stand-in server in tests); its path is kept as
   * a prefix of each request's path. */
  baseUrl?: string;
  timeoutMs?: number;
  assets?: readonly string[];
  now?: () => Date;
  /** The operator's key, for the signed requests (Binance's brackets). */
  credentials?: VenueCredentials;
}

export class VenueUnreachableError extends Error {
  constructor(
    readonly profile: string,
    readonly request: string,
    reason: string,
  ) {
    super(`${profile}: ${request}: ${reason}`);
    this.name = 'VenueUnreachableError';
  }
}

/** Whether the importer can be read with what the operator configured. */
export function canFetch(importer: VenueImporter, credentials?: VenueCredentials): boolean {
  return credentials !== undefined || !importer.requests(TRACKED_ASSETS).some((r) => r.signed);
}

export async function fetchVenue(
  importer: VenueImporter,
  options: FetchOptions = {},
): Promise<ImportedContracts> {
  const assets = options.assets ?? TRACKED_ASSETS;
  const responses = await readAll(importer, importer.requests(assets), options);
  return importer.parse(responses, assets);
}

/** The venue's current market figures; [] for a venue whose public endpoints give none. */
export async function fetchMarket(
  importer: VenueImporter,
  options: FetchOptions = {},
): Promise<MarketReading[]> {
  if (importer.market === undefined) return [];
  const assets = options.assets ?? TRACKED_ASSETS;
  const responses = await readAll(importer, importer.market.requests(assets), options);
  return importer.market.parse(responses, assets);
}

async function readAll(
  importer: VenueImporter,
  requests: readonly VenueRequest[],
  options: FetchOptions,
): Promise<VenueResponses> {
  const base = options.baseUrl ?? importer.baseUrl;
  const responses: Record<string, VenueResponses[string]> = {};
  for (const request of requests) {
    const now = options.now?.() ?? new Date();
    const url = urlOf(base, request);
    let headers: Record<string, string> = {};
    if (request.signed) {
      if (options.credentials === undefined)
        throw new VenueUnreachableError(importer.profile, request.key, 'needs the operator key');
      headers = signBinance(url, options.credentials, now);
    }
    responses[request.key] = {
      body: await read(importer.profile, request, url, headers, options.timeoutMs ?? 10_000),
      source: `${importer.baseUrl}${request.path}`,
      asOf: now.toISOString().slice(0, 10),
      readAt: now.toISOString(),
    };
  }
  return responses;
}

function urlOf(base: string, request: VenueRequest): URL {
  const url = new URL(`${base.replace(/\/$/, '')}${request.path}`);
  for (const [name, value] of Object.entries(request.query ?? {}))
    url.searchParams.set(name, value);
  return url;
}

async function read(
  profile: string,
  request: VenueRequest,
  url: URL,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<unknown> {
  let answer: Response;
  try {
    answer = await fetch(url, {
      method: request.method,
      headers:
        request.body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    // AbortSignal.timeout rejects with a DOMException, which is not always an Error instance.
    const reason =
      (error as { name?: unknown } | null)?.name === 'TimeoutError'
        ? `no answer in ${timeoutMs} ms`
        : 'unreachable';
    throw new VenueUnreachableError(profile, request.key, reason);
  }
  if (!answer.ok) throw new VenueUnreachableError(profile, request.key, `HTTP ${answer.status}`);
  try {
    return await answer.json();
  } catch {
    throw new VenueUnreachableError(profile, request.key, 'answer is not JSON');
  }
}
