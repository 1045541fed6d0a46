/**
 * The heavy computations a service hands to its worker threads, as plain data (they cross a
 * thread boundary by structured clone), and the one function a worker runs on them: risk-core,
 * nothing else.
 */
import {
  compare,
  type Comparison,
  estimateOdds,
  guardRails,
  type GuardRails,
  type OddsOptions,
  type OddsResult,
  type PricePathInput,
  type SafeguardProfile,
  type ScenarioInput,
  simulate,
  type Simulation,
  type SimulationOptions,
} from '@belowzero/risk-core';

export type ComputeTask =
  | {
      kind: 'simulate';
      input: ScenarioInput;
      profile: SafeguardProfile;
      path: PricePathInput;
      options: SimulationOptions;
    }
  | { kind: 'odds'; input: ScenarioInput; profile: SafeguardProfile; options: OddsOptions }
  | {
      kind: 'compare';
      input: ScenarioInput;
      profiles: SafeguardProfile[];
      path: PricePathInput | undefined;
    }
  | { kind: 'guardRails'; input: ScenarioInput; profile: SafeguardProfile; gapPercent: string };

/** What each kind of task answers. */
export interface ComputeResults {
  simulate: Simulation;
  odds: OddsResult;
  compare: Comparison;
  guardRails: GuardRails;
}

export type ComputeResult = ComputeResults[ComputeTask['kind']];

/** The profiles a task computes with. */
export function taskProfiles(task: ComputeTask): SafeguardProfile[] {
  return task.kind === 'compare' ? task.profiles : [task.profile];
}

/** The task with these profiles in place of its own (in the same order). */
export function withTaskProfiles(task: ComputeTask, profiles: SafeguardProfile[]): ComputeTask {
  if (task.kind === 'compare') return { ...task, profiles };
  // Stripped for the trip to a worker, the single profile is put back there before it runs.
  return { ...task, profile: profiles[0] as SafeguardProfile };
}

/** A stored profile version's name: the same slug and version are always the same profile. */
export const profileRef = (profile: SafeguardProfile): string =>
  `${profile.slug}@${profile.version}`;

/**
 * A task as it crosses to a worker thread: its profiles named, not copied. A worker keeps
 * every profile it has been sent, so each version is cloned across once per thread, not once
 * per request (26 profiles with their tables made compare 7x slower when sent every time).
 */
export interface WireTask {
  task: ComputeTask;
  refs: string[];
  /** Profiles sent along: none at first, all of them when the worker lacked one. */
  supplied: SafeguardProfile[];
}

export async function runTask(task: ComputeTask): Promise<ComputeResult> {
  switch (task.kind) {
    case 'simulate':
      return simulate(task.input, task.profile, task.path, task.options);
    case 'odds':
      return estimateOdds(task.input, task.profile, task.options);
    case 'compare':
      return compare(task.input, task.profiles, task.path);
    case 'guardRails':
      return guardRails(task.input, task.profile, task.gapPercent);
  }
}
