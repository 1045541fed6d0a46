/**
 * The authorization matrix: every mutation and every private query, tried with no token,
 * with wrong tokens (well-formed but unknown, malformed, another scheme) and with another
 * device's token. The owner's scenario must come out of it exactly as it went in. A test
 * fails when the schema gains a mutation or query this matrix does not list.
 */
import { isDeepStrictEqual } from 'node:util';
import { randomBytes } from 'node:crypto';
import { type ApiProcess, startApiProcess } from '../support/api-process';
import { btcLong } from '../support/fixtures';
import { type Answer, answerProblem, errorCodes, post } from './support/client';
import { createDevice, createScenario, READ_SCENARIO } from './support/operations';
import { recordTally } from './support/tally';

interface Target {
  scenarioId: string;
  slug: string;
}

/** What a request with no token, or with another device's token, must get. */
type Expectation = 'UNAUTHENTICATED' | 'DENIED' | 'ALLOWED';

interface Operation {
  field: string;
  document: string;
  variables: (target: Target) => Record<string, unknown>;
  anonymous: Expectation;
  otherDevice: Expectation;
}

const byId = (target: Target) => ({ input: { id: target.scenarioId } });

const MUTATIONS: Operation[] = [
  {
    field: 'createDevice',
    document: 'mutation { createDevice { token } }',
    variables: () => ({}),
    anonymous: 'ALLOWED',
    otherDevice: 'ALLOWED',
  },
  {
    field: 'createScenario',
    document:
      'mutation ($input: CreateScenarioInput!) { createScenario(input: $input) { scenario { id } userErrors { code } } }',
    variables: () => ({ input: { title: 'intruder', inputs: btcLong } }),
    anonymous: 'UNAUTHENTICATED',
    otherDevice: 'ALLOWED', // saved as the other device's own scenario
  },
  {
    field: 'updateScenario',
    document:
      'mutation ($input: UpdateScenarioInput!) { updateScenario(input: $input) { scenario { id } userErrors { code } } }',
    variables: (target) => ({ input: { id: target.scenarioId, version: 1, title: 'overwritten' } }),
    anonymous: 'UNAUTHENTICATED',
    otherDevice: 'DENIED',
  },
  {
    field: 'deleteScenario',
    document:
      'mutation ($input: ScenarioIdInput!) { deleteScenario(input: $input) { deletedScenarioId } }',
    variables: byId,
    anonymous: 'UNAUTHENTICATED',
    otherDevice: 'DENIED',
  },
  {
    field: 'shareScenario',
    document:
      'mutation ($input: ScenarioIdInput!) { shareScenario(input: $input) { scenario { share { slug } } } }',
    variables: byId,
    anonymous: 'UNAUTHENTICATED',
    otherDevice: 'DENIED',
  },
  {
    field: 'revokeShare',
    document:
      'mutation ($input: ScenarioIdInput!) { revokeShare(input: $input) { scenario { id } } }',
    variables: byId,
    anonymous: 'UNAUTHENTICATED',
    otherDevice: 'DENIED',
  },
  {
    field: 'forkScenario',
    document:
      'mutation ($input: ShareSlugInput!) { forkScenario(input: $input) { scenario { id isFork } } }',
    variables: (target) => ({ input: { slug: target.slug } }),
    anonymous: 'UNAUTHENTICATED',
    otherDevice: 'ALLOWED', // a share link is there to be opened and forked
  },
];

const PRIVATE_QUERIES: Operation[] = [
  {
    field: 'viewer',
    document: 'query { viewer { device { id } scenarios(first: 100) { edges { node { id } } } } }',
    variables: () => ({}),
    anonymous: 'UNAUTHENTICATED',
    otherDevice: 'ALLOWED', // answers about the other device itself (checked below)
  },
  {
    field: 'scenario',
    document: 'query ($id: ID!) { scenario(id: $id) { id title } }',
    variables: (target) => ({ id: target.scenarioId }),
    anonymous: 'UNAUTHENTICATED',
    otherDevice: 'DENIED',
  },
  {
    field: 'node',
    document: 'query ($id: ID!) { node(id: $id) { id ... on Scenario { title } } }',
    variables: (target) => ({ id: target.scenarioId }),
    anonymous: 'UNAUTHENTICATED',
    otherDevice: 'DENIED',
  },
];

/**
 * The computations take a scenario inline (public), shared (by slug, public) or saved (by id:
 * private to its owner). The saved form is in the matrix.
 */
const BY_ID = (target: Target) => ({ scenario: { id: target.scenarioId } });
const computation = (field: string, document: string): Operation => ({
  field,
  document,
  variables: BY_ID,
  anonymous: 'UNAUTHENTICATED',
  otherDevice: 'DENIED',
});
const SAVED_SCENARIO_COMPUTATIONS: Operation[] = [
  computation(
    'assess',
    'query ($scenario: ScenarioSourceInput!) { assess(scenario: $scenario) { answer } }',
  ),
  computation(
    'compare',
    'query ($scenario: ScenarioSourceInput!) { compare(scenario: $scenario) { ranked { rank } } }',
  ),
  computation(
    'guardRails',
    'query ($scenario: ScenarioSourceInput!) { guardRails(scenario: $scenario, gapPercent: "20") { __typename } }',
  ),
  computation(
    'simulate',
    'query ($scenario: ScenarioSourceInput!) { simulate(scenario: $scenario, path: { kind: SHOCK, dropPercent: "30", durationMs: 60000 }) { __typename } }',
  ),
  computation(
    'odds',
    'query ($scenario: ScenarioSourceInput!) { odds(scenario: $scenario, options: { horizonHours: "24", volatility: "0.8", paths: 10, steps: 10, seed: 1 }) { __typename } }',
  ),
];

