/** A position's leg in its margin pool, built by its instrument with the venue's formula rules. */
import { type Decimal } from '../decimal.js';
import { inverseLeg } from '../instruments/inverse.js';
import { linearLeg } from '../instruments/linear.js';
import { spotLeg } from '../instruments/spot.js';
import { spotMarginLeg } from '../instruments/spot-margin.js';
import type {
  MaintenanceBasis,
  SafeguardProfile,
  UsedMarginCurrency,
} from '../profiles/profile.js';
import type { ValidatedPosition } from '../validated-scenario.js';
import { type Leg } from '../margin/pool.js';
import type { MarginSchedule } from '../margin/tiers.js';

/** The venue's formula rules a position's leg is built with (rates 0 where they do not apply). */
export interface LegRules {
  basis: MaintenanceBasis;
  closeFeeRate: Decimal;
  bankruptcyFeeRate: Decimal;
  interestFraction: Decimal;
  usedMarginCurrency: UsedMarginCurrency;
}

export function positionLeg(p: ValidatedPosition, rules: LegRules, profile: SafeguardProfile): Leg {
  switch (p.instrument) {
    case 'spot':
      return spotLeg(p.index, p.asset, p.size);
    case 'spot_margin':
      return spotMarginLeg({
        positionIndex: p.index,
        asset: p.asset,
        sign: p.sign,
        size: p.size,
        entryPrice: p.entryPrice,
        leverage: p.leverage,
        interestFraction: rules.interestFraction,
        levelDefinition: profile.spotMargin?.levelDefinition ?? 'assets_over_liabilities',
        usedMarginCurrency: rules.usedMarginCurrency,
      });
    case 'linear':
    case 'inverse': {
      const spec = {
        positionIndex: p.index,
        asset: p.asset,
        sign: p.sign,
        size: p.size,
        entryPrice: p.entryPrice,
        schedule: p.schedule as MarginSchedule,
        basis: rules.basis,
        closeFeeRate: rules.closeFeeRate,
        bankruptcyFeeRate: rules.bankruptcyFeeRate,
      };
      return p.instrument === 'linear' ? linearLeg(spec) : inverseLeg(spec);
    }
  }
}
