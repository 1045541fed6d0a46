'use client';
import { formatAge, formatAmount, formatFraction } from '../lib/format/format';
import type { MarketState } from '../lib/api-client/market-quote';
import { useNow } from '../lib/hooks/use-now';

interface VenueMarkNoteProps {
  market: MarketState;
  /** The current price in the field ('' when empty). */
  value: string;
  onUse: (markPrice: string) => void;
}

/** Under the current-price field: the venue's live mark and its age, or why the price is the
 * user's own figure. */
export function VenueMarkNote({ market, value, onUse }: VenueMarkNoteProps) {
  const now = useNow(10_000);
  switch (market.state) {
    case 'loading':
      return <span className="muted small">Looking up the venue's mark price…</span>;
    case 'offline':
      return <span className="muted small">Offline: the current price is your own figure.</span>;
    case 'unreachable':
      return (
        <span className="muted small">
          Live prices are unavailable right now: the current price is your own figure.
        </span>
      );
    case 'none':
      return (
        <span className="muted small">
          No live mark price from {market.venue} for this contract: the current price is your own
          figure.
        </span>
      );
    case 'live': {
      const { mark } = market;
      const funding =
        mark.fundingRate === null ? '' : `, funding ${formatFraction(mark.fundingRate)}`;
      const inUse = value === mark.markPrice;
      return (
        <span className="muted small" data-testid="venue-mark">
          {inUse ? 'Using the mark ' : 'Mark '}
          {formatAmount(mark.markPrice)} on {mark.venue} ({mark.symbol}),{' '}
          {formatAge(mark.quotedAt, now)}
          {funding}.{' '}
          {inUse ? null : (
            <>
              The current price is your own figure.{' '}
              <button
                type="button"
                className="secondary"
                style={{ minHeight: 32 }}
                onClick={() => onUse(mark.markPrice)}
              >
                Use the mark
              </button>
            </>
          )}
        </span>
      );
    }
  }
}
