/**
 * The prices that matter for one position, in one list: where it is now, its entry, an
 * optional stop, where the venue warns, liquidates, where the margin is gone, and zero. The
 * price ladder lists them; the crash lab's chart marks them. Figures and distances are
 * risk-core's.
 */
import type { PositionFigures } from '@belowzero/risk-core';

export interface PriceLevel {
  /** The ladder's words for it. */
  label: string;
  /** The chart's short mark for it; null when the chart does not mark it. */
  marker: string | null;
  price: string;
  /** Distance from the current price in %, when risk-core gives one. */
  distance: string | null;
  color: string;
}

/** Highest price first. */
export function priceLevels(position: PositionFigures, stopPrice?: string): PriceLevel[] {
  const levels: PriceLevel[] = [
    {
      label: 'Current price',
      marker: null,
      price: position.markPrice,
      distance: '0',
      color: 'var(--text)',
    },
    {
      label: 'Entry',
      marker: 'entry',
      price: position.entryPrice,
      distance: null,
      color: 'var(--muted)',
    },
  ];
  if (stopPrice)
    levels.push({
      label: 'Stop-loss',
      marker: null,
      price: stopPrice,
      distance: null,
      color: 'var(--protected)',
    });
  if (position.marginCallPrice)
    levels.push({
      label: 'Margin call',
      marker: 'margin call',
      price: position.marginCallPrice,
      distance: position.marginCallDistancePercent,
      color: 'var(--socialized)',
    });
  if (position.liquidationPrice)
    levels.push({
      label: 'Liquidation',
      marker: 'liquidation',
      price: position.liquidationPrice,
      distance: position.liquidationDistancePercent,
      color: 'var(--liable)',
    });
  if (position.bankruptcyPrice)
    levels.push({
      label: 'Bankruptcy (margin gone)',
      marker: 'bankruptcy',
      price: position.bankruptcyPrice,
      distance: position.bankruptcyDistancePercent,
      color: 'var(--liable)',
    });
  levels.push({
    label: 'Price zero',
    marker: 'zero',
    price: '0',
    distance: '-100',
    color: 'var(--muted)',
  });
  // Order for display only: compare as numbers of the exact strings' magnitude.
  return levels.sort((a, b) => Number(b.price) - Number(a.price));
}
