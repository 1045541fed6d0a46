/**
 * Reading a venue's JSON: every field checked for its shape, every figure kept as an exact
 * decimal string (venues send numbers as JSON numbers or strings, sometimes both), and a
 * VenueFormatError naming the field when something is off.
 */
import { Decimal } from '@belowzero/risk-core';
import { VenueFormatError } from './errors.js';

export type Json = Record<string, unknown>;

export function record(path: string, value: unknown): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new VenueFormatError(path, value, 'expected an object');
  return value as Json;
}

export function list(path: string, value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new VenueFormatError(path, value, 'expected a list');
  return value;
}

export function text(path: string, value: unknown): string {
  if (typeof value !== 'string' || value === '')
    throw new VenueFormatError(path, value, 'expected a non-empty string');
  return value;
}

/** A figure sent as a JSON number or a numeric string, as a plain decimal string
 * ("500000.00000000000000000000" -> "500000", "0E-20" -> "0"). */
export function decimal(path: string, value: unknown): string {
  if (typeof value !== 'number' && typeof value !== 'string')
    throw new VenueFormatError(path, value, 'expected a number');
  let parsed: Decimal;
  try {
    parsed = new Decimal(value);
  } catch {
    throw new VenueFormatError(path, value, 'expected a number');
  }
  if (!parsed.isFinite()) throw new VenueFormatError(path, value, 'expected a finite number');
  return parsed.toFixed();
}

/** A figure the answer may leave out or send blank (""): null then, never a guess. */
export function optionalDecimal(path: string, value: unknown): string | null {
  return value === undefined || value === null || value === '' ? null : decimal(path, value);
}

export function positive(path: string, value: unknown): string {
  const figure = decimal(path, value);
  if (!new Decimal(figure).greaterThan(0))
    throw new VenueFormatError(path, value, 'expected a positive number');
  return figure;
}

/** A margin rate as a fraction of the position (0.005 = 0.5%), from 0 to 1. A percent figure
 * read as a fraction usually lands above 1; the venues where it may not (Bybit inverse) are
 * told apart by their leverage. */
export function fraction(path: string, value: unknown, max = '1'): string {
  const figure = decimal(path, value);
  const rate = new Decimal(figure);
  if (rate.isNegative() || rate.greaterThan(max))
    throw new VenueFormatError(path, value, `expected a fraction from 0 to ${max}`);
  return figure;
}

/** A percent figure ("0.5" = 0.5%) as a fraction ("0.005"). */
export function percentAsFraction(path: string, value: unknown): string {
  return fraction(path, new Decimal(decimal(path, value)).div(100).toFixed());
}

/** Leverage allowed by an initial margin rate (0.02 -> "50"), exact where it divides. */
export function leverageOf(initialRate: string): string {
  return new Decimal(1).div(initialRate).toDecimalPlaces(8).toFixed();
}
