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
import { type Affine, evaluate } from './affine.js';
import { type MarginSchedule, type MarginTier, tierFor } from './tiers.js';

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
export function bracketMeasure(measure: Decimal): Decimal {
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
