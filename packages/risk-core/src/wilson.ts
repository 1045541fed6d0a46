/**
 * Wilson score interval for a binomial proportion, in Decimal. Unlike the normal
 * approximation it stays inside [0, 1] and is honest at 0 and 1 successes, which is where
 * "the odds of owing money" usually sit.
 */
import { Decimal, ONE, ZERO } from './decimal.js';

/** z for a two-sided 95% interval. */
const Z95 = new Decimal('1.959963984540054');

export interface ConfidenceInterval {
  /** Confidence level, e.g. "0.95". */
  level: string;
  low: string;
  high: string;
}

export function wilsonInterval(successes: number, trials: number): ConfidenceInterval {
  if (trials === 0) return { level: '0.95', low: '0', high: '1' };
  const n = new Decimal(trials);
  const p = new Decimal(successes).div(n);
  const z2 = Z95.times(Z95);
  const denominator = ONE.plus(z2.div(n));
  const centre = p.plus(z2.div(n.times(2))).div(denominator);
  const halfWidth = Z95.div(denominator).times(
    p
      .times(ONE.minus(p))
      .div(n)
      .plus(z2.div(n.times(n).times(4)))
      .sqrt(),
  );
  return {
    level: '0.95',
    low: Decimal.max(ZERO, centre.minus(halfWidth)).toFixed(),
    high: Decimal.min(ONE, centre.plus(halfWidth)).toFixed(),
  };
}
