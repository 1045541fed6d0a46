/**
 * Inverse (coin-margined) contracts. Size V in USD (contracts * face value), margin and PnL
 * in the coin; every figure is affine in x = 1/P:
 *   uPnL (coin) = s*V*(1/EP - 1/P)
 *   maintenance, mark basis  = (V/P)*(MMR + f) - cum
 *   maintenance, entry basis = (V/EP)*MMR - cum + (V/P)*f
 * M + uPnL = MM gives LP = V*(MMR + s) / (M + s*V/EP + cum) (mark basis, f = 0), no
 * liquidation price where that is not positive (a 1x short is fully hedged), and
 * 1/BP = 1/EP + M/(s*V), or with the fee to close inside it (Bybit inverse)
 * BP = V*(1 + f) / (V/EP + M) for a long. A 1x long (M = V/EP) liquidates at EP*(1 + MMR)/2: near half the
 * entry, because the collateral falls with the price.
 */
import { type Decimal, ZERO, withSign } from '../decimal.js';
import { type Affine, affine } from '../margin/affine.js';
import { type Leg, cachedPerTier } from '../margin/pool.js';
import type { MarginTier } from '../margin/tiers.js';
import { type DerivativeLegSpec, feeToCloseAtBankruptcy } from './linear.js';

export function inverseLeg(spec: DerivativeLegSpec): Leg {
  const { sign, size: v, entryPrice: ep, schedule, basis, closeFeeRate: f } = spec;
  const entryNotional = v.div(ep);
  return {
    positionIndex: spec.positionIndex,
    asset: spec.asset,
    axis: 'reciprocal',
    value: affine(withSign(sign, entryNotional), withSign(sign, v).negated()),
    requirement: cachedPerTier((tier: MarginTier | null): Affine => {
      const mmr = tier?.mmr;
      const cum = tier?.cum;
      if (mmr === undefined || cum === undefined) return affine(ZERO, v.times(f));
      return basis === 'entry_notional'
        ? affine(entryNotional.times(mmr).minus(cum), v.times(f))
        : affine(cum.negated(), v.times(mmr.plus(f)));
    }),
    ...feeToCloseAtBankruptcy(v, spec.bankruptcyFeeRate),
    schedule,
    measureAt(x: Decimal) {
      switch (schedule.measure) {
        case 'notional':
          return basis === 'entry_notional' ? entryNotional : v.times(x);
        case 'contracts':
          return schedule.contractValueUsd === null ? v : v.div(schedule.contractValueUsd);
        case 'size':
          return entryNotional;
      }
    },
  };
}
