/**
 * The attacks that once stalled or confused the API, replayed against a live API process on
 * loopback, each bounded in time: a fan-out of nested fragments, huge rejected documents,
 * NUL and lone-surrogate text, and internal details in error messages. The process runs with
 * NODE_ENV=development: hiding internals must not depend on it.
 */
import { type ApiProcess, startApiProcess } from '../support/api-process';
import { btcLong, CREATE_SCENARIO } from '../support/fixtures';
import { type Answer, answerProblem, errorCodes, post } from './support/client';
import { createDevice } from './support/operations';

/** A bucket no test here empties by accident, refilled slowly enough to see each charge. */
const CAPACITY = 1_000_000;
const RESTORE_PER_SECOND = 1;

let api: ApiProcess;

beforeAll(async () => {
  api = await startApiProcess({
    NODE_ENV: 'development',
    RATE_LIMIT_CAPACITY: String(CAPACITY),
    RATE_LIMIT_RESTORE_PER_SECOND: String(RESTORE_PER_SECOND),
  });
});

afterAll(async () => {
  await api?.stop();
});

/** Text that gives away the server's insides: its code, files, database or stack. */
const INTERNALS =
  /prisma|invocation|\/work\/|node_modules|\.ts:|\.js:|\bat\s+\S+\s+\(|P2\d{3}|22P05|SQLSTATE/i;

function expectNoInternals(answer: Answer): void {
  expect(answerProblem(answer)).toBeUndefined();
  expect(answer.text).not.toMatch(INTERNALS);
}

/** Each fragment spreads the one before it twice: 2^levels paths through a tiny document. */
function fragmentFanOut(levels: number): string {
  const fragments = ['fragment F0 on Query { __typename }'];
  for (let level = 1; level <= levels; level += 1)
    fragments.push(`fragment F${level} on Query { ...F${level - 1} ...F${level - 1} }`);
  return `query FanOut { ...F${levels} }\n${fragments.join('\n')}`;
}

const remaining = async (token?: string): Promise<number> =>
  (await post(api.url, { query: '{ rateLimit { remaining } }' }, { token })).body.data.rateLimit
    .remaining as number;

describe('fragment fan-out', () => {
  it('answers 29 levels (1.3 KB) with a typed 400 at once, and keeps serving', async () => {
    const query = fragmentFanOut(29);
    expect(query.length).toBeLessThan(1_500);
    // Before the fix this kept the CPU busy for 27 minutes; the client gives up after 5 s.
    const answer = await post(api.url, { query }, { timeoutMs: 5_000 });
    expect(answer.status).toBe(400);
    expect(errorCodes(answer)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.errors[0].message).toMatch(/more than 1000 fields/);
    expectNoInternals(answer);
    const health = await fetch(api.url.replace('/graphql', '/healthz'), {
      signal: AbortSignal.timeout(5_000),
    });
    expect(health.status).toBe(200);
  });

  it('lets a fan-out within the field limit through, counted as spread', async () => {
    // 2^9 = 512 __typename selections once spread: under 1,000, so it runs.
    const answer = await post(api.url, { query: fragmentFanOut(9) }, { timeoutMs: 5_000 });
    expect(answer.body).toEqual({ data: { __typename: 'Query' }, extensions: expect.anything() });
  });
});

describe('rejected requests are charged', () => {
  it('takes 10 points plus 1 per 100 characters for each document refused before it runs', async () => {
    const token = await createDevice(api.url);
    // 5,000 repeated fields: past the token limit, refused while parsing.
    const query = `{ ${'__typename '.repeat(5_000)}}`;
    const before = await remaining(token);
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const answer = await post(api.url, { query }, { token, timeoutMs: 5_000 });
      expect(errorCodes(answer)).toEqual(['GRAPHQL_PARSE_FAILED']);
      expect(answer.body.errors[0].message).toMatch(/2000 tokens/);
      expectNoInternals(answer);
    }
    const after = await remaining(token);
    // Hand count: the query is 2 + 11 x 5,000 + 1 = 55,003 characters: 10 + 551 = 561 points
    // each, 5,610 for ten; the bucket refills 1 point a second meanwhile.
    expect(query.length).toBe(55_003);
    expect(before - after).toBeGreaterThanOrEqual(5_610 - 30);
  });

  it('charges a query refused for its cost', async () => {
    const token = await createDevice(api.url);
    const query =
      '{ exchanges(first: 100) { edges { node { contracts(first: 100) { edges { node { asset } } } } } } }';
    const before = await remaining(token);
    const answer = await post(api.url, { query }, { token });
    expect(errorCodes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.body.errors[0].extensions.cost).toBeGreaterThan(2_000);
    expect(before - (await remaining(token))).toBeGreaterThanOrEqual(10);
  });
});

describe('NUL and lone surrogates', () => {
  let token: string;
  beforeAll(async () => {
    token = await createDevice(api.url);
  });

  const probes: [string, () => Promise<Answer>, string][] = [
    [
      'a title with NUL',
      () =>
        post(
          api.url,
          { query: CREATE_SCENARIO, variables: { input: { title: 'a\u0000b', inputs: btcLong } } },
          { token },
        ),
      'variables.input.title',
    ],
    [
      'a title with a lone surrogate',
      () =>
        post(
          api.url,
          // The escape reaches the server as written: JSON.stringify would replace it.
          `{"query": ${JSON.stringify(CREATE_SCENARIO)}, "variables": {"input": {"title": "x\\ud800y", "inputs": ${JSON.stringify(btcLong)}}}}`,
          { token },
        ),
      'variables.input.title',
    ],
    [
      'an id with NUL',
      () =>
        post(
          api.url,
          {
            query: 'query($id: ID!) { scenario(id: $id) { id } }',
            variables: { id: 'U2NlbmFyaW86\u0000' },
          },
          { token },
        ),
      'variables.id',
    ],
    [
      'a cursor with NUL',
      () =>
        post(api.url, {
          query: '{ exchanges(first: 1, after: "abc\\u0000") { edges { cursor } } }',
        }),
      'query',
    ],
    [
      'an exchange slug with NUL',
      () =>
        post(api.url, {
          query: 'query($s: String!) { exchange(slug: $s) { slug } }',
          variables: { s: 'bybit\u0000' },
        }),
      'variables.s',
    ],
  ];

  it.each(probes)(
    '%s answers BAD_USER_INPUT naming the field, with no internal text',
    async (_name, probe, field) => {
      const answer = await probe();
      expect(answer.status).toBe(400);
      expect(errorCodes(answer)).toEqual(['BAD_USER_INPUT']);
      expect(answer.body.errors[0].extensions.field).toBe(field);
      expectNoInternals(answer);
    },
  );
});
