/**
 * Per-client rate limiting (leaky bucket; shared by two API processes through Redis) and the
 * PWA's persisted-query safelist, on real API processes.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { defaultManifestPath } from '../src/app-paths';
import type { PersistedDocuments } from '../src/http/persisted-operations';
import { errorCodes as codes, limitedApis, mainApi, newDevice } from './support/client';
import { PWA_ORIGIN } from './support/global-setup';

// Cost by hand: connection 1 + 10 x (edge 1 + node 1) = 21 points; the buckets hold 50.
const COSTS_21 = '{ exchanges(first: 10) { edges { node { slug } } } }';

describe('rate limiting', () => {
  const { apis, sharedThroughRedis } = limitedApis();
  const [a, b] = apis as [ReturnType<typeof mainApi>, ReturnType<typeof mainApi>];

  // Each test is a client of its own: the limited APIs trust X-Forwarded-For, as behind a proxy.
  const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });

  test('a client that spends its budget gets RATE_LIMITED with retry-after; a new device at the same address does not start afresh', async () => {
    const address = from('203.0.113.1');
    const token = await newDevice(a, address);
    const first = await a.graphql({ query: COSTS_21 }, { token, ...address });
    expect(first.body.extensions.cost.throttleStatus).toMatchObject({
      maximumAvailable: 50,
      restoreRate: 1,
    });
    // The address's bucket paid for createDevice (1: its payload object) and the query (21).
    expect(first.body.extensions.cost.throttleStatus.currentlyAvailable).toBeLessThanOrEqual(28);
    expect((await a.graphql({ query: COSTS_21 }, { token, ...address })).status).toBe(200);
    const third = await a.graphql({ query: COSTS_21 }, { token, ...address });
    expect(third.status).toBe(429);
    expect(codes(third.body)).toEqual(['RATE_LIMITED']);
    const retryAfter = Number(third.headers.get('retry-after'));
    // About 7 points are left (plus a second or two refilled at 1/s); 21 are needed.
    expect(retryAfter).toBeGreaterThanOrEqual(10);
    expect(retryAfter).toBeLessThanOrEqual(14);
    expect(third.body.errors[0].extensions.retryAfterSeconds).toBe(retryAfter);

    // A new device at the same address draws on the same address's bucket: still refused.
    const minted = await newDevice(a, address);
    const fresh = await a.graphql({ query: COSTS_21 }, { token: minted, ...address });
    expect(fresh.status).toBe(429);
    // Another address has its own bucket.
    expect((await a.graphql({ query: COSTS_21 }, from('203.0.113.2'))).status).toBe(200);
  });

  test('two API processes share one budget per client through Redis', async () => {
    if (!sharedThroughRedis) {
      console.warn('SKIPPED: Redis unreachable, so the two processes cannot share buckets.');
      return;
    }
    // The anonymous client is keyed by its IP: the same on both processes.
    const address = from('203.0.113.3');
    expect((await a.graphql({ query: COSTS_21 }, address)).status).toBe(200);
    expect((await b.graphql({ query: COSTS_21 }, address)).status).toBe(200);
    const third = await a.graphql({ query: COSTS_21 }, address);
    expect(third.status).toBe(429);
    expect(codes(third.body)).toEqual(['RATE_LIMITED']);
    expect((await b.graphql({ query: COSTS_21 }, address)).status).toBe(429);
  });

  test('wrong tokens cost their IP 20 points each: guessing is soon RATE_LIMITED', async () => {
    // A client of its own (the API trusts X-Forwarded-For here, as behind a proxy).
    const wrong = { token: `bzd_${'A'.repeat(43)}`, headers: { 'x-forwarded-for': '203.0.113.7' } };
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1)
      statuses.push((await b.graphql({ query: '{ rateLimit { cost } }' }, wrong)).status);
    // The bucket holds at most 50: 50 - 20 - 20 = 10 left, too few for a third attempt.
    expect(statuses.slice(0, 2)).toEqual([401, 401]);
    expect(statuses[2]).toBe(429);
  });
});

describe("the PWA's safelist (apps/web/lib/gql/persisted-documents.json)", () => {
  const api = mainApi();
  const documents = JSON.parse(readFileSync(defaultManifestPath, 'utf8')) as PersistedDocuments;
  const createDevice = Object.entries(documents)
    .map(([id, body]) => ({ id: id.replace(/^sha256:/, ''), body }))
    .find(({ body }) => body.startsWith('mutation CreateDevice'));
  const fromPwa = { headers: { origin: PWA_ORIGIN } };

  test('the PWA may run a listed operation as its client prints it, or by hash alone', async () => {
    expect(createDevice).toBeDefined();
    // Apollo Client adds __typename selections and prints with its own layout.
    const asSent = createDevice!.body.replace('token', 'token __typename').replace(/\n\s*/g, ' ');
    const byText = await api.graphql({ query: asSent, operationName: 'CreateDevice' }, fromPwa);
    expect(byText.status).toBe(200);
    expect(byText.body.data.createDevice.token).toMatch(/^bzd_/);
    const byHash = await api.graphql(
      { extensions: { persistedQuery: { version: 1, sha256Hash: createDevice!.id } } },
      fromPwa,
    );
    expect(byHash.body.data.createDevice.token).toMatch(/^bzd_/);
  });

  test('anything else from the PWA origin is FORBIDDEN; an unknown hash asks for the text', async () => {
    const other = await api.graphql(
      { query: '{ exchanges(first: 5) { edges { node { slug exchange } } } }' },
      fromPwa,
    );
    expect(other.status).toBe(403);
    expect(codes(other.body)).toEqual(['FORBIDDEN']);
    const sha256Hash = createHash('sha256').update('{ rateLimit { cost } }').digest('hex');
    const unknown = await api.graphql(
      { extensions: { persistedQuery: { version: 1, sha256Hash } } },
      fromPwa,
    );
    expect(codes(unknown.body)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  test('third parties (no PWA origin) may run any operation', async () => {
    const other = await api.graphql({
      query: '{ exchanges(first: 5) { edges { node { slug exchange } } } }',
    });
    expect(other.status).toBe(200);
    expect(other.body.errors).toBeUndefined();
  });
});
