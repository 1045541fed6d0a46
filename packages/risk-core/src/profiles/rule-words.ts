/**
 * The venue formula rules in plain words, and what belowzero does where a profile does not
 * state one: one wording for docs/exchanges.md and the PWA's exchange pages.
 */
import type {
  BankruptcyPriceRule,
  LiquidationResidual,
  MaintenanceBasis,
  UsedMarginCurrency,
} from './profile.js';

export const maintenanceBasisWords = (value: MaintenanceBasis): string =>
  value === 'mark_notional' ? 'mark-price notional' : 'entry notional';

export const bankruptcyPriceWords = (value: BankruptcyPriceRule): string =>
  value === 'fee_free' ? 'margin exhausted (fee-free)' : 'includes the fee to close';

export const usedMarginWords = (value: UsedMarginCurrency): string =>
  value === 'borrowed_asset' ? 'in the borrowed asset' : 'entry value';

export function liquidationResidualWords(value: LiquidationResidual): string {
  switch (value) {
    case 'to_venue':
      return 'kept by the venue (insurance fund or clearance fee)';
    case 'returned':
      return 'returned to the user';
    case 'returned_less_fee':
      return 'returned less the liquidation fee';
  }
}

/** What a profile that does not state the rule is computed with. */
export const RULE_NOT_STATED = {
  bankruptcyPrice: 'not stated: margin exhausted (fee-free)',
  isolatedCloseFeeReserve: 'not stated: no',
  usedMarginCurrency: 'not stated: entry value',
  liquidationResidual: 'not published: counted as lost',
} as const;
