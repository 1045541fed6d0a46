'use client';
/**
 * What the user does to saved scenarios, always on the device first (IndexedDB), then
 * synced: save, edit, rename, delete, and resolve a conflict. Works the same offline.
 */
import type { ScenarioInput } from '@belowzero/risk-core';
import {
  createMayHaveArrived,
  draftScenario,
  localScenario,
  putLocalScenario,
  removeLocalScenario,
  type LocalScenario,
} from './local-scenarios';

function now(): string {
  return new Date().toISOString();
}

/**
 * Starts a sync without waiting for it (it does nothing while offline). The sync and Apollo
 * load here, after the change is on the device: a screen that can save does not carry them.
 */
function syncSoon(): void {
  // A module that cannot load (offline, no service worker yet) waits for the next sync: on
  // reconnect or at the next start.
  void Promise.all([import('../api-client/apollo'), import('./sync')])
    .then(([{ apolloClient }, { syncScenarios }]) => syncScenarios(apolloClient))
    .catch(() => undefined);
}

export async function saveNewScenario(title: string, input: ScenarioInput): Promise<LocalScenario> {
  const record = draftScenario(title, input);
  await putLocalScenario(record);
  syncSoon();
  return record;
}

export async function editScenario(
  localId: string,
  changes: { title?: string; input?: ScenarioInput },
): Promise<void> {
  const record = await localScenario(localId);
  if (!record) return;
  await putLocalScenario({
    ...record,
    ...changes,
    pending: 'save',
    syncError: null,
    updatedAt: now(),
  });
  syncSoon();
}

/**
 * What deleting leaves on the device: nothing for a save the server cannot hold (never sent,
 * or refused), else a tombstone (pending 'delete', hidden from the list) that the sync turns
 * into a delete on the server, learning the id first when the create's answer was lost.
 */
export function deletedRecord(record: LocalScenario, at: string): LocalScenario | null {
  if (record.serverId === null && !createMayHaveArrived(record)) return null;
  return { ...record, pending: 'delete', conflict: null, updatedAt: at };
}

export async function deleteScenario(localId: string): Promise<void> {
  const record = await localScenario(localId);
  if (!record) return;
  const tombstone = deletedRecord(record, now());
  if (tombstone) await putLocalScenario(tombstone);
  else await removeLocalScenario(localId);
  syncSoon();
}

export type ConflictChoice = 'mine' | 'theirs' | 'both';

/**
 * Settles a conflict. mine: my copy replaces the server's (sent as an edit of its version);
 * theirs: the server's copy replaces mine; both: the server's copy stays and mine is saved
 * as a new scenario. Nothing is dropped without the user choosing it.
 */
export async function resolveConflict(localId: string, choice: ConflictChoice): Promise<void> {
  const record = await localScenario(localId);
  if (!record?.conflict) return;
  const server = record.conflict;
  if (choice === 'mine') {
    await putLocalScenario({
      ...record,
      version: server.version,
      conflict: null,
      pending: 'save',
      updatedAt: now(),
    });
  } else {
    await putLocalScenario({
      ...record,
      title: server.title,
      input: server.input,
      version: server.version,
      conflict: null,
      pending: null,
      updatedAt: now(),
    });
    if (choice === 'both')
      await putLocalScenario(draftScenario(`${record.title} (my copy)`, record.input));
  }
  syncSoon();
}
