/**
 * The average entry of a position built from several fills (averaging in).
 * Linear, spot, spot margin: quantity-weighted, EP = sum(q * p) / sum(q).
 * Inverse (size in USD): harmonic, EP = sum(V) / sum(V / p), so that the coin PnL
 * sum(V_i * (1/p_i - 1/P)) equals V * (1/EP - 1/P).
 */
import { type Decimal, ZERO } from '../decimal.js';
import type { InstrumentKind } from '../scenario.js';

export interface Fill {
  price: Decimal;
  size: Decimal;
}

export function averageEntry(
  instrument: InstrumentKind,
  fills: readonly Fill[],
): { size: Decimal; entryPrice: Decimal } {
  const size = fills.reduce((total, fill) => total.plus(fill.size), ZERO);
  if (instrument === 'inverse') {
    const coin = fills.reduce((total, fill) => total.plus(fill.size.div(fill.price)), ZERO);
    return { size, entryPrice: size.div(coin) };
  }
  const cost = fills.reduce((total, fill) => total.plus(fill.size.times(fill.price)), ZERO);
  return { size, entryPrice: cost.div(size) };
}
