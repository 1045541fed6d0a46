import type { PositionFigures } from '@belowzero/risk-core';
import { formatAmount, formatPercent } from '../lib/format/format';
import { priceLevels } from '../lib/screens/price-levels';

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
  const rungs = priceLevels(position, stopPrice);
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
