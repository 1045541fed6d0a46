import { PAYER_LABELS, type WaterfallPart } from '@belowzero/risk-core';
import { formatMoney } from '../lib/format/format';

const COLORS: Record<string, string> = {
  remaining_margin: '#6b7f94',
  insurance_fund: '#0b5cad',
  backstop_vault: '#5b3fa8',
  auto_deleveraging: '#8a4b00',
  socialized_loss: '#b0600c',
  user: '#b3261e',
  venue: '#0a7a3d',
};

/** Who paid the deficit, drawn as one bar split by payer in the order they paid. */
export function DeficitWaterfallChart({
  parts,
  total,
  currency,
}: {
  parts: WaterfallPart[];
  total: string;
  currency: string;
}) {
  // Bar widths only: the amounts shown are risk-core's exact strings.
  const sum = Number(total) || 1;
  let offset = 0;
  return (
    <figure style={{ margin: 0 }} aria-label="Deficit waterfall">
      <svg
        className="chart"
        viewBox="0 0 360 36"
        role="img"
        aria-label={`Deficit of ${formatMoney(total, currency)} split by who paid it`}
      >
        {parts.map((part) => {
          const width = (Number(part.amount) / sum) * 360;
          const x = offset;
          offset += width;
          return (
            <rect
              key={part.payer}
              x={x}
              y={4}
              width={Math.max(width, 1)}
              height={28}
              fill={COLORS[part.payer] ?? '#888'}
            />
          );
        })}
      </svg>
      <ol className="timeline" style={{ marginTop: 8 }}>
        {parts.map((part) => (
          <li
            key={part.payer}
            style={{ borderLeftColor: COLORS[part.payer] ?? '#888' }}
            data-testid="waterfall-part"
          >
            <strong>{PAYER_LABELS[part.payer]}</strong>
            {formatMoney(part.amount, currency)}
          </li>
        ))}
      </ol>
    </figure>
  );
}
