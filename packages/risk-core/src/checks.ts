/**
 * The small kit of checks both validators share (validate.ts for scenarios,
 * profiles/validate-profile.ts for profiles): each takes the field's dotted path and the raw
 * value, and returns the value typed or throws a ValidationError naming the field.
 */
import { Decimal, parseDecimal } from './decimal.js';
import { ValidationError } from './errors.js';

/** An optional field left out; null counts as left out (GraphQL sends null for unset inputs). */
export function absent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

/** An object; `root` names the whole input when the path is empty. */
export function record(field: string, value: unknown, root = 'input'): Record<string, unknown> {
  if (absent(value)) throw new ValidationError(field || root, value, 'required');
  if (typeof value !== 'object' || Array.isArray(value))
    throw new ValidationError(field || root, value, 'required', 'must be an object');
  return value as Record<string, unknown>;
}

/** A misspelt key would otherwise be silently ignored (and its intended value lost). */
export function onlyKeys(
  path: string,
  input: Record<string, unknown>,
  allowed: ReadonlySet<string>,
): void {
  for (const key of Object.keys(input)) {
    if (!allowed.has(key)) {
      throw new ValidationError(
        path === '' ? key : `${path}.${key}`,
        input[key],
        'one_of',
        'is not a known field here',
      );
    }
  }
}

export function list(field: string, value: unknown, max = Number.POSITIVE_INFINITY): unknown[] {
  if (absent(value)) throw new ValidationError(field, value, 'required');
  if (!Array.isArray(value)) throw new ValidationError(field, value, 'required', 'must be a list');
  if (value.length > max)
    throw new ValidationError(field, value.length, 'too_many', `at most ${max}`);
  return value;
}

export function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new ValidationError(
      field,
      value,
      value === undefined ? 'required' : 'one_of',
      `must be one of ${allowed.join(', ')}`,
    );
  }
  return value as T;
}

/** A list of at least one allowed value. */
export function enumList<T extends string>(
  field: string,
  value: unknown,
  allowed: readonly T[],
): T[] {
  const items = list(field, value);
  if (items.length === 0) throw new ValidationError(field, value, 'non_empty');
  return items.map((item, index) => oneOf(`${field}.${index}`, item, allowed));
}

export function text(field: string, value: unknown): string {
  if (typeof value !== 'string')
    throw new ValidationError(field, value, 'required', 'must be text');
  if (value.trim().length === 0) throw new ValidationError(field, value, 'non_empty');
  return value;
}

export function boolean(field: string, value: unknown): boolean {
  if (typeof value !== 'boolean')
    throw new ValidationError(field, value, 'one_of', 'must be true or false');
  return value;
}

/** A decimal written as a string only (stored data: a JS number would have lost digits). */
export function decimalString(field: string, value: unknown): Decimal {
  if (typeof value !== 'string') throw new ValidationError(field, value, 'decimal_string');
  return parseDecimal(field, value);
}

export type SignRule = 'positive' | 'non_negative' | null;

/** The decimal meets the sign rule, or the field is refused. */
export function signed(field: string, value: unknown, parsed: Decimal, rule: SignRule): Decimal {
  if (rule === 'positive' && !parsed.greaterThan(0))
    throw new ValidationError(field, value, 'positive');
  if (rule === 'non_negative' && parsed.isNegative())
    throw new ValidationError(field, value, 'non_negative');
  return parsed;
}

export function integer(field: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw new ValidationError(field, value, 'integer');
  if (value < min) throw new ValidationError(field, value, min === 0 ? 'non_negative' : 'positive');
  return value;
}

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYY-MM-DD naming a real calendar day. */
export function isoDate(field: string, value: unknown): string {
  const match = typeof value === 'string' ? ISO_DATE_PATTERN.exec(value) : null;
  if (match === null) throw new ValidationError(field, value, 'iso_date');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    throw new ValidationError(field, value, 'iso_date');
  }
  return value as string;
}

const ASSET_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;

/** An asset symbol such as "BTC", upper-cased. */
export function assetSymbol(field: string, value: unknown): string {
  if (typeof value !== 'string' || !ASSET_PATTERN.test(value)) {
    throw new ValidationError(
      field,
      value,
      value === undefined ? 'required' : 'one_of',
      'must be a symbol such as "BTC"',
    );
  }
  return value.toUpperCase();
}

export function requiredDecimal(field: string, value: unknown, rule: SignRule): Decimal {
  if (absent(value)) throw new ValidationError(field, value, 'required');
  return signed(field, value, parseDecimal(field, value), rule);
}

export function optionalDecimal(field: string, value: unknown, rule: SignRule): Decimal | null {
  return absent(value) ? null : requiredDecimal(field, value, rule);
}
