/**
 * Where a pool crosses a threshold (liquidation, margin call, bankruptcy): the price of one
 * asset solved with every leg's tier consistent at the solution (docs/design/risk-model.md,
 * "Linear"), and the lowest equity a pool can reach.
 */
import {
  type Leg,
  type Pool,
  type PriceAxis,
  type Prices,
  bracketMeasure,
  fromAxis,
  legRequirementAt,
  legValueAt,
  poolFeeToCloseAt,
  toAxis,
} from './pool.js';
import { Decimal, ONE, ZERO } from '../decimal.js';
import { type Affine, scale, solveEqual, sum } from './affine.js';
import { type MarginTier, tierIndexFor } from './tiers.js';

export interface ThresholdSolution {
  /** The price of the moving asset at which the threshold is crossed, or null if none (> 0). */
  price: Decimal | null;
  /** Tier of each leg of the moving asset at that price (by leg order within the pool). */
  tiers: ReadonlyMap<Leg, MarginTier | null>;
  /** False when no tier assignment was self-consistent (a whole-position table jumps): the
   * price is then where the measure reaches the higher bracket (one moving leg), or the
   * candidate nearest the current price (several). */
  consistent: boolean;
}

/**
 * Solves value = k * requirement for the price of `asset`, every other asset held at its
 * current price. The tier of each moving leg must be the tier of its measure AT the
 * solution: start from the current tiers, solve, check, move each leg one bracket towards
 * where its measure landed, re-solve, until consistent (docs/design/risk-model.md, "Linear").
 */
export function solveThreshold(
  pool: Pool,
  asset: string,
  k: Decimal,
  prices: Prices,
): ThresholdSolution {
  return thresholdSolver(pool, asset, prices)(k);
}

const NO_REQUIREMENT: Affine = { constant: ZERO, slope: ZERO };

/** What every threshold of one pool and moving asset shares (see thresholdSolver). */
interface MovingLegs {
  legs: Leg[];
  axis: PriceAxis;
  /** The current price on the legs' axis. */
  u0: Decimal;
  /** Each leg's tier index at the current price. */
  currentIndexes: number[];
}

/** A leg's tier index at u (the last bracket past the table; -1 for a leg without tiers). */
function tierIndexAt(leg: Leg, u: Decimal | null): number {
  if (leg.schedule === null) return -1;
  const index = tierIndexFor(leg.schedule, bracketMeasure(leg.measureAt(u ?? ZERO)));
  return index < 0 ? leg.schedule.tiers.length - 1 : index;
}

function tiersOf(moving: MovingLegs, indexes: number[]): (MarginTier | null)[] {
  return moving.legs.map((leg, i) =>
    leg.schedule === null ? null : (leg.schedule.tiers[indexes[i] ?? 0] ?? null),
  );
}

/**
 * solveThreshold for several thresholds k of one pool and asset (assess asks for three):
 * the legs, the moving legs' value and their tiers at the current price are worked out once.
 */
export function thresholdSolver(
  pool: Pool,
  asset: string,
  prices: Prices,
): (k: Decimal) => ThresholdSolution {
  const legs = pool.legs.filter((leg) => leg.asset === asset);
  const fixed = pool.legs.filter((leg) => leg.asset !== asset);
  const movingValue = sum(legs.map((leg) => leg.value));
  const movingFeeToClose = sum(legs.map((leg) => leg.feeToClose ?? NO_REQUIREMENT));
  const axis = legs[0]?.axis ?? 'price';
  const u0 = toAxis(axis, prices.get(asset) ?? ZERO);
  const moving: MovingLegs = {
    legs,
    axis,
    u0,
    currentIndexes: legs.map((leg) => tierIndexAt(leg, u0)),
  };
  return (k) => {
    // k = 0 (bankruptcy: equity = 0, or equity = the fee to close where the venue's bankruptcy
    // price includes it) does not depend on the tiers.
    const tierFree = k.isZero();
    const base = fixed.reduce(
      (total, leg) =>
        total.plus(legValueAt(leg, prices)).minus(k.times(legRequirementAt(leg, prices))),
      tierFree
        ? pool.constant.minus(poolFeeToCloseAt({ ...pool, legs: fixed }, prices))
        : pool.constant,
    );
    const value = { constant: base.plus(movingValue.constant), slope: movingValue.slope };
    const solveWith = (tiers: (MarginTier | null)[]): Decimal | null => {
      const scaled = tierFree
        ? movingFeeToClose
        : scale(sum(legs.map((leg, i) => leg.requirement(tiers[i] ?? null))), k);
      const u = solveEqual(value, scaled);
      return u !== null && u.isFinite() && u.greaterThan(0) ? u : null;
    };
    return solveForTiers(moving, solveWith, tierFree);
  };
}

