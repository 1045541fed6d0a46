/**
 * A local stand-in for the venues (loopback only), answering each importer's requests with
 * given bodies, usually the recorded answers. It lets the importers, the refresh job and the
 * app be exercised on machines that reach no venue: point an importer's base URL at
 * `${url}/${profile}`. Each venue can be told to fail or to stay silent, and every request it
 * receives is counted.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import type { VenueRequest, VenueResponses } from './importer.js';
import { TRACKED_ASSETS } from './importer.js';
import { importerFor } from './importers.js';
import { binanceSignature, type VenueCredentials } from './signing.js';

export type StandInBehaviour = 'answer' | 'error' | 'silent';

/** Bodies per profile, keyed as the importer names its requests ("tiers:BTC", "tickers"). */
export type StandInAnswers = Record<string, Record<string, unknown>>;

export interface StandIn {
  /** Base URL for a profile's importer: `${url}/${profile}`. */
  url: string;
  /** Requests received, as "profile key" (e.g. "bybit-linear tiers:BTC"), in order. */
  received: string[];
  behave(profile: string, behaviour: StandInBehaviour): void;
  answer(profile: string, key: string, body: unknown): void;
  close(): Promise<void>;
}

/** The stand-in's answers from recorded responses (recordedResponses): per profile, the body
 * of each request key, the first recording that holds it winning. */
export function answersFrom(recorded: Readonly<Record<string, VenueResponses[]>>): StandInAnswers {
  return Object.fromEntries(
    Object.entries(recorded).map(([profile, sets]) => {
      const bodies: Record<string, unknown> = {};
      for (const set of sets)
        for (const [key, answer] of Object.entries(set))
          if (!(key in bodies)) bodies[key] = answer.body;
      return [profile, bodies];
    }),
  );
}

export async function startStandIn(
  answers: StandInAnswers,
  options: { assets?: readonly string[]; credentials?: VenueCredentials } = {},
): Promise<StandIn> {
  const bodies: StandInAnswers = structuredClone(answers);
  const behaviours = new Map<string, StandInBehaviour>();
  const received: string[] = [];
  const server: Server = createServer((request, response) => {
    void readBody(request).then((raw) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const [, profile = '', ...rest] = url.pathname.split('/');
      const matched = matchRequest(
        profile,
        `/${rest.join('/')}`,
        url,
        request.method,
        raw,
        options,
      );
      if (matched === undefined) return reply(404, { error: 'no such request' });
      received.push(`${profile} ${matched.key}`);
      const behaviour = behaviours.get(profile) ?? 'answer';
      if (behaviour === 'silent') return; // never answers
      if (matched.signed && !signedBy(request, url, options.credentials))
        return reply(401, { code: -1022, msg: 'Signature for this request is not valid.' });
      const body = bodies[profile]?.[matched.key];
      if (behaviour === 'error' || body === undefined) return reply(503, { error: 'unavailable' });
      return reply(200, body);
    });
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    behave: (profile, behaviour) => behaviours.set(profile, behaviour),
    answer: (profile, key, body) => {
      bodies[profile] = { ...bodies[profile], [key]: body };
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function matchRequest(
  profile: string,
  path: string,
  url: URL,
  method: string | undefined,
  raw: string,
  options: { assets?: readonly string[] },
): VenueRequest | undefined {
  let importer;
  try {
    importer = importerFor(profile);
  } catch {
    return undefined;
  }
  const assets = options.assets ?? TRACKED_ASSETS;
  const requests = [...importer.requests(assets), ...(importer.market?.requests(assets) ?? [])];
  const body = raw === '' ? undefined : (JSON.parse(raw) as unknown);
  return requests.find(
    (r) =>
      r.method === method &&
      r.path === path &&
      Object.entries(r.query ?? {}).every(
        ([name, value]) => url.searchParams.get(name) === value,
      ) &&
      isDeepStrictEqual(r.body, body),
  );
}

function signedBy(request: IncomingMessage, url: URL, credentials?: VenueCredentials): boolean {
  if (credentials === undefined || request.headers['x-mbx-apikey'] !== credentials.apiKey)
    return false;
  const params = new URLSearchParams(url.search);
  const signature = params.get('signature');
  params.delete('signature');
  return signature === binanceSignature(credentials.secret, params.toString());
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    request.on('end', () => resolve(raw));
  });
}
