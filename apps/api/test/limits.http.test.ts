/**
 * Per-client rate limiting (leaky bucket; shared by two API processes through Redis) and the
 * PWA's persisted-query safelist, on real API processes.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { defaultManifestPath } from '../src/app-paths';
import type { ManifestFile } from '../src/http/persisted-operations';
import { errorCodes as codes, limitedApis, mainApi, newDevice } from './support/client';
import { PWA_ORIGIN } from './support/global-setup';

// Cost by hand: connection 1 + 10 x (edge 1 + node 1) = 21 points; the buckets hold 50.
const COSTS_21 = '{ exchanges(first: 10) { edges { node { slug } } } }';

describe('rate limiting', () => {
  const { apis, sharedThroughRedis } = limitedApis();
  const [a, b] = apis as [ReturnType<typeof mainApi>, ReturnType<typeof mainApi>];

  test('a client that spends its budget gets RATE_LIMITED with retry-after; another client does not', async () => {
    const token = await newDevice(a);
    const first = await a.graphql({ query: COSTS_21 }, { token });
    expect(first.body.extensions.cost.throttleStatus).toMatchObject({
      maximumAvailable: 50,
      restoreRate: 1,
    });
    expect(first.body.extensions.cost.throttleStatus.currentlyAvailable).toBeLessThanOrEqual(29);
    expect((await a.graphql({ query: COSTS_21 }, { token })).status).toBe(200);
    const third = await a.graphql({ query: COSTS_21 }, { token });
    expect(third.status).toBe(429);
    expect(codes(third.body)).toEqual(['RATE_LIMITED']);
    const retryAfter = Number(third.headers.get('retry-after'));
    // About 8 points are left (plus a second or two refilled at 1/s); 21 are needed.
    expect(retryAfter).toBeGreaterThanOrEqual(9);
    expect(retryAfter).toBeLessThanOrEqual(13);
    expect(third.body.errors[0].extensions.retryAfterSeconds).toBe(retryAfter);

    // Another device has its own bucket.
    const other = await newDevice(a);
    expect((await a.graphql({ query: COSTS_21 }, { token: other })).status).toBe(200);
  });

  test('two API processes share one budget per client through Redis', async () => {
    if (!sharedThroughRedis) {
      console.warn('SKIPPED: Redis unreachable, so the two processes cannot share buckets.');
      return;
    }
    // The anonymous client is keyed by its IP: the same on both processes.
    expect((await a.graphql({ query: COSTS_21 })).status).toBe(200);
    expect((await b.graphql({ query: COSTS_21 })).status).toBe(200);
    const third = await a.graphql({ query: COSTS_21 });
    expect(third.status).toBe(429);
    expect(codes(third.body)).toEqual(['RATE_LIMITED']);
    expect((await b.graphql({ query: COSTS_21 })).status).toBe(429);
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

describe("the PWA's safelist (apps/api/persisted-query-manifest.json)", () => {
  const api = mainApi();
  const manifest = JSON.parse(readFileSync(defaultManifestPath, 'utf8')) as ManifestFile;
  const createDevice = manifest.operations.find((operation) => operation.name === 'CreateDevice');
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
