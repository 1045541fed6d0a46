/**
 * How positions share margin. Isolated: each position is its own pool, backed by its
 * margin. Cross: one balance backs every cross position; the account is liquidated when
 * wallet balance + all uPnL <= the sum of maintenance margins. Solving that for one
 * position's price with the other positions at their current prices (pool.solveThreshold)
 * is Binance's published form
 *   LP = (WB - TMM1 + UPNL1 + cum - s*Q*EP) / (Q*MMR - s*Q)
 * where TMM1 and UPNL1 are the other positions' maintenance and uPnL.
 */
import { type Decimal, ONE } from '../decimal.js';
import type { MarginMode } from '../scenario.js';
import type { Leg, Pool, PoolKind } from './pool.js';

export interface PoolThresholds {
  liquidation: Decimal | null;
  marginCall: Decimal | null;
  bankruptcy: Decimal;
  requirementIsLiability: boolean;
}

/** One isolated position: its margin (initial + extra, less costs taken from it) backs it alone. */
export function isolatedPool(
  kind: PoolKind,
  margin: Decimal,
  leg: Leg,
  thresholds: PoolThresholds,
): Pool {
  return pool(kind, 'isolated', margin, [leg], thresholds);
}

/** Every cross leg backed by one balance (wallet + the cross positions' initial margin). */
export function crossPool(
  kind: PoolKind,
  balance: Decimal,
  legs: Leg[],
  thresholds: PoolThresholds,
): Pool {
  return pool(kind, 'cross', balance, legs, thresholds);
}

/** Derivative thresholds: liquidation where equity = maintenance, a margin call where
 * maintenance / equity reaches the venue's marginCallRatio, bankruptcy where equity = 0. */
export function derivativeThresholds(marginCallRatio: Decimal | null): PoolThresholds {
  return {
    liquidation: ONE,
    marginCall:
      marginCallRatio === null || !marginCallRatio.greaterThan(0) ? null : ONE.div(marginCallRatio),
    bankruptcy: ONE.minus(ONE),
    requirementIsLiability: false,
  };
}

function pool(
  kind: PoolKind,
  mode: MarginMode,
  constant: Decimal,
  legs: Leg[],
  t: PoolThresholds,
): Pool {
  return {
    kind,
    mode,
    constant,
    legs,
    requirementIsLiability: t.requirementIsLiability,
    liquidationThreshold: t.liquidation,
    marginCallThreshold: t.marginCall,
    bankruptcyThreshold: t.bankruptcy,
  };
}
