/**
 * Costs that move the figures, each switchable (docs/design/risk-model.md "Costs"):
 * - trading fees: the taker fee on every opening fill (paid out of a cross balance; for
 *   isolated and spot positions it is paid on top and does not move the liquidation price),
 *   and, where the venue counts it, the fee to close inside maintenance margin;
 * - funding over the holding period: s * rate * n * notional at the current price, with n
 *   the whole funding intervals in the holding period (longs pay when the rate is positive),
 *   taken from the margin backing the position;
 * - borrow interest (spot margin): hourly rate * holding hours on the loan, simple accrual.
 */
import { type Decimal, ZERO, parseDecimal } from './decimal.js';
import type { SafeguardProfile, Sourced } from './profiles/profile.js';
import type { ValidatedCosts, ValidatedPosition } from './validated-scenario.js';

export interface CostSwitches {
  tradingFees: boolean;
  funding: boolean;
  borrowInterest: boolean;
}

export type CostName = keyof CostSwitches;
export const COST_NAMES: readonly CostName[] = ['tradingFees', 'funding', 'borrowInterest'];

/** The costs the scenario switched on (funding only when a rate and a holding period are given). */
export function enabledCosts(costs: ValidatedCosts): CostSwitches {
  return {
    tradingFees: costs.tradingFees,
    funding: !costs.fundingRatePerInterval.isZero() && costs.holdingHours.greaterThan(0),
    borrowInterest: costs.borrowInterest && costs.holdingHours.greaterThan(0),
  };
}

/** A sourced rate as a Decimal, or null when the venue does not publish it. */
export function publishedRate(rate: Sourced<string>, field: string): Decimal | null {
  if (rate.value === 'unknown') return null;
  const known = parsedRates.get(rate);
  if (known?.text === rate.value) return known.parsed;
  const parsed = parseDecimal(field, rate.value);
  parsedRates.set(rate, { text: rate.value, parsed });
  return parsed;
}

/** Profile rates are read on every call: each is parsed once per sourced figure (and again
 * only if its text differs, so nothing can go stale). */
const parsedRates = new WeakMap<Sourced<string>, { text: string; parsed: Decimal }>();

/** Taker fee on every fill: notional at the fill price (coin for inverse: V / price). */
export function openingFee(position: ValidatedPosition, takerRate: Decimal): Decimal {
  return position.fills.reduce((total, fill) => {
    const notional =
      position.instrument === 'inverse' ? fill.size.div(fill.price) : fill.size.times(fill.price);
    return total.plus(notional.times(takerRate));
  }, ZERO);
}

/** Funding paid over the holding period (negative = received), settlement currency. */
export function fundingPaid(position: ValidatedPosition, costs: ValidatedCosts): Decimal {
  const intervals = costs.holdingHours.div(costs.fundingIntervalHours).floor();
  const notional =
    position.instrument === 'inverse'
      ? position.size.div(position.markPrice)
      : position.size.times(position.markPrice);
  return position.sign.times(costs.fundingRatePerInterval).times(intervals).times(notional);
}

/** Interest accrued on a spot-margin loan over the holding period, as a fraction of the loan. */
export function borrowInterestFraction(
  profile: SafeguardProfile,
  costs: ValidatedCosts,
): Decimal | null {
  const hourly =
    profile.spotMargin === undefined
      ? null
      : publishedRate(
          profile.spotMargin.hourlyInterestRate,
          'profile.spotMargin.hourlyInterestRate',
        );
  return hourly === null ? null : hourly.times(costs.holdingHours);
}
