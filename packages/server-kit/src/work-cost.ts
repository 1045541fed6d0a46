/**
 * What the heavy computations cost, in rate-limit points, grown with the work they do: about
 * one point per 10 ms of one core on the reference machine (docs/benchmarks.md), and the
 * largest Monte Carlo run a service computes for one request. Every service charges the same.
 */

/** Paths x steps a service computes for one request (the PWA runs bigger runs on the device). */
export const MAX_SERVER_PATH_STEPS = 2_000_000;

/** An assessment: closed-form figures, a few milliseconds. */
export const ASSESS_COST = 5;
/** Guard rails: a search over leverages and stop placements, each an assessment. */
export const GUARD_RAILS_COST = 50;

/** Path steps per point for odds (paths x steps x positions). */
const ODDS_STEPS_PER_POINT = 2_500;
/** Path points per point for simulate (points x positions). */
const SIMULATE_POINTS_PER_POINT = 400;
/** Path points per point for compare (points x positions x exchanges). */
const COMPARE_POINTS_PER_POINT = 3_500;
/** A shock or to-zero path's moves when `steps` is not given (risk-core's default). */
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

/** Points of a price path argument: its drawn points, or its moves (a replay: the default). */
export function pathPointsOf(path: unknown): number {
  if (typeof path !== 'object' || path === null) return 0;
  const { points, steps } = path as { points?: unknown; steps?: unknown };
  if (Array.isArray(points)) return points.length;
  return typeof steps === 'number' && steps > 0 ? steps : DEFAULT_PATH_STEPS;
}
