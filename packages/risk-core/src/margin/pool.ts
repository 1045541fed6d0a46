/**
 * A margin pool: money that backs a set of legs and is liquidated as one. An isolated
 * position is a pool of one leg; a cross account is one pool of all its cross legs
 * (docs/design/risk-model.md "Cross margin"); a spot-margin account is a pool of holdings and loans.
 *
 * Every pool is measured the same way: a `value` (margin + PnL for derivatives, assets for
 * spot margin) compared with a `requirement` (maintenance margin, or liabilities, or used
 * margin). A threshold k is crossed where value = k * requirement:
 *   derivatives:               liquidation k = 1, margin call k = 1 / marginCallRatio, bankruptcy k = 0
 *   spot margin, A / L:        liquidation k = liquidationLevel, bankruptcy k = 1
 *   spot margin, equity / U:   liquidation k = liquidationLevel, bankruptcy k = 0
 */
import { Decimal, ONE, ZERO } from '../decimal.js';
import type { MarginMode } from '../scenario.js';
import { type Affine, evaluate, scale, solveEqual, sum } from './affine.js';
import { type MarginSchedule, type MarginTier, tierFor, tierIndexFor } from './tiers.js';

/** The variable a leg is affine in: the price itself, or 1/price (inverse contracts). */
export type PriceAxis = 'price' | 'reciprocal';

export interface Leg {
  /** Index of the scenario position, or null for a plain holding. */
  positionIndex: number | null;
  asset: string;
  axis: PriceAxis;
  /** Contribution to the pool's value at u (PnL, or assets held). */
  value: Affine;
  /** Contribution to the pool's requirement at u, given the tier in force. */
  requirement(tier: MarginTier | null): Affine;
  /** The margin tiers of this leg; null when it has none (spot margin, holdings). */
  schedule: MarginSchedule | null;
  /** The quantity the brackets are measured in, at u (notional, contracts or size). */
  measureAt(u: Decimal): Decimal;
  /** The fee to close at u, present where the venue's bankruptcy price includes it: the pool
   * is bankrupt where its equity no longer pays this fee. */
  feeToClose?: Affine;
}

/** A leg's requirement per tier, computed once per tier: solving a threshold asks for the
 * same tier's requirement many times. */
export function cachedPerTier(
  compute: (tier: MarginTier | null) => Affine,
): (tier: MarginTier | null) => Affine {
  const byTier = new Map<MarginTier | null, Affine>();
  return (tier) => {
    const cached = byTier.get(tier);
    if (cached !== undefined) return cached;
    const computed = compute(tier);
    byTier.set(tier, computed);
    return computed;
  };
}

export type PoolKind = 'derivative' | 'spot_margin';

export interface Pool {
  kind: PoolKind;
  mode: MarginMode;
  /** Cash-like part of the value: margin, wallet balance, cash held. */
  constant: Decimal;
  legs: Leg[];
  /** True for spot margin measured as assets / liabilities: equity = value - requirement. */
  requirementIsLiability: boolean;
  liquidationThreshold: Decimal | null;
  marginCallThreshold: Decimal | null;
  bankruptcyThreshold: Decimal;
}

/** Prices by asset symbol (quote currency per unit). */
export type Prices = ReadonlyMap<string, Decimal>;

export function toAxis(axis: PriceAxis, price: Decimal): Decimal {
  return axis === 'price' ? price : ONE.div(price);
}

export function fromAxis(axis: PriceAxis, u: Decimal): Decimal {
  return axis === 'price' ? u : ONE.div(u);
}

function priceOf(leg: Leg, prices: Prices): Decimal {
  // Callers build prices from the same scenario; a missing price would be a programming slip.
  return prices.get(leg.asset) ?? ZERO;
}

/**
 * Each leg's last figure and the price object it was computed at: assess asks for a leg's
 * value and requirement at the current price several times (pool status, account equity,
 * maintenance, maximum loss). A leg is never edited (a resized leg is a new object) and a
 * Decimal never changes, so the same leg at the same price object has the same figure.
 */
interface LastFigure {
  price: Decimal;
  figure: Decimal;
}
const lastValue = new WeakMap<Leg, LastFigure>();
const lastRequirement = new WeakMap<Leg, LastFigure>();

function figureAt(
  last: WeakMap<Leg, LastFigure>,
  leg: Leg,
  price: Decimal,
  compute: (u: Decimal) => Decimal,
): Decimal {
  const known = last.get(leg);
  if (known?.price === price) return known.figure;
  const figure = compute(toAxis(leg.axis, price));
  last.set(leg, { price, figure });
  return figure;
}

/** A measure as the brackets see it: a negative one counts as zero. Only ever compared with
 * bracket bounds, so it needs no copy (Decimal.max would make one). */
function bracketMeasure(measure: Decimal): Decimal {
  return measure.isNegative() ? ZERO : measure;
}

/** The tier a leg is in at u (a measure past a bounded table uses the last bracket). */
export function legTierAt(leg: Leg, u: Decimal): MarginTier | null {
  return leg.schedule === null ? null : tierFor(leg.schedule, bracketMeasure(leg.measureAt(u)));
}

export function legValueAt(leg: Leg, prices: Prices): Decimal {
  return figureAt(lastValue, leg, priceOf(leg, prices), (u) => evaluate(leg.value, u));
}

export function legRequirementAt(leg: Leg, prices: Prices): Decimal {
  return figureAt(lastRequirement, leg, priceOf(leg, prices), (u) =>
    evaluate(leg.requirement(legTierAt(leg, u)), u),
  );
}

export function poolValueAt(pool: Pool, prices: Prices): Decimal {
  return pool.legs.reduce((total, leg) => total.plus(legValueAt(leg, prices)), pool.constant);
}

export function poolRequirementAt(pool: Pool, prices: Prices): Decimal {
  return pool.legs.reduce((total, leg) => total.plus(legRequirementAt(leg, prices)), ZERO);
}

/** What the pool is worth to its owner at these prices; negative means a deficit. */
export function poolEquityAt(pool: Pool, prices: Prices): Decimal {
  const value = poolValueAt(pool, prices);
  return pool.requirementIsLiability ? value.minus(poolRequirementAt(pool, prices)) : value;
}

/** The fee to close the pool's legs at these prices that its bankruptcy price includes. */
export function poolFeeToCloseAt(pool: Pool, prices: Prices): Decimal {
  return pool.legs.reduce((total, leg) => total.plus(legFeeToCloseAt(leg, prices)), ZERO);
}

/** One leg's part of poolFeeToCloseAt. */
export function legFeeToCloseAt(leg: Leg, prices: Prices): Decimal {
  return leg.feeToClose === undefined
    ? ZERO
    : evaluate(leg.feeToClose, toAxis(leg.axis, priceOf(leg, prices)));
}

/** The pool's equity once the fee to close is paid where the bankruptcy price includes it:
 * below zero, the pool has passed its bankruptcy price by that much. */
export function poolEquityPastFeeAt(pool: Pool, prices: Prices): Decimal {
  return poolEquityAt(pool, prices).minus(poolFeeToCloseAt(pool, prices));
}

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
