'use client';
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { switchToUserLocale } from '../lib/format/format';

/**
 * A prerendered screen. Its form is on screen before React has hydrated it, and input typed
 * then would be lost: its controls stay disabled (a bare fieldset, drawn as enabled) until
 * hydration is done. `children` come from the server page, so enabling re-renders nothing
 * inside. Then the figures switch from the prerender's locale to the user's (lib/format/format.ts):
 * only when those differ is the screen rendered again.
 */
export function Interactive({ children }: { children: ReactNode }) {
  const [hydrated, setHydrated] = useState(false);
  const [localeKey, setLocaleKey] = useState(0);
  useEffect(() => {
    setHydrated(true);
    if (switchToUserLocale()) setLocaleKey(1);
  }, []);
  return (
    <fieldset className="interactive" disabled={!hydrated} aria-busy={!hydrated || undefined}>
      <Fragment key={localeKey}>{children}</Fragment>
    </fieldset>
  );
}
