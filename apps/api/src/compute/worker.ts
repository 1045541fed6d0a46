/**
 * A compute worker thread (piscina): runs one task and answers it as plain data. risk-core's
 * ValidationError does not survive the trip between threads as its class, so it travels as
 * its fields and the pool raises it again (pool.ts).
 */
import { ValidationError } from '@belowzero/risk-core';
import { type ComputeResult, type ComputeTask, runTask } from './tasks.js';

export interface ValidationFailure {
  field: string;
  value: unknown;
  rule: ValidationError['rule'];
  message: string;
}

export type WorkerAnswer =
  { ok: true; result: ComputeResult } | { ok: false; validation: ValidationFailure };

export default async function compute(task: ComputeTask): Promise<WorkerAnswer> {
  try {
    return { ok: true, result: await runTask(task) };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const { field, value, rule, message } = error;
    return { ok: false, validation: { field, value, rule, message } };
  }
}
