/**
 * Linear (USDT/USDC-margined) perpetuals and futures. Size Q in base units, side s = +1/-1,
 * entry EP, price P; everything in the quote currency and affine in P:
 *   uPnL = s*Q*(P - EP)
 *   maintenance, mark basis  = Q*P*(MMR + f) - cum      (f = taker fee when the venue counts
 *   maintenance, entry basis = Q*EP*MMR - cum + Q*P*f     the fee to close inside maintenance)
 * With margin M behind it (isolated: the position margin; cross: WB - TMM1 + UPNL1), setting
 * M + uPnL = MM gives the published forms
 *   LP = (s*Q*EP - M - cum) / (Q*(s - MMR))        (Binance, dYdX; mark basis, f = 0)
 *   LP = EP - s*(M - Q*EP*MMR + cum) / Q            (Bybit; entry basis, f = 0)
 *   BP = EP - s*M/Q                                  (equity zero)
 * or, where the bankruptcy price includes the fee to close (M + uPnL = Q*P*f), BP = (Q*EP - s*M) / (Q*(1 - s*f)).
 */
import { type Decimal, ZERO, withSign } from '../decimal.js';
import type { MaintenanceBasis } from '../profiles/profile.js';
import { type Affine, affine } from '../margin/affine.js';
import { type Leg, cachedPerTier } from '../margin/pool.js';
import type { MarginSchedule, MarginTier } from '../margin/tiers.js';

export interface DerivativeLegSpec {
  positionIndex: number;
  asset: string;
  /** +1 long, -1 short. */
  sign: Decimal;
  /** Base units (linear) or USD (inverse). */
  size: Decimal;
  entryPrice: Decimal;
  schedule: MarginSchedule;
  basis: MaintenanceBasis;
  /** Taker fee counted inside maintenance (0 when the venue does not, or fees are off). */
  closeFeeRate: Decimal;
  /** Taker fee the bankruptcy price includes (0 when the venue's is fee-free, or fees are off). */
  bankruptcyFeeRate: Decimal;
}

/** The fee to close a leg at u, when its bankruptcy price includes it: the taker rate on the
 * notional in the settlement currency (linear Q*P; inverse V*x, x = 1/P). */
export function feeToCloseAtBankruptcy(
  notionalPerUnit: Decimal,
  rate: Decimal,
): { feeToClose?: Affine } {
  return rate.isZero() ? {} : { feeToClose: affine(ZERO, notionalPerUnit.times(rate)) };
}

export function linearLeg(spec: DerivativeLegSpec): Leg {
  const { sign, size: q, entryPrice: ep, schedule, basis, closeFeeRate: f } = spec;
  const entryNotional = q.times(ep);
  return {
    positionIndex: spec.positionIndex,
    asset: spec.asset,
    axis: 'price',
    value: affine(withSign(sign, entryNotional).negated(), withSign(sign, q)),
    requirement: cachedPerTier((tier: MarginTier | null): Affine => {
      const mmr = tier?.mmr;
      const cum = tier?.cum;
      if (mmr === undefined || cum === undefined) return affine(ZERO, q.times(f));
      return basis === 'entry_notional'
        ? affine(entryNotional.times(mmr).minus(cum), q.times(f))
        : affine(cum.negated(), q.times(mmr.plus(f)));
    }),
    ...feeToCloseAtBankruptcy(q, spec.bankruptcyFeeRate),
    schedule,
    measureAt(u: Decimal) {
      switch (schedule.measure) {
        case 'notional':
          return basis === 'entry_notional' ? entryNotional : q.times(u);
        case 'contracts':
          // Coin-sized contracts (OKX) count the size; USD-sized ones (Kraken PF) the notional.
          if (schedule.contractSize !== null) return q.div(schedule.contractSize);
          return schedule.contractValueUsd === null
            ? entryNotional
            : entryNotional.div(schedule.contractValueUsd);
        case 'size':
          return q;
      }
    },
  };
}
