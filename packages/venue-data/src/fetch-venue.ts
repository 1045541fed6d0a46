/**
 * Reads a venue's public endpoints for one importer: every request with a time limit, the
 * answers keyed for the parser and sourced to the endpoint with today's date. A request that
 * fails or times out fails the whole read, so the caller keeps its last good version.
 */
import type { ImportedContracts, VenueImporter, VenueRequest, VenueResponses } from './importer.js';
import { TRACKED_ASSETS } from './importer.js';

export interface FetchOptions {
  /** Replaces the importer's base URL (a local stand-in server in tests). */
  baseUrl?: string;
  timeoutMs?: number;
  assets?: readonly string[];
  now?: () => Date;
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

export async function fetchVenue(
  importer: VenueImporter,
  options: FetchOptions = {},
): Promise<ImportedContracts> {
  const assets = options.assets ?? TRACKED_ASSETS;
  const base = options.baseUrl ?? importer.baseUrl;
  const asOf = (options.now?.() ?? new Date()).toISOString().slice(0, 10);
  const responses: Record<string, VenueResponses[string]> = {};
  for (const request of importer.requests(assets)) {
    const url = urlOf(base, request);
    responses[request.key] = {
      body: await read(importer.profile, request, url, options.timeoutMs ?? 10_000),
      source: `${importer.baseUrl}${request.path}`,
      asOf,
    };
  }
  return importer.parse(responses, assets);
}

function urlOf(base: string, request: VenueRequest): URL {
  const url = new URL(request.path, base);
  for (const [name, value] of Object.entries(request.query ?? {}))
    url.searchParams.set(name, value);
  return url;
}

async function read(
  profile: string,
  request: VenueRequest,
  url: URL,
  timeoutMs: number,
): Promise<unknown> {
  let answer: Response;
  try {
    answer = await fetch(url, {
      method: request.method,
      headers: request.body === undefined ? {} : { 'content-type': 'application/json' },
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
