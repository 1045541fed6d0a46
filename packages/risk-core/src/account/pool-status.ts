/**
 * A pool's standing at given prices, and what closing it would leave:
 * - poolStatusAt(pool, prices): equity, requirement, margin ratio and level, whether the pool
 *   is past its margin call / liquidation threshold;
 * - deficitAtFill(account, position, fill): the loss past zero if the position's pool were
 *   closed with that position's asset at `fill` (linear: s*Q*(BP - fill); inverse:
 *   s*V*(1/fill - 1/BP); spot margin: L - A), never negative.
 */
import type { PreparedAccount } from './account.js';
import { type Decimal, ZERO } from '../decimal.js';
import {
  type Pool,
  type Prices,
  poolEquityPastFeeAt,
  poolRequirementAt,
  poolValueAt,
} from '../margin/pool.js';

export interface PoolStatus {
  /** Value minus liabilities: negative is a deficit. */
  equity: Decimal;
  /** Margin + uPnL (derivatives) or assets (spot margin, assets / liabilities). */
  value: Decimal;
  /** Maintenance (derivatives), liabilities or used margin (spot margin). */
  requirement: Decimal;
  /** 1 at the liquidation threshold, above 1 past it: liquidationThreshold * requirement / value
   * (derivatives: maintenance / equity, Binance's margin ratio). Null when value <= 0. */
  marginRatio: Decimal | null;
  /** value / requirement, for spot-margin pools only (their margin level); null for derivative
   * pools and when nothing is required. */
  marginLevel: Decimal | null;
  liquidatable: boolean;
  marginCall: boolean;
}

export function poolStatusAt(pool: Pool, prices: Prices): PoolStatus {
  const value = poolValueAt(pool, prices);
  const requirement = poolRequirementAt(pool, prices);
  const equity = pool.requirementIsLiability ? value.minus(requirement) : value;
  const required = requirement.greaterThan(0);
  const k = pool.liquidationThreshold;
  const atLiquidation = k === null ? null : k.times(requirement);
  const marginRatio =
    atLiquidation === null || !value.greaterThan(0) ? null : atLiquidation.div(value);
  const below = (limit: Decimal | null): boolean =>
    limit !== null && required && value.lessThanOrEqualTo(limit);
  const callThreshold = pool.marginCallThreshold;
  return {
    equity,
    value,
    requirement,
    marginRatio,
    marginLevel: pool.kind === 'spot_margin' && required ? value.div(requirement) : null,
    liquidatable: below(atLiquidation) || equity.isNegative(),
    marginCall: below(callThreshold === null ? null : callThreshold.times(requirement)),
  };
}

/** The deficit (>= 0) if the position's pool were closed with its asset at `fill`, every other
 * asset at its price in `prices` (default: current). Spot positions never have one. */
export function deficitAtFill(
  account: PreparedAccount,
  positionIndex: number,
  fill: Decimal,
  prices: Prices = account.prices,
): Decimal {
  const poolIndex = account.poolOf[positionIndex];
  const position = account.scenario.positions[positionIndex];
  if (poolIndex === null || poolIndex === undefined || position === undefined) return ZERO;
  const equity = poolEquityPastFeeAt(
    account.pools[poolIndex] as Pool,
    withPrice(prices, position.asset, fill),
  );
  return equity.isNegative() ? equity.negated() : ZERO;
}

/** A copy of `prices` with one asset's price replaced. */
export function withPrice(prices: Prices, asset: string, price: Decimal): Prices {
  const next = new Map(prices);
  next.set(asset, price);
  return next;
}
