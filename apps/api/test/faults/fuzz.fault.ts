/**
 * Fuzzing the live API (fast-check, fixed seed, a few thousand cases): scenario inputs built
 * from risk-core's ScenarioInput with hostile values anywhere in them, mangled query text,
 * variables of every JSON shape, page arguments and ids. Every answer must be a typed error
 * or a valid result: no 5xx, no hang, no error without a known code, no stack trace; a saved
 * scenario is one risk-core accepts, and a scenario risk-core accepts is saved.
 */
import fc from 'fast-check';
import { type ScenarioInput, validateScenario, ValidationError } from '@belowzero/risk-core';
import { findProfile } from '@belowzero/risk-core/profiles';
import { type ApiProcess, NO_RATE_LIMIT, startApiProcess } from '../support/api-process';
import { btcLong, CREATE_SCENARIO } from '../support/fixtures';
import { type Answer, answerProblem, post } from './support/client';
import { createDevice, createScenario } from './support/operations';
import {
  corrupt,
  corruptions,
  fromGraphQL,
  hostileJson,
  scenarioInput,
  toGraphQL,
} from './support/scenario-arbitraries';
import { recordTally } from './support/tally';

const SEED = 20_261_125;

/** createScenario answering with every field of the stored inputs, to check them whole. */
const SAVE_AND_ECHO = `
  mutation Save($input: CreateScenarioInput!) {
    createScenario(input: $input) {
      scenario {
        title
        inputs {
          schemaVersion exchange
          account {
            walletBalance
            holdings { asset quantity price }
            positions {
              asset instrument side entryPrice size amount leverage marginMode markPrice extraMargin
              stopLoss { type triggerPrice limitPrice }
              adds { price size }
            }
            costs { tradingFees fundingRatePerInterval fundingIntervalHours holdingHours borrowInterest }
          }
        }
      }
      userErrors { field code message }
    }
  }`;
const RUNS = {
  createScenario: 1_500,
  assess: 600,
  documents: 700,
  variables: 300,
  pages: 300,
  ids: 300,
  fragments: 400,
};

/** risk-core's verdict on an input: the field at fault, or null when it is valid. */
function riskCoreVerdict(input: ScenarioInput): string | null {
  try {
    validateScenario(input, findProfile(input.exchange));
    return null;
  } catch (error) {
    if (error instanceof ValidationError) return error.field;
    throw error; // risk-core promises nothing else is thrown: let the test fail loudly
  }
}

