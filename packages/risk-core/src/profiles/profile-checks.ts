/**
 * The checks a profile's fields need beyond the shared kit (../checks.ts): a sourced figure
 * (value, source, as-of date, assumption, note), rates and fractions, and decimals written as
 * strings only (a JS number would already have lost digits).
 */
import {
  boolean,
  decimalString,
  integer,
  isoDate,
  onlyKeys,
  record,
  signed,
  text,
} from '../checks.js';
import type { Decimal } from '../decimal.js';
import { ValidationError } from '../errors.js';

const SOURCED_KEYS = new Set(['value', 'source', 'asOf', 'assumption', 'note']);

/** A Sourced<T>: provenance checked, then the value ('unknown' or checked by `check`). */
export function sourced<T>(
  path: string,
  input: unknown,
  check: (field: string, value: unknown) => T,
): T | 'unknown' {
  const field = record(path, input);
  onlyKeys(path, field, SOURCED_KEYS);
  text(`${path}.source`, field.source);
  isoDate(`${path}.asOf`, field.asOf);
  if (field.assumption !== undefined) boolean(`${path}.assumption`, field.assumption);
  if (field.note !== undefined) text(`${path}.note`, field.note);
  if (!('value' in field)) throw new ValidationError(`${path}.value`, undefined, 'required');
  if (field.value === 'unknown') return 'unknown';
  return check(`${path}.value`, field.value);
}

/** A rate as a fraction below 1; `min` is -1 for fees (maker rebates are negative). */
export function rate(path: string, input: unknown, min: '0' | '-1'): Decimal {
  const value = decimal(path, input);
  if (value.lessThan(min) || value.greaterThanOrEqualTo(1)) {
    throw new ValidationError(path, input, 'within_range', `must be a fraction in [${min}, 1)`);
  }
  return value;
}

export function fractionUpToOne(path: string, input: unknown): Decimal {
  const value = positiveDecimal(path, input);
  if (value.greaterThan(1))
    throw new ValidationError(path, input, 'within_range', 'must be a fraction in (0, 1]');
  return value;
}

/** Profiles store decimals as strings only (a JS number would already have lost digits). */
export const decimal = decimalString;

export function positiveDecimal(path: string, input: unknown): Decimal {
  return signed(path, input, decimalString(path, input), 'positive');
}

export function nonNegativeDecimal(path: string, input: unknown): Decimal {
  return signed(path, input, decimalString(path, input), 'non_negative');
}

export const positiveInteger = (path: string, input: unknown): number => integer(path, input, 1);
export const nonNegativeInteger = (path: string, input: unknown): number => integer(path, input, 0);
