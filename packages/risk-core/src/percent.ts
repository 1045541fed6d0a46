/**
 * Rates as exchanges show them (in percent, "0.5%") and as belowzero reads them (a fraction,
 * "0.005"). A form takes the percent the user sees on their exchange and stores the fraction.
 * Moving the decimal point two places is exact in decimal arithmetic.
 */
import { parseDecimal } from './decimal.js';
import { ValidationError } from './errors.js';

/** "0.5" (percent) as "0.005"; null when the text is not a decimal number. */
export function fractionFromPercent(percent: string): string | null {
  return shifted(percent, -2);
}

/** "0.005" as "0.5" (percent); null when the text is not a decimal number. */
export function percentFromFraction(fraction: string): string | null {
  return shifted(fraction, 2);
}

function shifted(text: string, places: number): string | null {
  try {
    return parseDecimal('rate', text).times(`1e${places}`).toFixed();
  } catch (error) {
    if (error instanceof ValidationError) return null;
    throw error;
  }
}
