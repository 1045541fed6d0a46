/**
 * A compute worker thread (piscina): runs one task and answers it as plain data. It keeps
 * every profile version it has been sent (tasks name them: tasks.ts, WireTask). risk-core's
 * ValidationError does not survive the trip between threads as its class, so it travels as
 * its fields and the pool raises it again (pool.ts).
 */
import { type SafeguardProfile, ValidationError } from '@belowzero/risk-core';
import {
  type ComputeResult,
  profileRef,
  runTask,
  type WireTask,
  withTaskProfiles,
} from './tasks.js';

export interface ValidationFailure {
  field: string;
  value: unknown;
  rule: ValidationError['rule'];
  message: string;
}

export type WorkerAnswer =
  | { ok: true; result: ComputeResult }
  | { ok: false; validation: ValidationFailure }
  /** This thread has not been sent one of the task's profiles yet: send them along. */
  | { ok: false; missingProfiles: true };

/** Every profile version this thread has been sent, by slug@version (they never change). */
const known = new Map<string, SafeguardProfile>();

export default async function compute({ task, refs, supplied }: WireTask): Promise<WorkerAnswer> {
  for (const profile of supplied) known.set(profileRef(profile), profile);
  const profiles = refs.map((ref) => known.get(ref));
  if (profiles.some((profile) => profile === undefined))
    return { ok: false, missingProfiles: true };
  try {
    return {
      ok: true,
      result: await runTask(withTaskProfiles(task, profiles as SafeguardProfile[])),
    };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const { field, value, rule, message } = error;
    return { ok: false, validation: { field, value, rule, message } };
  }
}
