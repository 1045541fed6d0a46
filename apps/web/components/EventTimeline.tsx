import type { SimulationEvent } from '@belowzero/risk-core';
import { formatAmount } from '../lib/format/format';

const KIND_LABELS: Record<SimulationEvent['kind'], string> = {
  margin_call: 'Margin call',
  stop_triggered: 'Stop-loss triggered',
  stop_filled: 'Stop-loss filled',
  stop_not_filled: 'Stop-loss not filled',
  liquidation_triggered: 'Liquidation triggered',
  partial_liquidation: 'Partial liquidation',
  liquidation: 'Liquidation',
  deficit: 'Deficit',
  auto_deleveraging: 'Auto-deleveraging',
  final_balance: 'Final balance',
};

function elapsed(ms: number): string {
  if (ms < 1000) return `+${ms} ms`;
  if (ms < 120_000) return `+${Math.round(ms / 1000)} s`;
  if (ms < 7_200_000) return `+${Math.round(ms / 60_000)} min`;
  return `+${Math.round(ms / 3_600_000)} h`;
}

/** What happened along the price path, in order. */
export function EventTimeline({
  events,
  currency,
}: {
  events: SimulationEvent[];
  currency: string;
}) {
  return (
    <ol className="timeline" aria-label="Timeline" data-testid="timeline">
      {events.map((event, index) => (
        <li key={index}>
          <strong>
            {elapsed(event.timeMs)} · {KIND_LABELS[event.kind]}
          </strong>
          <span className="small">
            {event.description}
            {event.price !== undefined && ` · price ${formatAmount(event.price)}`}
            {event.amount !== undefined && ` · ${formatAmount(event.amount)} ${currency}`}
          </span>
        </li>
      ))}
    </ol>
  );
}
