/**
 * What a tool needs from the process serving it: the exchange profiles it answers with, the
 * worker threads that run heavy work, and the caller's budget (the API's cost points; a local
 * stdio user has no budget to keep).
 */
import type { SafeguardProfile } from '@belowzero/risk-core';
import type { ComputeResults, ComputeTask } from '@belowzero/server-kit';

export interface ToolContext {
  /** The current version of every exchange profile. */
  profiles: readonly SafeguardProfile[];
  compute<Kind extends ComputeTask['kind']>(
    task: Extract<ComputeTask, { kind: Kind }>,
    signal: AbortSignal,
  ): Promise<ComputeResults[Kind]>;
  /** Takes `cost` points from the caller's budget; throws a ToolRefusal when it lacks them. */
  charge(cost: number): Promise<void>;
}
