import { Decimal } from '../src/index.js';

/** The figure rounded half-up to `places` decimals, as the venues print it. */
export function rounded(value: string | null | undefined, places: number): string {
  if (value === null || value === undefined)
    throw new Error(`expected a figure, got ${String(value)}`);
  return new Decimal(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);
}
