'use client';
import { formatAmount } from '../lib/format/format';

export interface ChartPoint {
  /** Price (x) and account equity (y), exact decimal strings from risk-core. */
  price: string;
  equity: string;
}

export interface ChartMarker {
  price: string;
  label: string;
  color: string;
}

const WIDTH = 360;
const HEIGHT = 240;
const PAD = { left: 46, right: 10, top: 14, bottom: 40 };

/** Pixel position only: figures stay exact strings everywhere else. */
function toPixel(value: string): number {
  return Number(value);
}

/**
 * Equity of the account against the price, hand-drawn in SVG: the curve, the zero line
 * (below it the user is in deficit) and a vertical mark at each named price.
 */
export function EquityChart({
  points,
  markers,
  currency,
}: {
  points: ChartPoint[];
  markers: ChartMarker[];
  currency: string;
}) {
  if (points.length < 2) return null;
  const xs = points
    .map((point) => toPixel(point.price))
    .concat(markers.map((marker) => toPixel(marker.price)));
  const ys = points.map((point) => toPixel(point.equity)).concat([0]);
  const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)];
  const [yMin, yMax] = [Math.min(...ys), Math.max(...ys)];
  const xSpan = xMax - xMin || 1;
  const ySpan = yMax - yMin || 1;
  const x = (value: number) => PAD.left + ((value - xMin) / xSpan) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) =>
    PAD.top + (1 - (value - yMin) / ySpan) * (HEIGHT - PAD.top - PAD.bottom);
  const path = points
    .map(
      (point, index) =>
        `${index === 0 ? 'M' : 'L'}${x(toPixel(point.price)).toFixed(1)},${y(toPixel(point.equity)).toFixed(1)}`,
    )
    .join(' ');
  const zeroY = y(0);

  return (
    <figure style={{ margin: 0 }}>
      <svg
        className="chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Account equity in ${currency} against the price`}
      >
        <rect
          x={PAD.left}
          y={zeroY}
          width={WIDTH - PAD.left - PAD.right}
          height={Math.max(0, HEIGHT - PAD.bottom - zeroY)}
          fill="var(--liable)"
          opacity="0.08"
        />
        <line
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={zeroY}
          y2={zeroY}
          stroke="var(--muted)"
          strokeDasharray="4 3"
        />
        <text x={PAD.left - 4} y={zeroY + 4} textAnchor="end">
          0
        </text>
        <text x={PAD.left - 4} y={PAD.top + 8} textAnchor="end">
          {formatAmount(String(Math.round(yMax)), undefined, 0)}
        </text>
        {markers.map((marker, index) => {
          const mx = x(toPixel(marker.price));
          return (
            <g key={marker.label}>
              <line
                x1={mx}
                x2={mx}
                y1={PAD.top}
                y2={HEIGHT - PAD.bottom}
                stroke={marker.color}
                strokeWidth="1.5"
              />
              <text
                x={mx}
                y={HEIGHT - PAD.bottom + 12 + (index % 3) * 11}
                textAnchor="middle"
                style={{ fill: marker.color }}
              >
                {marker.label}
              </text>
            </g>
          );
        })}
        <path d={path} fill="none" stroke="var(--chart-equity)" strokeWidth="2.5" />
      </svg>
      <figcaption className="small muted">
        Equity ({currency}) as the price moves; the shaded band is below zero.
      </figcaption>
    </figure>
  );
}
