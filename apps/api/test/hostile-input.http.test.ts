/**
 * Bad and hostile requests over real HTTP: each gets a clear typed error (never a 500, never
 * a stack trace), and the server keeps serving. Also the request limits: depth, cost, body
 * size, CORS, persisted queries (APQ over GET) and the structured request log.
 */
import { createHash } from 'node:crypto';
import {
  type ApiClient,
  errorCodes as codes,
  type GraphQLResponse,
  mainApi,
  mainApiLog,
  newDevice,
} from './support/client';
import { btcLong, CREATE_SCENARIO } from './support/fixtures';

const api: ApiClient = mainApi();
let token: string;

beforeAll(async () => {
  token = await newDevice(api);
});

async function raw(
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) {
  const response = await api.request({ method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) };
}

describe('malformed HTTP requests', () => {
  test.each([
    ['malformed JSON', '{"query": "{ rateLimit { cost } }"', 400, 'BAD_REQUEST'],
    ['a JSON array (batch)', '[{"query": "{ rateLimit { cost } }"}]', 400, 'BAD_REQUEST'],
    ['a JSON string', '"hello"', 400, 'BAD_REQUEST'],
    ['an empty body', '', 400, 'BAD_REQUEST'],
    ['no query', '{"variables": {}}', 400, 'BAD_REQUEST'],
    ['a query that is not a string', '{"query": 42}', 400, 'BAD_REQUEST'],
    [
      'variables that are not an object',
      '{"query": "{ rateLimit { cost } }", "variables": [1]}',
      400,
      'BAD_REQUEST',
    ],
    ['a syntax error', '{"query": "{ exchanges(first: 1) { "}', 400, 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', '{"query": "{ planets { name } }"}', 400, 'GRAPHQL_VALIDATION_FAILED'],
  ])('%s gets %i %s', async (_name, body, status, code) => {
    const result = await raw(body);
    expect(result.status).toBe(status);
    expect(codes(result.body)).toEqual([code]);
    expect(result.text).not.toMatch(/stacktrace| {4}at /);
  });

  test('a body that is not JSON gets 415', async () => {
    const result = await raw('query { rateLimit { cost } }', { 'content-type': 'text/plain' });
    expect(result.status).toBe(415);
    expect(codes(result.body)).toEqual(['BAD_REQUEST']);
  });

  test('an oversized body gets 413 with a JSON error, before it is read whole', async () => {
    const body = JSON.stringify({ query: `{ rateLimit { cost } } # ${'x'.repeat(200_000)}` });
    const result = await raw(body);
    expect(result.status).toBe(413);
    expect(codes(result.body)).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  test('other paths are 404 and other methods 405', async () => {
    const missing = await api.request({ path: '/nothing', method: 'GET' });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as GraphQLResponse['body']).errors[0].extensions.code).toBe(
      'NOT_FOUND',
    );
    const put = await api.request({ method: 'PUT', body: '{}' });
    expect(put.status).toBe(405);
    const health = await api.request({ path: '/healthz', method: 'GET' });
    expect(await health.json()).toEqual({ status: 'ok' });
  });
});

describe('bad values', () => {
  const page = 'query($first: Int) { exchanges(first: $first) { edges { cursor } } }';

  test.each([
    ['a string for an Int', { first: 'ten' }],
    ['a huge Int', { first: 1e20 }],
    ['a fractional Int', { first: 2.5 }],
  ])('%s is BAD_USER_INPUT', async (_name, variables) => {
    const { status, body } = await api.graphql({ query: page, variables });
    expect(status).toBe(400);
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
  });

  test.each([
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['a huge number', '1e400'],
    ['hex', '0x10'],
    ['an empty string', ''],
    ['a 100-digit number', '9'.repeat(100)],
  ])('Decimal %s is BAD_USER_INPUT', async (_name, entryPrice) => {
    const inputs = structuredClone(btcLong);
    inputs.account.positions[0]!.entryPrice = entryPrice;
    const { status, body } = await api.graphql(
      { query: CREATE_SCENARIO, variables: { input: { title: 't', inputs } } },
      { token },
    );
    expect(status).toBe(400);
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors[0].message).toMatch(/Decimal/);
  });

  test('a Decimal sent as a JSON number is refused (its digits may already be lost)', async () => {
    const inputs = structuredClone(btcLong) as unknown as {
      account: { positions: { entryPrice: unknown }[] };
    };
    inputs.account.positions[0]!.entryPrice = 60000.1;
    const { body } = await api.graphql(
      { query: CREATE_SCENARIO, variables: { input: { title: 't', inputs } } },
      { token },
    );
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
  });

  test('negative and zero sizes are user errors naming the field', async () => {
    for (const size of ['-1', '0']) {
      const inputs = structuredClone(btcLong);
      inputs.account.positions[0]!.size = size;
      const { status, body } = await api.graphql(
        { query: CREATE_SCENARIO, variables: { input: { title: 't', inputs } } },
        { token },
      );
      expect(status).toBe(200);
      expect(body.data.createScenario.userErrors[0].field).toEqual([
        'input',
        'inputs',
        'account',
        'positions',
        '0',
        'size',
      ]);
    }
  });

  test('an unknown enum value is BAD_USER_INPUT', async () => {
    const inputs = structuredClone(btcLong);
    inputs.account.positions[0]!.side = 'SIDEWAYS';
    const { body } = await api.graphql(
      { query: CREATE_SCENARIO, variables: { input: { title: 't', inputs } } },
      { token },
    );
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('query limits', () => {
  test('the deepest real selection (9 levels) runs; a fragment cycle is refused, not followed', async () => {
    const deep = `{ viewer { scenarios(first: 1) { edges { node { inputs { account { positions { stopLoss { type } } } } } } } } }`;
    const ok = await api.graphql({ query: deep }, { token });
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
    const cyclic = `query { exchanges(first: 1) { ...A } } fragment A on ExchangeConnection { edges { cursor } ...A }`;
    const cycle = await api.graphql({ query: cyclic });
    expect(cycle.status).toBe(400);
    expect(codes(cycle.body)).toContain('GRAPHQL_VALIDATION_FAILED');
  });

  test('a selection deeper than MAX_QUERY_DEPTH (12) fails validation with a message naming the limit', async () => {
    // No real path of the schema is that deep, so the selection also names unknown fields;
    // validation reports every broken rule, the depth limit among them.
    let selection = 'hasNextPage';
    for (let i = 0; i < 13; i += 1) selection = `pageInfo { ${selection} }`;
    const { status, body } = await api.graphql({
      query: `{ exchanges(first: 1) { edges { node { contracts(first: 1) { ${selection} } } } } }`,
    });
    expect(status).toBe(400);
    expect(new Set(codes(body))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    const messages = body.errors.map((e: { message: string }) => e.message);
    expect(messages).toContainEqual(
      expect.stringMatching(/nested \d+ fields deep; the limit is 12/),
    );
  });

  test('a query costing more than the maximum is refused before it runs, with its cost', async () => {
    const aliases = Array.from(
      { length: 30 },
      (_, i) =>
        `e${i}: exchanges(first: 100) { edges { node { contracts(first: 1) { edges { node { tiers { mmr } } } } } } }`,
    ).join('\n');
    const { status, body } = await api.graphql({ query: `{ ${aliases} }` });
    expect(status).toBe(400);
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors[0].extensions.cost).toBeGreaterThan(body.errors[0].extensions.maximumCost);
  });

  test('every executed operation reports its cost (Shopify shape) and rateLimit reads the budget', async () => {
    const { body } = await api.graphql({
      query:
        '{ rateLimit { cost limit remaining restoreRate } exchanges(first: 10) { edges { node { slug } } } }',
    });
    // Cost by hand: rateLimit object 1; exchanges connection 1 + 10 x (edge 1 + node 1) = 21.
    expect(body.data.rateLimit.cost).toBe(22);
    expect(body.extensions.cost).toMatchObject({
      requestedQueryCost: 22,
      throttleStatus: { maximumAvailable: body.data.rateLimit.limit },
    });
    expect(body.data.rateLimit.remaining).toBeLessThanOrEqual(body.data.rateLimit.limit - 22);
  });
});

describe('CORS and persisted queries', () => {
  test('the PWA origin gets CORS headers; other origins do not', async () => {
    const preflight = await api.request({
      method: 'OPTIONS',
      headers: { origin: 'https://pwa.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://pwa.example');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const other = await api.request({
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('automatic persisted queries: a hash unknown at first, registered by POST, then served over GET', async () => {
    const query = '{ exchanges(first: 1) { edges { node { slug } } } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
    const search = `?extensions=${encodeURIComponent(extensions)}`;
    const miss = await api.request({ method: 'GET', search });
    expect(((await miss.json()) as GraphQLResponse['body']).errors[0].extensions.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    const register = await api.graphql({
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash } },
    });
    expect(register.body.data.exchanges.edges).toHaveLength(1);
    const hit = await api.request({ method: 'GET', search });
    expect(hit.status).toBe(200);
    expect(((await hit.json()) as GraphQLResponse['body']).data).toEqual(register.body.data);
    const mutationOverGet = await api.request({
      method: 'GET',
      search: `?query=${encodeURIComponent('mutation { createDevice { token } }')}`,
    });
    expect(mutationOverGet.status).toBe(405);
  });
});

describe('resilience and logging', () => {
  test('after all of the above the server still serves, and never answered 500', async () => {
    const { status, body } = await api.graphql({
      query: '{ exchanges(first: 1) { edges { node { slug } } } }',
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    // The main API's log covers every suite's requests so far: none of them was a 5xx.
    const requests = mainApiLog().filter((l) => l.msg === 'request') as {
      status: number;
      operation: string | null;
      errorCodes: string[];
    }[];
    expect(requests.length).toBeGreaterThan(30);
    expect(requests.filter((l) => l.status >= 500)).toEqual([]);
    for (const line of requests) {
      expect(line).toEqual(
        expect.objectContaining({
          level: 'info',
          method: expect.any(String),
          status: expect.any(Number),
          durationMs: expect.any(Number),
          outcome: expect.stringMatching(/^(ok|error)$/),
        }),
      );
    }
    expect(
      requests.some((l) => l.operation === null && l.errorCodes.includes('PAYLOAD_TOO_LARGE')),
    ).toBe(true);
  });
});
