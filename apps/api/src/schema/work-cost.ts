/**
 * What the heavy fields cost, in rate-limit points (server-kit's work costs, the same for every
 * service). The static cost (charged before anything runs) reads the arguments; a saved or
 * shared scenario, whose positions are known only once loaded, counts as one position there and
 * its resolver charges the rest (chargeActualWork).
 */
import { MAX_POSITIONS } from '@belowzero/risk-core';
import { profiles } from '@belowzero/risk-core/profiles';
import {
  compareCost,
  MAX_SERVER_PATH_STEPS,
  oddsCost,
  pathPointsOf,
  simulateCost,
} from '@belowzero/server-kit';
import type { ApiContext } from './context.js';

type Args = Record<string, unknown>;

/** Positions of an inline scenario argument; 1 for a saved or shared one (charged when loaded). */
export function inlinePositionsOf(scenario: unknown): number {
  const inputs = (scenario as { inputs?: { account?: { positions?: unknown } } } | undefined)
    ?.inputs;
  const positions = inputs?.account?.positions;
  return Array.isArray(positions) ? Math.max(1, Math.min(positions.length, MAX_POSITIONS)) : 1;
}

/** A run past the API's size limit is priced at the limit: its resolver refuses it, naming the field. */
export const oddsComplexity = ({ args }: { args: Args }) => {
  const options = (args.options ?? {}) as { paths?: unknown; steps?: unknown };
  const pathSteps = Math.min(Number(options.paths) * Number(options.steps), MAX_SERVER_PATH_STEPS);
  return oddsCost(pathSteps, 1, inlinePositionsOf(args.scenario));
};

export const simulateComplexity = ({ args }: { args: Args }) =>
  simulateCost(pathPointsOf(args.path), inlinePositionsOf(args.scenario));

export const compareComplexity = ({ args }: { args: Args }) =>
  compareCost(
    pathPointsOf(args.path),
    inlinePositionsOf(args.scenario),
    Array.isArray(args.exchanges) ? args.exchanges.length : profiles.length,
  );

/**
 * Charges what the work really done adds to the static cost: `actual` is the field's cost for
 * the loaded scenario (and exchanges), `counted` what the static cost took for it.
 */
export async function chargeActualWork(
  context: ApiContext,
  actual: number,
  counted: number,
): Promise<void> {
  if (actual > counted) await context.chargeWork(actual - counted);
}
