/**
 * Spot (cash) holdings: Q units worth Q*P. No liability, so with every P >= 0 the equity
 * of a spot account can never be negative; a coin going to zero costs exactly its value.
 */
import { type Decimal, ZERO } from '../decimal.js';
import { affine } from '../margin/affine.js';
import type { Leg } from '../margin/pool.js';

export function spotLeg(positionIndex: number | null, asset: string, quantity: Decimal): Leg {
  return {
    positionIndex,
    asset,
    axis: 'price',
    value: affine(ZERO, quantity),
    requirement: () => affine(ZERO, ZERO),
    schedule: null,
    measureAt: () => quantity,
  };
}
