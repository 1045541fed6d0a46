import type { PositionFigures } from '@belowzero/risk-core';
import { formatAmount, formatPercent } from '../lib/format';

interface Rung {
  label: string;
  price: string;
  distance: string | null;
  color: string;
}

/**
 * The price ladder of one position, highest price first: where it is now, where the venue
 * warns, liquidates, where the margin is gone, and zero. Distances are risk-core's.
 */
export function PriceLadder({
  position,
  stopPrice,
}: {
  position: PositionFigures;
  stopPrice?: string;
}) {
  const rungs: Rung[] = [
    { label: 'Current price', price: position.markPrice, distance: '0', color: 'var(--text)' },
    { label: 'Entry', price: position.entryPrice, distance: null, color: 'var(--muted)' },
  ];
  if (stopPrice)
    rungs.push({ label: 'Stop-loss', price: stopPrice, distance: null, color: 'var(--protected)' });
  if (position.marginCallPrice)
    rungs.push({
      label: 'Margin call',
      price: position.marginCallPrice,
      distance: position.marginCallDistancePercent,
      color: 'var(--socialized)',
    });
  if (position.liquidationPrice)
    rungs.push({
      label: 'Liquidation',
      price: position.liquidationPrice,
      distance: position.liquidationDistancePercent,
      color: 'var(--liable)',
    });
  if (position.bankruptcyPrice)
    rungs.push({
      label: 'Bankruptcy (margin gone)',
      price: position.bankruptcyPrice,
      distance: position.bankruptcyDistancePercent,
      color: 'var(--liable)',
    });
  rungs.push({ label: 'Price zero', price: '0', distance: '-100', color: 'var(--muted)' });
  // Order for display only: compare as numbers of the exact strings' magnitude.
  rungs.sort((a, b) => Number(b.price) - Number(a.price));
  return (
    <ol className="timeline" aria-label={`Price ladder of position ${position.index + 1}`}>
      {rungs.map((rung) => (
        <li key={rung.label} style={{ borderLeftColor: rung.color }}>
          <strong>
            {rung.label}: {formatAmount(rung.price)}
          </strong>
          {rung.distance !== null && rung.label !== 'Current price' && (
            <span className="small muted">
              {formatPercent(rung.distance, undefined, true)} from now
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
