/**
 * The heavy computations the API hands to its worker threads, as plain data (they cross a
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
