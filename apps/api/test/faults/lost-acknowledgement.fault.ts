/**
 * The lost acknowledgement: a createScenario reaches the API and is stored, but the answer
 * never gets back to the client (the phone went offline mid-request). The client retries with
 * the same clientRequestId, possibly through another API process behind the load balancer,
 * and gets the scenario the first request stored; nothing is stored twice. Requests racing
 * with one key through two processes on one PostgreSQL store one scenario too.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { btcLong, CREATE_SCENARIO } from '../support/fixtures';
import { NO_RATE_LIMIT } from '../support/api-process';
import { type ApiCluster, startApiCluster } from './support/api-cluster';
import { answerProblem, post } from './support/client';
import { createDevice } from './support/operations';
import { postgresBinariesMissing } from './support/services';
import { recordTally } from './support/tally';

const skip = postgresBinariesMissing();
const describeWithPostgres = skip ? describe.skip : describe;

const SAVES = 12;
const RACERS = 16;
const RACES = 4;

/**
 * A proxy in front of one API that forwards each request, waits for the whole answer (so the
 * API has finished and committed) and then cuts the connection instead of passing it on.
 */
async function answerCuttingProxy(target: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void fetch(target, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: request.headers.authorization ?? '',
        },
        body: Buffer.concat(chunks),
      })
        .then((answer) => answer.text())
        .finally(() => response.socket?.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, server };
}

describeWithPostgres('lost acknowledgement of a create', () => {
  let cluster: ApiCluster;
  let proxy: { url: string; server: Server };
  const urlOf = (index: number) => cluster.apis[index % cluster.apis.length]!.url;

  beforeAll(async () => {
    cluster = await startApiCluster({
      processes: 2,
      redis: false,
      env: NO_RATE_LIMIT,
    });
    proxy = await answerCuttingProxy(urlOf(0));
  });

  afterAll(async () => {
    await new Promise((resolve) => proxy?.server.close(resolve));
    await cluster?.stop();
  });

  const create = (url: string, token: string, input: Record<string, unknown>) =>
    post(url, { query: CREATE_SCENARIO, variables: { input } }, { token });

  const stored = async (token: string): Promise<{ id: string; title: string }[]> => {
    const answer = await post(
      urlOf(1),
      { query: '{ viewer { scenarios(first: 100) { edges { node { id title } } } } }' },
      { token },
    );
    return answer.body.data.viewer.scenarios.edges.map(
      (edge: { node: { id: string; title: string } }) => edge.node,
    );
  };

  it(`${SAVES} saves whose answer is cut after they were stored: each retry returns that scenario, stored once`, async () => {
    const token = await createDevice(urlOf(0));
    let cut = 0;
    let requests = 0;
    for (let n = 0; n < SAVES; n += 1) {
      const input = { title: `save ${n}`, inputs: btcLong, clientRequestId: randomUUID() };
      requests += 1;
      await expect(create(proxy.url, token, input)).rejects.toThrow();
      cut += 1;
      // The API stored it although the client never heard ...
      const first = (await stored(token)).filter((scenario) => scenario.title === input.title);
      expect(first).toHaveLength(1);
      // ... and the retry, through either process, answers with that very scenario.
      const retry = await create(urlOf(n), token, input);
      requests += 1;
      expect(answerProblem(retry)).toBeUndefined();
      expect(retry.body.data.createScenario).toMatchObject({
        scenario: { id: first[0]!.id, title: input.title, version: 1 },
        userErrors: [],
      });
    }
    const titles = (await stored(token)).map((scenario) => scenario.title).sort();
    const expected = Array.from({ length: SAVES }, (_, n) => `save ${n}`).sort();
    const lost = expected.filter((title) => !titles.includes(title)).length;
    recordTally('lost-acknowledgement', {
      casesTried: requests,
      faultsInjected: cut,
      scenariosChecked: titles.length,
      lost,
    });
    expect(titles).toEqual(expected);
  });

  it(`${RACERS} requests racing with one key through two processes store one scenario (${RACES} races)`, async () => {
    const token = await createDevice(urlOf(0));
    for (let race = 0; race < RACES; race += 1) {
      const input = { title: `race ${race}`, inputs: btcLong, clientRequestId: randomUUID() };
      const answers = await Promise.all(
        Array.from({ length: RACERS }, (_, client) => create(urlOf(client), token, input)),
      );
      for (const answer of answers) expect(answerProblem(answer)).toBeUndefined();
      const ids = new Set(answers.map((answer) => answer.body.data.createScenario.scenario?.id));
      expect([...ids]).toEqual([expect.any(String)]);
    }
    const titles = (await stored(token)).map((scenario) => scenario.title).sort();
    recordTally('lost-acknowledgement', {
      casesTried: RACERS * RACES,
      scenariosChecked: titles.length,
    });
    expect(titles).toEqual(Array.from({ length: RACES }, (_, race) => `race ${race}`).sort());
  });
});
