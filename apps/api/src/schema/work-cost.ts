/**
 * What the heavy fields cost, in rate-limit points, grown with the work they do: about one
 * point per 10 ms of one core on the reference machine (docs/benchmarks.md). The static cost
 * (charged before anything runs) reads the arguments; a saved or shared scenario, whose
 * positions are known only once loaded, counts as one position there and its resolver charges
 * the rest (chargeActualWork).
 */
import { MAX_POSITIONS, profiles } from '@belowzero/risk-core';
import type { ApiContext } from './context.js';
import { MAX_SERVER_PATH_STEPS } from './odds.js';

/** Path steps per point for odds (paths x steps x positions). */
const ODDS_STEPS_PER_POINT = 2_500;
/** Path points per point for simulate (points x positions). */
const SIMULATE_POINTS_PER_POINT = 400;
/** Path points per point for compare (points x positions x exchanges). */
const COMPARE_POINTS_PER_POINT = 3_500;
/** A SHOCK or TO_ZERO path's moves when `steps` is not given (risk-core's default). */
const DEFAULT_PATH_STEPS = 60;

const perPoint = (work: number, divisor: number) =>
  Number.isFinite(work) && work > 0 ? Math.ceil(work / divisor) : 0;

export function oddsCost(paths: number, steps: number, positions: number): number {
  return 10 + perPoint(paths * steps * positions, ODDS_STEPS_PER_POINT);
}

export function simulateCost(pathPoints: number, positions: number): number {
  return 20 + perPoint(pathPoints * positions, SIMULATE_POINTS_PER_POINT);
}

export function compareCost(pathPoints: number, positions: number, exchanges: number): number {
  return 50 + perPoint(pathPoints * positions * exchanges, COMPARE_POINTS_PER_POINT);
}

type Args = Record<string, unknown>;

/** Points of a price path argument: its drawn points, or its moves (a replay: the default). */
export function pathPointsOf(path: unknown): number {
  if (typeof path !== 'object' || path === null) return 0;
  const { points, steps } = path as { points?: unknown; steps?: unknown };
  if (Array.isArray(points)) return points.length;
  return typeof steps === 'number' && steps > 0 ? steps : DEFAULT_PATH_STEPS;
}

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
