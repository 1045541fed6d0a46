/**
 * A position's size and the money put into it, one from the other: size = amount * leverage /
 * entry (inverse: amount in coin * leverage * entry, in USD). The validator sizes positions given
 * by amount; a form that switches between the two converts the figure the user typed.
 */
import { parseDecimal, type Decimal } from './decimal.js';
import type { InstrumentKind, PositionInput } from './scenario.js';

export function sizeFromAmount(
  instrument: InstrumentKind,
  amount: Decimal,
  leverage: Decimal,
  entry: Decimal,
): Decimal {
  return instrument === 'inverse'
    ? amount.times(leverage).times(entry)
    : amount.times(leverage).div(entry);
}

export function amountFromSize(
  instrument: InstrumentKind,
  size: Decimal,
  leverage: Decimal,
  entry: Decimal,
): Decimal {
  return instrument === 'inverse' ? size.div(leverage).div(entry) : size.times(entry).div(leverage);
}

/** Significant digits a converted figure keeps (a form shows it; the user may edit it). */
const CONVERTED_DIGITS = 10;

/**
 * The position's size given as the other figure (`to`), or null when the figure, the entry
 * price or the leverage is not yet a positive number (then there is nothing to convert).
 */
export function convertedSizing(position: PositionInput, to: 'size' | 'amount'): string | null {
  try {
    const entry = parseDecimal('entryPrice', position.entryPrice);
    const leverage = parseDecimal('leverage', position.leverage);
    const figure = parseDecimal(
      to === 'size' ? 'amount' : 'size',
      to === 'size' ? position.amount : position.size,
    );
    if (!entry.greaterThan(0) || !leverage.greaterThan(0) || !figure.greaterThan(0)) return null;
    const converted =
      to === 'size'
        ? sizeFromAmount(position.instrument, figure, leverage, entry)
        : amountFromSize(position.instrument, figure, leverage, entry);
    return converted.toSignificantDigits(CONVERTED_DIGITS).toFixed();
  } catch {
    return null;
  }
}
