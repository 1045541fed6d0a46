/**
 * The crash lab's figures, all from risk-core: the run along the chosen price path and the
 * equity curve of the charted asset. Shared by the screen (components/CrashLab.tsx) and its
 * page, which computes the default scenario's at build time (app/crash/page.tsx).
 */
import {
  simulate,
  type SafeguardProfile,
  type ScenarioInput,
  type Simulation,
} from '@belowzero/risk-core';
import { defaultCrash, toPricePath, type CrashSettings } from './crash-settings';
import { defaultScenario } from './default-scenario';
import type { ChartPoint } from '../../components/EquityChart';
import { chartRange, equityCurve } from './equity-curve';
import type { FieldError } from '../format/field-error';
import { asFieldError, checkScenario, type ScenarioCheck } from './scenario-check';

export type CrashRun =
  { simulation: Simulation; error: null } | { simulation: null; error: FieldError };

export function crashRun(
  scenario: ScenarioInput,
  profile: SafeguardProfile,
  settings: CrashSettings,
): CrashRun {
  try {
    return {
      simulation: simulate(scenario, profile, toPricePath(settings), {
        insuranceFundScale: settings.fundScale,
      }),
      error: null,
    };
  } catch (error) {
    return { simulation: null, error: asFieldError(error) };
  }
}

/** The asset the chart follows: the path's, or the first position's. */
export function chartAssetOf(scenario: ScenarioInput, settings: CrashSettings): string {
  return settings.asset || scenario.account.positions[0]?.asset || '';
}

export function crashCurve(
  scenario: ScenarioInput,
  check: ScenarioCheck,
  asset: string,
): ChartPoint[] {
  if (!check.ok || !asset) return [];
  const { low, high } = chartRange(check.assessment, asset);
  return equityCurve(scenario, check.profile, asset, low, high);
}

export interface InitialCrash {
  run: CrashRun;
  curve: ChartPoint[];
}

/** The default scenario under the default path, as the prerendered page shows it. */
export function initialCrash(): InitialCrash | undefined {
  const check = checkScenario(defaultScenario);
  if (!check.ok) return undefined;
  return {
    run: crashRun(defaultScenario, check.profile, defaultCrash),
    curve: crashCurve(defaultScenario, check, chartAssetOf(defaultScenario, defaultCrash)),
  };
}
