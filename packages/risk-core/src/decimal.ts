/**
 * The one Decimal configuration of belowzero and the one way to parse a decimal input.
 * 40 significant digits keep every intermediate exact for prices, sizes and rates far
 * beyond what exchanges publish; results are rounded only for display.
 */
import DecimalJs from 'decimal.js';
import { ValidationError } from './errors.js';

export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = DecimalJs;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

/** x times a side's sign (+1 long, -1 short), without a multiplication. */
export function withSign(sign: Decimal, x: Decimal): Decimal {
  return sign.isNegative() ? x.negated() : x;
}

/** Longest decimal string accepted, to keep hostile inputs from costing time or memory. */
const MAX_DECIMAL_LENGTH = 64;
const DECIMAL_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Exponents beyond these bounds are never prices, sizes or rates, and would make arithmetic slow. */
const LARGEST_MAGNITUDE = new Decimal('1e30');
const SMALLEST_MAGNITUDE = new Decimal('1e-30');

/**
 * Parses a user-supplied decimal (a string, or a finite number from JSON) or throws a
 * ValidationError naming the field. Rejects NaN, Infinity, hex, empty and oversized input.
 */
export function parseDecimal(field: string, value: unknown): Decimal {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new ValidationError(field, value, 'finite_number');
    return new Decimal(value);
  }
  if (typeof value !== 'string') throw new ValidationError(field, value, 'decimal_string');
  const text = value.trim();
  if (text.length === 0 || text.length > MAX_DECIMAL_LENGTH || !DECIMAL_PATTERN.test(text)) {
    throw new ValidationError(field, value, 'decimal_string');
  }
  const parsed = new Decimal(text);
  if (!parsed.isFinite()) throw new ValidationError(field, value, 'finite_number');
  // The exponent (|x| = d.ddd * 10^e) settles every ordinary value without two comparisons.
  if (parsed.e > -30 && parsed.e < 30) return parsed;
  const magnitude = parsed.abs();
  if (
    magnitude.greaterThan(LARGEST_MAGNITUDE) ||
    (!parsed.isZero() && magnitude.lessThan(SMALLEST_MAGNITUDE))
  ) {
    throw new ValidationError(field, value, 'within_range');
  }
  return parsed;
}
