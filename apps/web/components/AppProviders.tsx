'use client';
import { useEffect, type ReactNode } from 'react';
import { deviceToken } from '../lib/sync/device';
import { switchToUserLocale } from '../lib/format/format';
import { registerServiceWorkerWhenSettled } from '../lib/sync/service-worker';
import { notifySyncStatus } from '../lib/sync/sync-status';

/** Loads the sync (Apollo client, GraphQL documents) on demand, off the first paint's path. */
async function syncNow() {
  // Without a device identity nothing was ever uploaded, so there is nothing to pull: only a
  // save waiting on this device needs the sync (and Apollo) then.
  if (!deviceToken()) {
    const { allLocalScenarios, hasLocalDatabase } = await import('../lib/sync/local-scenarios');
    if (!(await hasLocalDatabase())) return;
    const records = await allLocalScenarios();
    if (!records.some((record) => record.pending !== null && record.conflict === null)) return;
  }
  const [{ apolloClient }, { syncScenarios }] = await Promise.all([
    import('../lib/api-client/apollo'),
    import('../lib/sync/sync'),
  ]);
  await syncScenarios(apolloClient);
}

/**
 * Takes the API's newest exchange profiles onto the device (lib/screens/venue-profiles.ts). Unreachable,
 * the device keeps computing with what it holds: the bundled snapshot or versions kept earlier.
 */
async function takeNewestProfiles() {
  const [{ apolloClient }, { refreshVenueProfiles }] = await Promise.all([
    import('../lib/api-client/apollo'),
    import('../lib/api-client/venue-profiles-refresh'),
  ]);
  await refreshVenueProfiles(apolloClient).catch(() => undefined);
}

/**
 * App-wide wiring: the service worker, and, once the first paint is done and on reconnect,
 * syncing queued saves and taking the newest exchange profiles.
 */
export function AppProviders({ children }: { children: ReactNode }) {
  useEffect(() => {
    // Screens without <Interactive> (rendered in the browser anyway) format in the user's
    // locale; a prerendered screen still to hydrate (its fieldset still disabled) switches
    // itself once it is live.
    if (!document.querySelector('fieldset.interactive:disabled')) switchToUserLocale();
    const sync = () => {
      void syncNow();
      void takeNewestProfiles();
    };
    void notifySyncStatus();
    // The start-up sync waits for an idle moment so it does not compete with the first paint.
    const idle = window.requestIdleCallback?.(() => navigator.onLine && sync(), { timeout: 3000 });
    const timer = idle === undefined ? window.setTimeout(() => navigator.onLine && sync(), 1) : 0;
    window.addEventListener('online', sync);
    const cancelRegistration = registerServiceWorkerWhenSettled();
    return () => {
      cancelRegistration();
      if (idle !== undefined) window.cancelIdleCallback(idle);
      window.clearTimeout(timer);
      window.removeEventListener('online', sync);
    };
  }, []);
  return <>{children}</>;
}
