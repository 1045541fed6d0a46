/**
 * Affine functions a + b*u of one price variable. Every margin figure of one asset is affine
 * in its price (linear contracts, spot, spot margin) or in the reciprocal of its price
 * (inverse contracts), with the margin tier held fixed. That is why each threshold price
 * (liquidation, bankruptcy, margin call) has a closed form once the tier is known.
 */
import { type Decimal, ZERO } from '../decimal.js';

export interface Affine {
  readonly constant: Decimal;
  readonly slope: Decimal;
}

export function affine(constant: Decimal, slope: Decimal): Affine {
  return { constant, slope };
}

export function evaluate(f: Affine, u: Decimal): Decimal {
  return f.constant.plus(f.slope.times(u));
}

export function sum(terms: readonly Affine[]): Affine {
  const [first, ...rest] = terms;
  if (first === undefined) return { constant: ZERO, slope: ZERO };
  let { constant, slope } = first;
  for (const term of rest) {
    constant = constant.plus(term.constant);
    slope = slope.plus(term.slope);
  }
  return { constant, slope };
}

export function scale(f: Affine, k: Decimal): Affine {
  return { constant: f.constant.times(k), slope: f.slope.times(k) };
}

/** The u where left(u) = right(u); null when the two never meet (parallel lines). */
export function solveEqual(left: Affine, right: Affine): Decimal | null {
  const slope = left.slope.minus(right.slope);
  if (slope.isZero()) return null;
  return right.constant.minus(left.constant).div(slope);
}