/** The tier iteration of solveThreshold (see there) for one threshold, given how to solve
 * it for a tier of each moving leg. */
function solveForTiers(
  moving: MovingLegs,
  solveWith: (tiers: (MarginTier | null)[]) => Decimal | null,
  tierFree: boolean,
): ThresholdSolution {
  const { legs, axis, u0 } = moving;
  let indexes = moving.currentIndexes;
  const tried: { u: Decimal | null; indexes: number[] }[] = [];
  const seen = new Set<string>();
  for (;;) {
    const key = indexes.join(',');
    const u = solveWith(tiersOf(moving, indexes));
    tried.push({ u, indexes });
    seen.add(key);
    const targets = tierFree ? indexes : legs.map((leg) => tierIndexAt(leg, u));
    if (targets.every((t, i) => t === indexes[i])) {
      return {
        price: u === null ? null : fromAxis(axis, u),
        tiers: tierMap(legs, tiersOf(moving, indexes)),
        consistent: true,
      };
    }
    const next = indexes.map((current, i) => {
      const target = targets[i] ?? current;
      return current + Math.sign(target - current);
    });
    if (seen.has(next.join(','))) {
      const jump = bracketJump(legs, indexes, next, axis);
      if (jump !== null) return jump;
      break;
    }
    indexes = next;
  }
  // No self-consistent assignment with several moving legs: the candidate nearest the current
  // price is the conservative answer.
  const candidates = tried.filter((t) => t.u !== null) as { u: Decimal; indexes: number[] }[];
  const nearest = candidates.reduce<{ u: Decimal; indexes: number[] } | null>(
    (best, t) => (best === null || t.u.minus(u0).abs().lessThan(best.u.minus(u0).abs()) ? t : best),
    null,
  );
  const chosen = nearest ?? (tried[tried.length - 1] as { u: Decimal | null; indexes: number[] });
  return {
    price: chosen.u === null ? null : fromAxis(axis, chosen.u),
    tiers: tierMap(legs, tiersOf(moving, chosen.indexes)),
    consistent: false,
  };
}

/**
 * One leg cycling between two brackets of a whole-position table (a short whose solution in
 * the lower tier lands in the higher one and back): the maintenance rate jumps at the
 * bracket floor, the equity is above maintenance just below it and under it at it, so the
 * threshold is crossed exactly where the measure reaches the higher bracket's floor.
 */
function bracketJump(
  moving: Leg[],
  current: number[],
  next: number[],
  axis: PriceAxis,
): ThresholdSolution | null {
  const leg = moving[0];
  if (moving.length !== 1 || leg === undefined || leg.schedule === null) return null;
  const upper = leg.schedule.tiers[Math.max(current[0] ?? 0, next[0] ?? 0)];
  const perUnit = leg.measureAt(ONE).minus(leg.measureAt(ZERO));
  if (upper === undefined || !perUnit.greaterThan(0)) return null;
  const u = upper.floor.minus(leg.measureAt(ZERO)).div(perUnit);
  if (!u.greaterThan(0)) return null;
  return { price: fromAxis(axis, u), tiers: tierMap(moving, [upper]), consistent: false };
}

function tierMap(legs: Leg[], tiers: (MarginTier | null)[]): Map<Leg, MarginTier | null> {
  return new Map(legs.map((leg, i) => [leg, tiers[i] ?? null]));
}

const MINUS_ONE = new Decimal(-1);

/**
 * The lowest value the pool's equity can approach over every price in (0, infinity),
 * or null when it is unbounded below. Each asset's legs are affine in u, so the infimum sits
 * at u = 0 (price 0 on the price axis, price -> infinity on the reciprocal axis) unless the
 * net slope is negative, in which case the equity falls without bound.
 */
export function poolEquityInfimum(pool: Pool): Decimal | null {
  let total = pool.constant;
  const assets = new Set(pool.legs.map((leg) => leg.asset));
  for (const asset of assets) {
    const legs = pool.legs.filter((leg) => leg.asset === asset);
    // Requirements of a liability pool are tier-free (spot margin has no tiers).
    const terms = legs.flatMap((leg) =>
      pool.requirementIsLiability
        ? [leg.value, scale(leg.requirement(null), MINUS_ONE)]
        : [leg.value],
    );
    const f = sum(terms);
    if (f.slope.isNegative()) return null;
    total = total.plus(f.constant);
  }
  return total;
}
