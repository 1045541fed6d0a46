/**
 * A service's worker threads for the heavy computations (piscina): the main thread only parses,
 * checks, routes and answers, so one request's Monte Carlo never holds up another's answer.
 * Each task has a time limit and ends when its client goes away (piscina stops the thread
 * running it); the queue is bounded, and a full queue is refused (ServiceUnavailableError, with
 * retry-after) instead of piling up work nobody will wait for.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ValidationError } from '@belowzero/risk-core';
import { Piscina } from 'piscina';
import { ServiceUnavailableError } from '../errors.js';
import {
  type ComputeResults,
  type ComputeTask,
  profileRef,
  taskProfiles,
  type WireTask,
  withTaskProfiles,
} from './tasks.js';
import type { WorkerAnswer } from './worker.js';

export interface ComputeSettings {
  /** Worker threads; the main thread keeps a core of its own when there are several. */
  threads: number;
  /** Tasks that may wait for a thread; past it a request is refused, not queued. */
  maxQueue: number;
  /** Longest a task may take, waiting included. */
  timeoutMs: number;
}

/** One thread per core but one, and at least one. */
export const defaultComputeThreads = Math.max(1, availableParallelism() - 1);

/** Seconds a refused client is told to wait: about one typical heavy task. */
const BUSY_RETRY_AFTER_SECONDS = 5;

export class ComputePool {
  private readonly pool: Piscina;

  constructor(private readonly settings: ComputeSettings) {
    this.pool = new Piscina({
      filename: join(__dirname, 'worker.js'),
      minThreads: settings.threads,
      maxThreads: settings.threads,
    });
  }

  /** Runs the task on a worker thread; `signal` aborts it (the client went away). */
  async run<Kind extends ComputeTask['kind']>(
    task: Extract<ComputeTask, { kind: Kind }>,
    signal: AbortSignal,
  ): Promise<ComputeResults[Kind]> {
    // Bounded here: piscina 5's own maxQueue lets tasks past it while every thread is busy.
    if (this.pool.queueSize >= this.settings.maxQueue) throw busy();
    const timeout = AbortSignal.timeout(this.settings.timeoutMs);
    const stop = AbortSignal.any([signal, timeout]);
    const profiles = taskProfiles(task);
    const wire = { task: withTaskProfiles(task, []), refs: profiles.map(profileRef) };
    let answer: WorkerAnswer;
    try {
      answer = await this.send({ ...wire, supplied: [] }, stop);
      if ('missingProfiles' in answer)
        answer = await this.send({ ...wire, supplied: profiles }, stop);
    } catch (error) {
      throw this.refusal(error, timeout, signal);
    }
    if (answer.ok) return answer.result as ComputeResults[Kind];
    if ('missingProfiles' in answer)
      throw new Error('a compute thread lost the profiles it was sent');
    const { field, value, rule, message } = answer.validation;
    const validation = new ValidationError(field, value, rule);
    validation.message = message;
    throw validation;
  }

  private async send(wire: WireTask, stop: AbortSignal): Promise<WorkerAnswer> {
    return (await this.pool.run(wire, { signal: stop })) as WorkerAnswer;
  }

  async close(): Promise<void> {
    await this.pool.close({ force: true });
  }

  private refusal(error: unknown, timeout: AbortSignal, client: AbortSignal): unknown {
    if (timeout.aborted) {
      return new ServiceUnavailableError(
        `The computation did not finish within ${this.settings.timeoutMs / 1000} s; ` +
          'ask for fewer paths, steps or exchanges, or retry when the server is less busy.',
        BUSY_RETRY_AFTER_SECONDS,
      );
    }
    // Nobody reads this answer; typed, so the log does not count it an unexpected failure.
    if (client.aborted) return new ServiceUnavailableError('Stopped: the client went away.');
    return error;
  }
}

function busy(): ServiceUnavailableError {
  return new ServiceUnavailableError(
    'The server is busy with other computations; retry shortly.',
    BUSY_RETRY_AFTER_SECONDS,
  );
}
