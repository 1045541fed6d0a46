/**
 * Where a venue sends its maintenance amount (Binance cum, Bybit mmDeduction), it must equal
 * the amount belowzero derives from the brackets (cum_n = cum_n-1 + floor_n * (mmr_n -
 * mmr_n-1)), because the engine uses the derived one. A mismatch means the venue changed its
 * rule, and the import stops rather than ship a wrong liquidation price.
 */
import { Decimal, type MarginTierInput } from '@belowzero/risk-core';
import { VenueFormatError } from '../errors.js';

export function checkDeductions(
  path: string,
  brackets: readonly MarginTierInput[],
  published: readonly (string | undefined)[],
): void {
  let derived = new Decimal(0);
  brackets.forEach((bracket, index) => {
    const previous = brackets[index - 1];
    if (previous !== undefined)
      derived = derived.plus(
        new Decimal(bracket.floor).times(new Decimal(bracket.mmr).minus(previous.mmr)),
      );
    const given = published[index];
    if (given !== undefined && !derived.equals(given)) {
      throw new VenueFormatError(
        `${path}.${index}`,
        given,
        `maintenance amount ${given} differs from ${derived.toFixed()} derived from the brackets`,
      );
    }
  });
}
