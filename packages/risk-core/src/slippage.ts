/**
 * Book-depth slippage of a forced or stop fill. The profile's `depthNotionalPerPercent` is the
 * notional that moves the price 1% against the order; impact is taken as linear in the
 * notional and capped at 100%, so a fill price never goes below zero.
 */
import { Decimal, ONE, ZERO, parseDecimal } from './decimal.js';
import type { SafeguardProfile } from './profiles/profile.js';

const HUNDRED = new Decimal(100);

/** Fraction of the price lost to slippage when closing `notional` (quote currency; USD for inverse). */
export function slippageFraction(notional: Decimal, profile: SafeguardProfile): Decimal {
  const depth = profile.depthNotionalPerPercent.value;
  if (depth === 'unknown') return ZERO;
  const depthPerPercent = parseDecimal('profile.depthNotionalPerPercent', depth);
  if (!depthPerPercent.isPositive() || depthPerPercent.isZero()) return ZERO;
  return Decimal.min(ONE, notional.abs().div(depthPerPercent.times(HUNDRED)));
}

/** The price an order gets after slippage: a sale (closing a long) fills lower, a purchase higher. */
export function priceAfterSlippage(
  price: Decimal,
  closingSide: 'sell' | 'buy',
  fraction: Decimal,
): Decimal {
  return closingSide === 'sell'
    ? price.times(ONE.minus(fraction))
    : price.times(ONE.plus(fraction));
}
