/**
 * The answer's reason in plain words: the riskiest position, where it is liquidated and
 * bankrupt, the formula and tier used, the deficit in the worst-case gap, and who pays it.
 */
import type { PositionFigures, WorstCase } from './assessment.js';
import { Decimal } from './decimal.js';
import type { PreparedAccount } from './margin/account.js';

export function reasonFor(
  account: PreparedAccount,
  positions: PositionFigures[],
  canGoNegative: boolean,
  policy: string,
  worstCase: WorstCase,
): string {
  if (!canGoNegative) {
    const leveraged = positions.some((p) => p.instrument !== 'spot');
    return leveraged
      ? 'No position can lose more than the money behind it: at any price, even zero or far above today, every margin pool keeps an equity of zero or more (for example a 1x long has its bankruptcy price at 0, and a 1x inverse short is fully hedged). The most you can lose is what you put in.'
      : 'Spot holdings only: nothing is borrowed, prices cannot fall below zero, so the worst case is the amount invested (every asset at 0) and the balance cannot go negative.';
  }
  // Name the riskiest position: the one whose liquidation price is nearest the current price.
  const risky = positions
    .filter((p) => p.liquidationPrice !== null || p.bankruptcyPrice !== null)
    .sort((a, b) => nearness(a).comparedTo(nearness(b)))[0];
  const currency = account.scenario.settlementAsset;
  const gapPrices = Object.entries(worstCase.prices)
    .map(([asset, price]) => `${asset} at ${round(price)}`)
    .join(', ');
  const gap = new Decimal(worstCase.deficit).isZero()
    ? ` The worst-case gap used here (${gapPrices}) does not reach it, but a larger move would.`
    : ` In a gap straight to ${gapPrices} the loss past zero would be ${round(worstCase.deficit)} ${currency}.`;
  if (risky === undefined) {
    return `A deficit is possible in a gap: a price move past the point where the margin is exhausted leaves the account below zero.${gap} ${policy}`;
  }
  const tier =
    risky.tier === null
      ? ''
      : ` Tier used: level ${risky.tier.index + 1} (maintenance rate ${percent(risky.tier.mmr)}, maintenance amount ${risky.tier.cum} ${currency}, max ${round(risky.tier.maxLeverage)}x), the bracket of the notional at the liquidation price.`;
  const where =
    risky.liquidationPrice === null
      ? 'has no liquidation price'
      : `is liquidated at ${round(risky.liquidationPrice)}`;
  const bankrupt =
    risky.bankruptcyPrice === null
      ? ''
      : ` and its margin is exhausted at ${round(risky.bankruptcyPrice)} (bankruptcy price)`;
  return `Your ${risky.asset} ${risky.instrument.replace('_', ' ')} ${risky.side} (${risky.marginMode}) ${where}${bankrupt}; if the price gaps past that point before the position is closed, the account goes below zero. Formula: ${risky.formula.text}.${tier}${gap} ${policy}`;
}

function nearness(p: PositionFigures): Decimal {
  const d = p.liquidationDistancePercent ?? p.bankruptcyDistancePercent;
  return d === null ? new Decimal(Infinity) : new Decimal(d).abs();
}

function percent(rate: string): string {
  return `${new Decimal(rate).times(100).toFixed()}%`;
}

function round(value: string): string {
  const d = new Decimal(value);
  return d.abs().greaterThanOrEqualTo(1)
    ? d.toDecimalPlaces(2).toFixed()
    : d.toSignificantDigits(6).toFixed();
}
