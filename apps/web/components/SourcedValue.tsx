import type { Provenance } from '@belowzero/risk-core';
import { formatDate } from '../lib/format/format';

/** Where a figure comes from: the source, its date, and a visible mark when it is our assumption. */
export function SourceNote({ provenance }: { provenance: Provenance }) {
  return (
    <span className="small muted">
      {provenance.assumption && <span className="badge assumption">assumption</span>}{' '}
      {provenance.source} · as of{' '}
      <time dateTime={provenance.asOf}>{formatDate(provenance.asOf)}</time>
      {provenance.note ? ` · ${provenance.note}` : ''}
    </span>
  );
}