describe('fuzzing the live API', () => {
  let api: ApiProcess;
  let token: string;
  let ownScenarioId: string;
  let tried = 0;

  const send = async (payload: unknown, withToken = true): Promise<Answer> => {
    tried += 1;
    const answer = await post(api.url, payload, {
      token: withToken ? token : undefined,
      timeoutMs: 10_000,
    });
    const problem = answerProblem(answer);
    if (problem) throw new Error(`${problem}\nrequest: ${JSON.stringify(payload).slice(0, 1_000)}`);
    return answer;
  };

  beforeAll(async () => {
    api = await startApiProcess(NO_RATE_LIMIT);
    token = await createDevice(api.url);
    ownScenarioId = (await createScenario(api.url, token, 'fuzz anchor')).id;
  });

  afterAll(async () => {
    await api?.stop();
    recordTally('fuzz', { casesTried: tried });
  });

  it('createScenario: typed errors or a scenario risk-core accepts, and every valid scenario saved', async () => {
    let saved = 0;
    const title = fc.oneof(
      fc.constantFrom('my BTC long', '', '   ', 'x'.repeat(201), '💥'),
      fc.string({ maxLength: 60 }),
    );
    await fc.assert(
      fc.asyncProperty(scenarioInput, corruptions, title, async (input, changes, name) => {
        const inputs = corrupt(toGraphQL(input), changes);
        const answer = await send({
          query: SAVE_AND_ECHO,
          variables: { input: { title: name, inputs } },
        });
        const payload = answer.body.data?.createScenario;
        if (payload?.scenario) {
          saved += 1;
          // A valid result: what was stored passes risk-core's own validation.
          expect(riskCoreVerdict(fromGraphQL(payload.scenario.inputs))).toBeNull();
          expect(payload.userErrors).toEqual([]);
        } else if (payload) {
          expect(payload.userErrors.length).toBeGreaterThan(0);
          for (const error of payload.userErrors) {
            expect(error.code).toMatch(/^[A-Z_]+$/);
            expect(error.field === null || error.field[0] === 'input').toBe(true);
          }
        }
        if (changes.length === 0) {
          // Uncorrupted input: the API agrees with risk-core, both ways.
          const verdict = riskCoreVerdict(input);
          const titleOk = name.trim().length > 0 && name.trim().length <= 200;
          if (verdict === null && titleOk) expect(payload?.scenario).toBeTruthy();
          if (verdict !== null) {
            expect(payload?.scenario ?? null).toBeNull();
            if (payload && titleOk)
              expect(payload.userErrors[0].field.join('.')).toBe(`input.inputs.${verdict}`);
          }
        }
      }),
      { seed: SEED, numRuns: RUNS.createScenario },
    );
    // The generator reaches valid scenarios often enough for the second half to mean something.
    expect(saved).toBeGreaterThan(RUNS.createScenario / 40);
  });

  it('assess: an answer exactly when risk-core accepts the scenario, otherwise BAD_USER_INPUT naming the field', async () => {
    const ANSWERS = ['CANNOT_GO_NEGATIVE', 'PROTECTED', 'SOCIALIZED', 'USER_LIABLE'];
    const query =
      'query ($scenario: ScenarioSourceInput!) { assess(scenario: $scenario) { answer methodologyVersion profileSlug positions { liquidationPrice } } }';
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(scenarioInput, corruptions, async (input, changes) => {
        const inputs = corrupt(toGraphQL(input), changes);
        const answer = await send({ query, variables: { scenario: { inputs } } }, false);
        const assessment = answer.body.data?.assess;
        if (assessment) {
          answered += 1;
          expect(ANSWERS).toContain(assessment.answer);
          expect(assessment.methodologyVersion).toMatch(/^\d+\.\d+\.\d+$/);
        } else {
          expect(
            answer.body.errors.map(
              (error: { extensions: { code: string } }) => error.extensions.code,
            ),
          ).toContain('BAD_USER_INPUT');
        }
        if (changes.length === 0) {
          const verdict = riskCoreVerdict(input);
          if (verdict === null) expect(assessment).toBeTruthy();
          else {
            expect(assessment ?? null).toBeNull();
            // risk-core's own refusal names its field (a malformed Decimal is refused earlier, by the scalar).
            const field = answer.body.errors[0].extensions.field;
            if (field !== undefined) expect(field).toBe(verdict);
          }
        }
      }),
      { seed: SEED, numRuns: RUNS.assess },
    );
    expect(answered).toBeGreaterThan(RUNS.assess / 40);
  });

  it('mangled query documents get parse, validation or input errors', async () => {
    const documents = [
      CREATE_SCENARIO,
      '{ exchanges(first: 5) { edges { node { slug takerFeeRate { value } } } pageInfo { hasNextPage } } }',
      'query ($id: ID!) { scenario(id: $id) { id title version } }',
      '{ viewer { scenarios(first: 3) { edges { cursor node { id } } } } rateLimit { remaining } }',
    ];
    const edit = fc.record({
      at: fc.nat(),
      cut: fc.nat({ max: 12 }),
      insert: fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom(
          '{',
          '}',
          '(',
          ')',
          '...',
          '$',
          '"',
          '\\',
          '#',
          'fragment F on Query { ...F }',
          '@skip',
          '__schema',
        ),
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...documents),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        async (document, edits) => {
          let text = document;
          for (const { at, cut, insert } of edits) {
            const position = at % (text.length + 1);
            text = text.slice(0, position) + insert + text.slice(position + cut);
          }
          await send({
            query: text,
            variables: {
              id: ownScenarioId,
              input: { title: 't', inputs: toGraphQL(btcLong as ScenarioInput) },
            },
          });
        },
      ),
      { seed: SEED, numRuns: RUNS.documents },
    );
  });

  it('fragment graphs and aliases: every shape answered, typed, before the client gives up', async () => {
    // Selections on Query a fragment may hold: leaves, aliased leaves, and small nested reads.
    const selection = fc.oneof(
      fc.constant('__typename'),
      fc.nat({ max: 50 }).map((n) => `a${n}: __typename`),
      fc.constant('rateLimit { remaining cost }'),
      fc.nat({ max: 50 }).map((n) => `r${n}: rateLimit { remaining }`),
      fc
        .tuple(fc.nat({ max: 50 }), fc.integer({ min: -1, max: 120 }))
        .map(([n, first]) => `e${n}: exchanges(first: ${first}) { edges { node { slug } } }`),
      fc.constant('crashEvents { id }'),
    );
    // Fragment i spreads any earlier ones (each up to 3 times) beside its own selections; the
    // operation spreads any of them: trees, diamonds and fan-outs, deep and wide.
    const graph = fc.integer({ min: 1, max: 14 }).chain((count) =>
      fc.tuple(
        fc.tuple(
          ...Array.from({ length: count }, (_, index) =>
            fc.record({
              selections: fc.array(selection, { minLength: index === 0 ? 1 : 0, maxLength: 3 }),
              spreads: fc.array(fc.nat({ max: Math.max(0, index - 1) }), {
                maxLength: index === 0 ? 0 : 4,
              }),
            }),
          ),
        ),
        fc.array(fc.nat({ max: count - 1 }), { minLength: 1, maxLength: 4 }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(graph, async ([fragments, top]) => {
        const definitions = fragments.map(
          ({ selections, spreads }, index) =>
            `fragment F${index} on Query { ${[...selections, ...spreads.map((at) => `...F${at}`)].join(' ') || '__typename'} }`,
        );
        const query = `query Shapes { ${top.map((at) => `...F${at}`).join(' ')} }\n${definitions.join('\n')}`;
        await send({ query }, false);
      }),
      { seed: SEED, numRuns: RUNS.fragments },
    );
  });

  it('variables and request bodies of every JSON shape', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constant(CREATE_SCENARIO),
          fc.constant('query ($id: ID!) { scenario(id: $id) { id } }'),
        ),
        hostileJson,
        fc.oneof(fc.constant(undefined), hostileJson),
        async (query, variables, operationName) => {
          await send({
            query,
            variables,
            ...(operationName === undefined ? {} : { operationName }),
          });
          await send(JSON.stringify(variables ?? null));
        },
      ),
      { seed: SEED, numRuns: RUNS.variables },
    );
  });

  it('page arguments: typed errors or pages no longer than asked and never over the maximum', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.integer({ min: -5, max: 150 }), fc.integer()),
        fc.option(fc.oneof(fc.string({ maxLength: 40 }), fc.base64String({ maxLength: 40 }))),
        fc.boolean(),
        async (first, after, mine) => {
          const query = mine
            ? 'query ($first: Int, $after: String) { viewer { scenarios(first: $first, after: $after) { edges { node { id } } } } }'
            : 'query ($first: Int, $after: String) { exchanges(first: $first, after: $after) { edges { node { slug } } } }';
          const answer = await send({ query, variables: { first, after } });
          const edges = (mine ? answer.body.data?.viewer?.scenarios : answer.body.data?.exchanges)
            ?.edges;
          if (edges) {
            expect(first).toBeGreaterThanOrEqual(1);
            expect(edges.length).toBeLessThanOrEqual(Math.min(first, 100));
          }
        },
      ),
      { seed: SEED, numRuns: RUNS.pages },
    );
  });

  it('ids and slugs: a result only for what exists, typed errors otherwise', async () => {
    const id = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ maxLength: 40 }).map((key) => Buffer.from(`Scenario:${key}`).toString('base64')),
      fc.string({ maxLength: 40 }).map((key) => Buffer.from(`Exchange:${key}`).toString('base64')),
      fc.constant(ownScenarioId),
    );
    await fc.assert(
      fc.asyncProperty(
        id,
        fc.string({ maxLength: 40 }),
        fc.boolean(),
        async (anyId, slug, withToken) => {
          const byId = await send(
            { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: anyId } },
            withToken,
          );
          if (byId.body.data?.node) expect(byId.body.data.node.id).toBe(anyId);
          const shared = await send(
            {
              query: 'query ($slug: String!) { sharedScenario(slug: $slug) { id } }',
              variables: { slug },
            },
            withToken,
          );
          expect(shared.body.data?.sharedScenario ?? null).toBeNull(); // nothing is shared in this run
        },
      ),
      { seed: SEED, numRuns: RUNS.ids },
    );
  });
});
