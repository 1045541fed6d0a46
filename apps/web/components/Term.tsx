import type { ReactNode } from 'react';
import { glossaryHref, type GlossaryId } from '../lib/screens/glossary';
import { IntentLink } from './IntentLink';

/** A word of the trade, linked to its meaning in plain language. */
export function Term({ id, children }: { id: GlossaryId; children: ReactNode }) {
  return (
    <IntentLink className="term" href={glossaryHref(id)}>
      {children}
    </IntentLink>
  );
}
