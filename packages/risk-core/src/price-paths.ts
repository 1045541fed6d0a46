/**
 * Price paths for the crash lab: a shock (-X% over T), a crash to zero, a stylized replay of
 * a documented historical crash, or points the user drew. A path is validated once and
 * resolved to timestamps plus either multiples of the starting price (shock, to_zero, replay:
 * applied to every asset, or to `asset` only) or absolute prices of one asset (points).
 * Prices never go below zero.
 */
import { historicalCrashes } from './crashes/index.js';
import { Decimal, ONE, ZERO, parseDecimal } from './decimal.js';
import { ValidationError } from './errors.js';

export interface PricePointInput {
  timeMs: number;
  price: string;
}

interface PathCommon {
  /** Asset the path moves; the others stay at their current prices. Default: every asset
   * (relative paths) or the first position's asset (points). */
  asset?: string;
}

export interface ShockPathInput extends PathCommon {
  kind: 'shock';
  /** Fall in percent of the starting price, e.g. "30"; at most 100. A negative value is a rise
   * (a short squeeze), e.g. "-50" for +50%. */
  dropPercent: string;
  /** Time over which the price moves, in milliseconds. */
  durationMs: number;
  /** Number of equal moves; 1 is a gap (a single jump). Default 60. */
  steps?: number;
}

export interface ToZeroPathInput extends PathCommon {
  kind: 'to_zero';
  durationMs: number;
  steps?: number;
}

export interface ReplayPathInput extends PathCommon {
  kind: 'replay';
  /** Id of one of `historicalCrashes`. The price moves in a straight line between the
   * published waypoints (120 points per stretch). */
  crashId: string;
}

export interface PointsPathInput extends PathCommon {
  kind: 'points';
  points: PricePointInput[];
}

export type PricePathInput = ShockPathInput | ToZeroPathInput | ReplayPathInput | PointsPathInput;

export interface ResolvedPricePath {
  /** The asset moved, or null for every asset (relative paths only). */
  asset: string | null;
  /** 'relative': a price is the asset's starting price times value / base (kept as a
   * fraction so a replay gives back the published prices exactly); 'absolute': prices. */
  scale: 'relative' | 'absolute';
  base: Decimal;
  timesMs: number[];
  values: Decimal[];
}

const DEFAULT_STEPS = 60;
const MAX_STEPS = 100_000;
const MAX_POINTS = 100_000;
const HUNDRED = new Decimal(100);
/** Points per stretch between two published waypoints of a replayed crash. */
const REPLAY_STEPS_PER_SEGMENT = 120;

/** Validates a price path and resolves it to timestamps and values; field names start with `field`. */
export function resolvePricePath(input: unknown, field = 'path'): ResolvedPricePath {
  if (typeof input !== 'object' || input === null)
    throw new ValidationError(field, input, 'required');
  const path = input as Record<string, unknown>;
  const asset = parseAsset(`${field}.asset`, path.asset);
  switch (path.kind) {
    case 'shock': {
      const drop = parseDecimal(`${field}.dropPercent`, path.dropPercent);
      if (drop.greaterThan(HUNDRED)) {
        throw new ValidationError(
          `${field}.dropPercent`,
          path.dropPercent,
          'within_range',
          'a price cannot fall more than 100%',
        );
      }
      return linearMove(field, path, ONE.minus(drop.div(HUNDRED)), asset);
    }
    case 'to_zero':
      return linearMove(field, path, ZERO, asset);
    case 'replay':
      return replay(field, path.crashId, asset);
    case 'points':
      return points(field, path.points, asset);
    default:
      throw new ValidationError(
        `${field}.kind`,
        path.kind,
        'one_of',
        "must be 'shock', 'to_zero', 'replay' or 'points'",
      );
  }
}

/** The path as plain points for a chart, given the starting price of the asset it moves. */
export function pricePathPoints(path: ResolvedPricePath, startPrice: Decimal): PricePointInput[] {
  return path.timesMs.map((timeMs, index) => ({
    timeMs,
    price: pathPrice(path, index, startPrice).toFixed(),
  }));
}

/** Price at a path point for an asset that started at `startPrice`. */
export function pathPrice(path: ResolvedPricePath, index: number, startPrice: Decimal): Decimal {
  const value = path.values[index] ?? ZERO;
  return path.scale === 'relative' ? startPrice.times(value).div(path.base) : value;
}

