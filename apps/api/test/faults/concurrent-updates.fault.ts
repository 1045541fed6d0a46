/**
 * Concurrent updates of one scenario from many clients, spread over two API processes on
 * one PostgreSQL: an edit names the version it was made from, so of the clients editing the
 * same version exactly one wins and every other one gets CONFLICT; read-modify-write loops
 * that retry on CONFLICT lose no update.
 */
import { UPDATE_SCENARIO } from '../support/fixtures';
import { NO_RATE_LIMIT } from '../support/api-process';
import { type ApiCluster, startApiCluster } from './support/api-cluster';
import { type Answer, answerProblem, errorCodes, post } from './support/client';
import { createDevice, createScenario, READ_SCENARIO } from './support/operations';
import { postgresBinariesMissing } from './support/services';
import { recordTally } from './support/tally';

const skip = postgresBinariesMissing();
const describeWithPostgres = skip ? describe.skip : describe;

const CLIENTS = 16;
const ROUNDS = 6;
const WRITERS = 8;
const INCREMENTS_PER_WRITER = 6;

describeWithPostgres('concurrent updates of one scenario', () => {
  let cluster: ApiCluster;
  let token: string;
  const urlOf = (client: number) => cluster.apis[client % cluster.apis.length]!.url;

  beforeAll(async () => {
    cluster = await startApiCluster({
      processes: 2,
      redis: false,
      env: NO_RATE_LIMIT,
    });
    token = await createDevice(urlOf(0));
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  const update = (client: number, input: Record<string, unknown>): Promise<Answer> =>
    post(urlOf(client), { query: UPDATE_SCENARIO, variables: { input } }, { token });

  const read = async (client: number) => {
    const answer = await post(
      urlOf(client),
      { query: READ_SCENARIO, variables: { id: scenarioId } },
      { token },
    );
    return answer.body.data.scenario as { title: string; version: number };
  };

  let scenarioId = '';

  it(`${CLIENTS} clients editing the same version at once: one wins, ${CLIENTS - 1} get CONFLICT, ${ROUNDS} times`, async () => {
    const saved = await createScenario(urlOf(0), token, 'contested');
    scenarioId = saved.id;
    let version = saved.version;
    let attempts = 0;
    for (let round = 1; round <= ROUNDS; round += 1) {
      const answers = await Promise.all(
        Array.from({ length: CLIENTS }, (_, client) =>
          update(client, { id: scenarioId, version, title: `round ${round} client ${client}` }),
        ),
      );
      attempts += answers.length;
      for (const answer of answers) expect(answerProblem(answer)).toBeUndefined();
      const winners = answers.filter((answer) => answer.body.data?.updateScenario?.scenario);
      const losers = answers.filter((answer) => !answer.body.data?.updateScenario?.scenario);
      expect(winners).toHaveLength(1);
      expect(losers.map((answer) => errorCodes(answer, 'updateScenario'))).toEqual(
        Array(CLIENTS - 1).fill(['CONFLICT']),
      );
      const winner = winners[0]!.body.data.updateScenario.scenario as {
        title: string;
        version: number;
      };
      expect(winner.version).toBe(version + 1);
      // What is stored is the winner's edit, whichever process answers.
      expect(await read(round)).toMatchObject({ title: winner.title, version: version + 1 });
      version += 1;
    }
    recordTally('concurrent-updates', { casesTried: attempts, scenariosChecked: 1 });
  });

  it(`${WRITERS} read-modify-write loops retrying on CONFLICT lose none of their ${WRITERS * INCREMENTS_PER_WRITER} increments`, async () => {
    const saved = await createScenario(urlOf(0), token, 'count 0');
    scenarioId = saved.id;
    let conflicts = 0;
    let attempts = 0;
    const writer = async (client: number) => {
      for (let done = 0; done < INCREMENTS_PER_WRITER;) {
        const current = await read(client);
        const count = Number(/^count (\d+)$/.exec(current.title)?.[1]);
        const answer = await update(client + 1, {
          id: scenarioId,
          version: current.version,
          title: `count ${count + 1}`,
        });
        attempts += 1;
        expect(answerProblem(answer)).toBeUndefined();
        if (answer.body.data?.updateScenario?.scenario) done += 1;
        else {
          expect(errorCodes(answer, 'updateScenario')).toEqual(['CONFLICT']);
          conflicts += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, client) => writer(client)));
    const total = WRITERS * INCREMENTS_PER_WRITER;
    // Every acknowledged increment is in the count, and each one made exactly one version.
    expect(await read(0)).toMatchObject({ title: `count ${total}`, version: 1 + total });
    expect(attempts).toBe(total + conflicts);
    recordTally('concurrent-updates', { casesTried: attempts, scenariosChecked: 1 });
  });
});
