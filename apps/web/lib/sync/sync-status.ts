'use client';
/**
 * How many local changes wait for the server and how many conflicts wait for the user,
 * as a tiny external store the header subscribes to.
 */
import { useSyncExternalStore } from 'react';

export interface SyncStatus {
  pending: number;
  conflicts: number;
  /** Counts every change of the local store, so lists can re-read it. */
  revision: number;
}

const EMPTY: SyncStatus = { pending: 0, conflicts: 0, revision: 0 };
let status: SyncStatus = EMPTY;
const listeners = new Set<() => void>();

/** Recounts from IndexedDB and tells the subscribers. */
export async function notifySyncStatus(): Promise<void> {
  const { allLocalScenarios, hasLocalDatabase } = await import('./local-scenarios');
  // Nothing saved on this device yet: nothing to count, and no database to create for it.
  if (status === EMPTY && !(await hasLocalDatabase())) return;
  const records = await allLocalScenarios();
  status = {
    pending: records.filter((record) => record.pending !== null && record.conflict === null).length,
    conflicts: records.filter((record) => record.conflict !== null).length,
    revision: status.revision + 1,
  };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(
    subscribe,
    () => status,
    () => EMPTY,
  );
}
