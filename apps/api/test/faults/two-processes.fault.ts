/**
 * Two API processes behind one PostgreSQL and one Redis, as behind a load balancer: a client
 * alternating between them sees the same data, and one rate-limit budget (the buckets live in
 * Redis, under this test's own key prefix), not one budget per process.
 */
import { UPDATE_SCENARIO } from '../support/fixtures';
import { type ApiCluster, startApiCluster } from './support/api-cluster';
import { answerProblem, errorCodes, post } from './support/client';
import { createDevice, createScenario, READ_SCENARIO } from './support/operations';
import { postgresBinariesMissing, redisMissing } from './support/services';
import { recordTally } from './support/tally';

/**
 * Points in a bucket, and points restored per second: enough for the data test's handful of
 * operations, small enough for the budget test to spend them all.
 */
const CAPACITY = 200;
const RESTORE_PER_SECOND = 1;
const RATE_LIMIT = '{ rateLimit { cost remaining limit } }';

describe('two API processes sharing PostgreSQL and Redis', () => {
  let cluster: ApiCluster | undefined;
  let skip: string | undefined;

  beforeAll(async () => {
    skip = postgresBinariesMissing() ?? (await redisMissing());
    if (skip) return;
    cluster = await startApiCluster({
      processes: 2,
      redis: true,
      env: {
        RATE_LIMIT_CAPACITY: String(CAPACITY),
        RATE_LIMIT_RESTORE_PER_SECOND: String(RESTORE_PER_SECOND),
        // The budget test acts as a client of an address of its own (X-Forwarded-For).
        TRUST_PROXY: 'true',
      },
    });
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  const urls = () => cluster!.apis.map((api) => api.url) as [string, string];

  it('shows a client alternating between them the same scenarios, versions and share links', async () => {
    if (skip) return;
    const [a, b] = urls();
    const token = await createDevice(a);
    const saved = await createScenario(b, token, 'seen from both');
    const read = async (url: string) =>
      (await post(url, { query: READ_SCENARIO, variables: { id: saved.id } }, { token })).body.data
        .scenario;
    expect(await read(a)).toEqual(await read(b));

    const edited = await post(
      a,
      {
        query: UPDATE_SCENARIO,
        variables: { input: { id: saved.id, version: 1, title: 'edited on A' } },
      },
      { token },
    );
    expect(edited.body.data.updateScenario.scenario).toMatchObject({ version: 2 });
    expect(await read(b)).toMatchObject({ title: 'edited on A', version: 2 });

    // A stale edit sent to the other process is refused too: the version lives in PostgreSQL.
    const stale = await post(
      b,
      {
        query: UPDATE_SCENARIO,
        variables: { input: { id: saved.id, version: 1, title: 'stale on B' } },
      },
      { token },
    );
    expect(errorCodes(stale, 'updateScenario')).toEqual(['CONFLICT']);

    const shared = await post(
      b,
      {
        query:
          'mutation ($input: ScenarioIdInput!) { shareScenario(input: $input) { scenario { share { slug } } } }',
        variables: { input: { id: saved.id } },
      },
      { token },
    );
    const slug = shared.body.data.shareScenario.scenario.share.slug as string;
    const opened = await post(a, {
      query: 'query ($slug: String!) { sharedScenario(slug: $slug) { title version } }',
      variables: { slug },
    });
    expect(opened.body.data.sharedScenario).toEqual({ title: 'edited on A', version: 2 });
    recordTally('two-processes', { casesTried: 8, scenariosChecked: 1 });
  });

  it('spends one rate-limit budget whichever process answers', async () => {
    if (skip) return;
    const [a, b] = urls();
    // An address no other test here spent from: a device's requests draw on its address too.
    const address = { headers: { 'x-forwarded-for': '198.51.100.9' } };
    const token = (await post(a, { query: 'mutation { createDevice { token } }' }, address)).body
      .data.createDevice.token as string;
    const started = Date.now();
    let allowed = 0;
    const refused: string[] = [];
    // Alternate A, B, A, B... until refused, and then a few more on both.
    for (let request = 0; refused.length < 4 && request < CAPACITY * 3; request += 1) {
      const url = request % 2 === 0 ? a : b;
      const answer = await post(url, { query: RATE_LIMIT }, { token, ...address });
      expect(answerProblem(answer)).toBeUndefined();
      const rate = answer.body?.data?.rateLimit as { cost: number; remaining: number } | undefined;
      if (rate) {
        allowed += 1;
        // Each answer continues the other process's count: after n requests on the two, the
        // bucket holds CAPACITY - n points plus the refill (two budgets would hold CAPACITY - n/2).
        const refill = Math.ceil(((Date.now() - started) / 1000) * RESTORE_PER_SECOND);
        expect(rate.remaining).toBeLessThanOrEqual(CAPACITY - allowed * rate.cost + refill);
      } else {
        expect(answer.status).toBe(429);
        expect(errorCodes(answer)).toEqual(['RATE_LIMITED']);
        expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
        refused.push(url);
      }
    }
    const elapsedSeconds = (Date.now() - started) / 1000;
    // One budget: CAPACITY points (1 per request; createDevice took 1) plus the refill, never
    // 2 x CAPACITY.
    expect(allowed).toBeGreaterThanOrEqual(CAPACITY - 1);
    expect(allowed).toBeLessThanOrEqual(
      CAPACITY + Math.ceil(elapsedSeconds * RESTORE_PER_SECOND) + 1,
    );
    // Once spent, it is spent on both processes.
    expect(new Set(refused)).toEqual(new Set([a, b]));
    recordTally('two-processes', { casesTried: allowed + refused.length });
  });
});
