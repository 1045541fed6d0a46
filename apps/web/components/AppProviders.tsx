'use client';
import { useEffect, type ReactNode } from 'react';
import { notifySyncStatus } from '../lib/sync-status';

/** Loads the sync (Apollo client, GraphQL documents) on demand, off the first paint's path. */
async function syncNow() {
  const [{ apolloClient }, { syncScenarios }] = await Promise.all([
    import('../lib/apollo'),
    import('../lib/sync'),
  ]);
  await syncScenarios(apolloClient);
}

/** App-wide wiring: syncing queued saves once the first paint is done, and on reconnect. */
export function AppProviders({ children }: { children: ReactNode }) {
  useEffect(() => {
    const sync = () => void syncNow();
    void notifySyncStatus();
    // The start-up sync waits for an idle moment so it does not compete with the first paint.
    const idle = window.requestIdleCallback?.(() => navigator.onLine && sync(), { timeout: 3000 });
    const timer = idle === undefined ? window.setTimeout(() => navigator.onLine && sync(), 1) : 0;
    window.addEventListener('online', sync);
    return () => {
      if (idle !== undefined) window.cancelIdleCallback(idle);
      window.clearTimeout(timer);
      window.removeEventListener('online', sync);
    };
  }, []);
  return <>{children}</>;
}