/** Queries anyone may run: not part of the matrix, listed so the coverage test knows them. */
const PUBLIC_QUERIES = new Set([
  'exchange',
  'exchanges',
  'rateLimit',
  'sharedScenario',
  'crashEvents',
]);

const WRONG_AUTHORIZATIONS = [
  `Bearer bzd_${randomBytes(32).toString('base64url')}`, // well-formed, unknown
  'Bearer not-a-token',
  'Bearer ',
  'Basic dXNlcjpwYXNz',
  `Bearer bzd_${'A'.repeat(5000)}`,
];

describe('authorization matrix', () => {
  let api: ApiProcess;
  let owner: string;
  let other: string;
  let target: Target;
  let before: unknown;
  let tried = 0;

  const send = async (
    operation: Operation,
    authorization?: string,
    token?: string,
  ): Promise<Answer> => {
    tried += 1;
    const answer = await post(
      api.url,
      { query: operation.document, variables: operation.variables(target) },
      { authorization, token },
    );
    expect(answerProblem(answer)).toBeUndefined();
    return answer;
  };

  const readOwned = async () =>
    (
      await post(
        api.url,
        { query: READ_SCENARIO, variables: { id: target.scenarioId } },
        { token: owner },
      )
    ).body.data.scenario;

  beforeAll(async () => {
    api = await startApiProcess();
    [owner, other] = [await createDevice(api.url), await createDevice(api.url)];
    const saved = await createScenario(api.url, owner, 'private to its owner');
    const shared = await post(
      api.url,
      {
        query:
          'mutation ($input: ScenarioIdInput!) { shareScenario(input: $input) { scenario { share { slug } } } }',
        variables: { input: { id: saved.id } },
      },
      { token: owner },
    );
    target = { scenarioId: saved.id, slug: shared.body.data.shareScenario.scenario.share.slug };
    before = await readOwned();
  });

  afterAll(async () => {
    await api?.stop();
  });

  it('lists every mutation and query of the schema', async () => {
    const answer = await post(api.url, {
      query: '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }',
    });
    const names = (type: { fields: { name: string }[] }) =>
      type.fields.map((field) => field.name).sort();
    expect(names(answer.body.data.__schema.mutationType)).toEqual(
      MUTATIONS.map((operation) => operation.field).sort(),
    );
    const matrix = [...PRIVATE_QUERIES, ...SAVED_SCENARIO_COMPUTATIONS].map(
      (operation) => operation.field,
    );
    const unlisted = names(answer.body.data.__schema.queryType).filter(
      (name) => !PUBLIC_QUERIES.has(name) && !matrix.includes(name),
    );
    expect(unlisted).toEqual([]);
  });

  const everything = [...MUTATIONS, ...PRIVATE_QUERIES, ...SAVED_SCENARIO_COMPUTATIONS];

  it.each(everything.map((operation) => [operation.field, operation] as const))(
    '%s with no token',
    async (_, operation) => {
      const answer = await send(operation);
      if (operation.anonymous === 'ALLOWED') expect(answer.body.errors).toBeUndefined();
      else {
        expect(errorCodes(answer)).toEqual(['UNAUTHENTICATED']);
        expect(answer.body.data?.[operation.field] ?? null).toBeNull();
      }
    },
  );

  it.each(everything.map((operation) => [operation.field, operation] as const))(
    '%s with wrong tokens',
    async (_, operation) => {
      for (const authorization of WRONG_AUTHORIZATIONS) {
        const answer = await send(operation, authorization);
        expect(answer.status).toBe(401);
        expect(errorCodes(answer)).toEqual(['UNAUTHENTICATED']);
        expect(answer.headers.get('www-authenticate')).toBe('Bearer');
        expect(answer.body.data ?? null).toBeNull();
      }
    },
  );

  it.each(everything.map((operation) => [operation.field, operation] as const))(
    "%s with another device's token",
    async (_, operation) => {
      const answer = await send(operation, undefined, other);
      if (operation.otherDevice === 'DENIED') {
        // FORBIDDEN or NOT_FOUND, as the operation documents; never the data.
        expect(errorCodes(answer, operation.field)).toEqual([
          expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/),
        ]);
        expect(answer.body.data?.[operation.field] ?? null).toBeNull();
      } else {
        expect(answer.body.errors).toBeUndefined();
        expect(JSON.stringify(answer.body.data)).not.toContain(target.scenarioId);
      }
    },
  );

  it("leaves the owner's scenario exactly as it was", async () => {
    expect(isDeepStrictEqual(await readOwned(), before)).toBe(true);
    const shared = await post(api.url, {
      query: 'query ($slug: String!) { sharedScenario(slug: $slug) { title } }',
      variables: { slug: target.slug },
    });
    expect(shared.body.data.sharedScenario).toEqual({ title: 'private to its owner' });
    recordTally('authorization', { casesTried: tried, scenariosChecked: 1 });
  });
});
