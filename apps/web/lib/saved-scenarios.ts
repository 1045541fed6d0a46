'use client';
/**
 * What the user does to saved scenarios, always on the device first (IndexedDB), then
 * synced: save, edit, rename, delete, and resolve a conflict. Works the same offline.
 */
import type { ScenarioInput } from '@belowzero/risk-core';
import {
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
  void Promise.all([import('./apollo'), import('./sync')])
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

export async function deleteScenario(localId: string): Promise<void> {
  const record = await localScenario(localId);
  if (!record) return;
  if (record.serverId === null) await removeLocalScenario(localId);
  else await putLocalScenario({ ...record, pending: 'delete', conflict: null, updatedAt: now() });
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
