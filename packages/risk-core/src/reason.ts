/**
 * The answer's reason in plain words: the riskiest position, where it is liquidated and
 * bankrupt, the formula and tier used, the deficit in the worst-case gap, and who pays it.
 * It reads the Decimals behind the figures (never re-parses the formatted strings).
 */
import type { PositionFigures } from './assessment.js';
import { type Decimal } from './decimal.js';
import type { MarginTier } from './margin/tiers.js';
import type { Prices } from './margin/pool.js';

/** One position as the reason sees it: its figures and the Decimals behind them. */
export interface PositionForReason {
  figures: PositionFigures;
  liquidationPrice: Decimal | null;
  bankruptcyPrice: Decimal | null;
  /** Distance to liquidation (else to bankruptcy) in % of the current price; null if neither. */
  distance: Decimal | null;
  /** The tier in force at the liquidation price. */
  tier: MarginTier | null;
}

/** The worst-case gap as the reason sees it. */
export interface GapForReason {
  prices: Prices;
  deficit: Decimal;
}

export function reasonFor(
  positions: readonly PositionForReason[],
  canGoNegative: boolean,
  policy: string,
  gap: GapForReason,
  currency: string,
): string {
  if (!canGoNegative) {
    const leveraged = positions.some((p) => p.figures.instrument !== 'spot');
    return leveraged
      ? 'No position can lose more than the money behind it: at any price, even zero or far above today, every margin pool keeps an equity of zero or more (for example a 1x long has its bankruptcy price at 0, and a 1x inverse short is fully hedged). The most you can lose is what you put in.'
      : 'Spot holdings only: nothing is borrowed, prices cannot fall below zero, so the worst case is the amount invested (every asset at 0) and the balance cannot go negative.';
  }
  const risky = riskiest(positions);
  const gapPrices = [...gap.prices]
    .map(([asset, price]) => `${asset} at ${round(price)}`)
    .join(', ');
  const gapWords = gap.deficit.isZero()
    ? ` The worst-case gap used here (${gapPrices}) does not reach it, but a larger move would.`
    : ` In a gap straight to ${gapPrices} the loss past zero would be ${round(gap.deficit)} ${currency}.`;
  if (risky === undefined) {
    return `A deficit is possible in a gap: a price move past the point where the margin is exhausted leaves the account below zero.${gapWords} ${policy}`;
  }
  const { figures, tier } = risky;
  const tierWords =
    tier === null
      ? ''
      : ` Tier used: level ${tier.index + 1} (maintenance rate ${tier.mmr.times(100).toFixed()}%, maintenance amount ${tier.cum.toFixed()} ${currency}, max ${round(tier.maxLeverage)}x), the bracket of the notional at the liquidation price.`;
  const where =
    risky.liquidationPrice === null
      ? 'has no liquidation price'
      : `is liquidated at ${round(risky.liquidationPrice)}`;
  const bankrupt =
    risky.bankruptcyPrice === null
      ? ''
      : ` and its margin is exhausted at ${round(risky.bankruptcyPrice)} (bankruptcy price)`;
  return `Your ${figures.asset} ${figures.instrument.replace('_', ' ')} ${figures.side} (${figures.marginMode}) ${where}${bankrupt}; if the price gaps past that point before the position is closed, the account goes below zero. Formula: ${figures.formula.text}.${tierWords}${gapWords} ${policy}`;
}

/** The position with a threshold nearest the current price (the first of equals). */
function riskiest(positions: readonly PositionForReason[]): PositionForReason | undefined {
  let best: PositionForReason | undefined;
  for (const p of positions) {
    if (p.liquidationPrice === null && p.bankruptcyPrice === null) continue;
    if (best === undefined || nearer(p.distance, best.distance)) best = p;
  }
  return best;
}

/** True when distance a is strictly nearer zero than b (no distance is the farthest). */
function nearer(a: Decimal | null, b: Decimal | null): boolean {
  if (a === null) return false;
  return b === null || a.abs().lessThan(b.abs());
}

/** Two decimals for figures of 1 or more, six significant digits below. */
function round(d: Decimal): string {
  return d.abs().greaterThanOrEqualTo(1)
    ? d.toDecimalPlaces(2).toFixed()
    : d.toSignificantDigits(6).toFixed();
}