function linearMove(
  field: string,
  path: Record<string, unknown>,
  endFactor: Decimal,
  asset: string | null,
): ResolvedPricePath {
  const durationMs = parseWholeNumber(`${field}.durationMs`, path.durationMs, 1);
  const requestedSteps =
    path.steps === undefined ? DEFAULT_STEPS : parseWholeNumber(`${field}.steps`, path.steps, 1);
  if (requestedSteps > MAX_STEPS)
    throw new ValidationError(`${field}.steps`, path.steps, 'too_many');
  // Timestamps are whole milliseconds and must increase, so never more steps than milliseconds.
  const steps = Math.min(requestedSteps, durationMs);
  const timesMs: number[] = [];
  const values: Decimal[] = [];
  const fall = ONE.minus(endFactor);
  for (let step = 0; step <= steps; step += 1) {
    timesMs.push(Math.round((durationMs * step) / steps));
    values.push(ONE.minus(fall.times(step).div(steps)));
  }
  return { asset, scale: 'relative', base: ONE, timesMs, values };
}

function replay(field: string, crashId: unknown, asset: string | null): ResolvedPricePath {
  const crash = historicalCrashes.find((candidate) => candidate.id === crashId);
  if (crash === undefined) {
    throw new ValidationError(
      `${field}.crashId`,
      crashId,
      'one_of',
      `must be one of ${historicalCrashes.map((c) => c.id).join(', ')}`,
    );
  }
  // Published waypoints are hours or days apart; a straight line between them (not a gap)
  // is the stylized replay, so each segment is cut into REPLAY_STEPS_PER_SEGMENT moves.
  const timesMs: number[] = [];
  const values: Decimal[] = [];
  crash.waypoints.forEach((waypoint, index) => {
    const previous = crash.waypoints[index - 1];
    const price = new Decimal(waypoint.price);
    if (previous !== undefined) {
      const from = new Decimal(previous.price);
      const steps = Math.min(REPLAY_STEPS_PER_SEGMENT, waypoint.timeMs - previous.timeMs);
      for (let step = 1; step < steps; step += 1) {
        timesMs.push(
          previous.timeMs + Math.round(((waypoint.timeMs - previous.timeMs) * step) / steps),
        );
        values.push(from.plus(price.minus(from).times(step).div(steps)));
      }
    }
    timesMs.push(waypoint.timeMs);
    values.push(price);
  });
  return {
    asset,
    scale: 'relative',
    base: new Decimal(crash.waypoints[0]?.price ?? '1'),
    timesMs,
    values,
  };
}

function points(field: string, input: unknown, asset: string | null): ResolvedPricePath {
  if (!Array.isArray(input)) throw new ValidationError(`${field}.points`, input, 'required');
  if (input.length === 0) throw new ValidationError(`${field}.points`, input, 'non_empty');
  if (input.length > MAX_POINTS)
    throw new ValidationError(`${field}.points`, input.length, 'too_many');
  const timesMs: number[] = [];
  const values: Decimal[] = [];
  input.forEach((point: unknown, index) => {
    const at = `${field}.points.${index}`;
    if (typeof point !== 'object' || point === null)
      throw new ValidationError(at, point, 'required');
    const { timeMs, price } = point as Record<string, unknown>;
    const time = parseWholeNumber(`${at}.timeMs`, timeMs, 0);
    const previous = timesMs[timesMs.length - 1];
    if (previous !== undefined && time <= previous)
      throw new ValidationError(`${at}.timeMs`, timeMs, 'sorted_timestamps');
    const value = parseDecimal(`${at}.price`, price);
    if (value.isNegative()) throw new ValidationError(`${at}.price`, price, 'non_negative');
    timesMs.push(time);
    values.push(value);
  });
  return { asset, scale: 'absolute', base: ONE, timesMs, values };
}

function parseAsset(field: string, value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || value.trim().length === 0)
    throw new ValidationError(field, value, 'required');
  return value;
}

function parseWholeNumber(field: string, value: unknown, minimum: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new ValidationError(field, value, 'finite_number');
  if (!Number.isInteger(value)) throw new ValidationError(field, value, 'integer');
  if (value < minimum)
    throw new ValidationError(field, value, minimum > 0 ? 'positive' : 'non_negative');
  if (value > Number.MAX_SAFE_INTEGER) throw new ValidationError(field, value, 'within_range');
  return value;
}
