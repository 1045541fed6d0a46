/**
 * PostgreSQL goes away under load and comes back. The API runs on a throwaway cluster of
 * its own (the machine's shared PostgreSQL is never touched); writers keep saving scenarios
 * while the cluster is crashed (`immediate`: crash recovery from the WAL) and, in a second
 * outage, shut down (`fast`). During an outage every request gets a clear typed error
 * quickly (no hang): HTTP 503, `extensions.code` SERVICE_UNAVAILABLE and a retry-after
 * header, so a client knows to retry rather than report a bug; afterwards the same API
 * process serves again with no restart, and every scenario it acknowledged is still there,
 * unchanged.
 */
import { isDeepStrictEqual } from 'node:util';
import { NO_RATE_LIMIT } from '../support/api-process';
import { type ApiCluster, startApiCluster } from './support/api-cluster';
import { type Answer, answerProblem, post } from './support/client';
import { CREATE_SCENARIO, btcLong } from '../support/fixtures';
import { createDevice, READ_SCENARIO } from './support/operations';
import { postgresBinariesMissing } from './support/services';
import { recordTally } from './support/tally';

const skip = postgresBinariesMissing();
const describeWithPostgres = skip ? describe.skip : describe;

const WRITERS = 4;
/** How long the load runs before and during each outage. */
const PHASE_MS = 2_000;
const RECOVERY_DEADLINE_MS = 30_000;

interface Acknowledged {
  token: string;
  /** The scenario as the API acknowledged it. */
  scenario: { id: string; title: string };
}

type Phase = 'up' | 'stopping' | 'down' | 'recovering';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeWithPostgres('PostgreSQL outage under load', () => {
  let cluster: ApiCluster;

  beforeAll(async () => {
    cluster = await startApiCluster({
      processes: 1,
      redis: false,
      env: NO_RATE_LIMIT,
    });
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  it('fails clearly during two outages, recovers without a restart and keeps every acknowledged scenario', async () => {
    const url = cluster.apis[0]!.url;
    const tokens = await Promise.all(Array.from({ length: WRITERS }, () => createDevice(url)));
    const acknowledged: Acknowledged[] = [];
    const outageAnswers: Answer[] = [];
    const unexpected: string[] = [];
    let phase: Phase = 'up';
    let sent = 0;
    let running = true;

    const writer = async (writerIndex: number) => {
      const token = tokens[writerIndex]!;
      for (let n = 0; running; n += 1) {
        const sentIn = phase;
        const title = `writer ${writerIndex} save ${n}`;
        sent += 1;
        let answer: Answer;
        try {
          answer = await post(
            url,
            { query: CREATE_SCENARIO, variables: { input: { title, inputs: btcLong } } },
            { token, timeoutMs: 10_000 },
          );
        } catch (error) {
          unexpected.push(
            `no answer (${sentIn}): ${error instanceof Error ? error.message : String(error)}`,
          );
          continue;
        }
        const scenario = answer.body?.data?.createScenario?.scenario;
        if (scenario) {
          expect(scenario.title).toBe(title);
          acknowledged.push({ token, scenario });
          continue;
        }
        if (sentIn === 'up' && phase === 'up')
          unexpected.push(`failed while PostgreSQL was up: ${answer.text.slice(0, 300)}`);
        else outageAnswers.push(answer);
        await sleep(50); // a failing client backs off a little, as the PWA's queue does
      }
    };

    const load = Promise.all(tokens.map((_, index) => writer(index)));
    const outages: ('immediate' | 'fast')[] = ['immediate', 'fast'];
    for (const mode of outages) {
      await sleep(PHASE_MS);
      const before = acknowledged.length;
      expect(before).toBeGreaterThan(0);
      phase = 'stopping';
      await cluster.postgres.stop(mode);
      phase = 'down';
      await sleep(PHASE_MS);
      phase = 'recovering';
      await cluster.postgres.start();
      // The same API process serves again once PostgreSQL is back, with no restart.
      const deadline = Date.now() + RECOVERY_DEADLINE_MS;
      while (acknowledged.length === before && Date.now() < deadline) await sleep(100);
      if (acknowledged.length === before) {
        running = false;
        await load;
        throw new Error(
          `no save acknowledged within ${RECOVERY_DEADLINE_MS} ms after the ${mode} outage; last answers:\n${outageAnswers
            .slice(-3)
            .map((answer) => answer.text)
            .join('\n')}\nAPI log:\n${cluster.apis[0]!.logLines.slice(-5).join('\n')}`,
        );
      }
      phase = 'up';
    }
    await sleep(PHASE_MS);
    running = false;
    await load;

    expect(unexpected).toEqual([]);

    // Every acknowledged scenario is still there, exactly as acknowledged: every field the
    // acknowledgement carried (inputs, version, timestamps, share) is unchanged.
    const changed: string[] = [];
    for (const { token, scenario } of acknowledged) {
      const answer = await post(
        url,
        { query: READ_SCENARIO, variables: { id: scenario.id } },
        { token },
      );
      if (!isDeepStrictEqual(answer.body?.data?.scenario, scenario)) {
        changed.push(`acknowledged ${JSON.stringify(scenario)}\nnow ${answer.text}`);
      }
    }
    const lost = changed.length;
    recordTally('postgres-outage', {
      casesTried: sent,
      faultsInjected: outages.length,
      scenariosChecked: acknowledged.length,
      lost,
    });
    expect(changed.slice(0, 3)).toEqual([]);

    // Each failure during an outage was a clear, typed, retryable error.
    expect(outageAnswers.length).toBeGreaterThan(0);
    const unclear = outageAnswers
      .filter(
        (answer) =>
          answerProblem({ ...answer, status: answer.status === 503 ? 200 : answer.status }) !==
            undefined ||
          answer.status !== 503 ||
          answer.body?.errors?.[0]?.extensions?.code !== 'SERVICE_UNAVAILABLE' ||
          !answer.headers.has('retry-after'),
      )
      .map(
        (answer) =>
          `HTTP ${answer.status} retry-after ${answer.headers.get('retry-after')}: ${answer.text.slice(0, 200)}`,
      );
    expect([...new Set(unclear)]).toEqual([]);
  });
});
