'use client';
/**
 * The device's copy of the user's scenarios, in IndexedDB. Every save lands here first and
 * is marked `pending`; the sync (lib/sync/sync.ts) sends it to the API when the network is
 * back. A record only leaves this store once the server has confirmed it, so nothing
 * typed offline is lost.
 */
import type { ScenarioInput } from '@belowzero/risk-core';
import { notifySyncStatus } from './sync-status';

/** A version of a scenario as the server holds it (shown beside ours in a conflict). */
export interface ServerCopy {
  title: string;
  input: ScenarioInput;
  version: number;
}

export interface LocalScenario {
  /** Identifier on this device; stable before and after the first sync. */
  localId: string;
  /** Identifier on the server, null until the first save reaches it. */
  serverId: string | null;
  title: string;
  input: ScenarioInput;
  /** The server version this copy was last in step with (null before the first sync). */
  version: number | null;
  /**
   * What the server still has to learn: a save, a delete, or nothing. A record pending 'delete'
   * is a tombstone: hidden from the list, kept until the server's copy is gone.
   */
  pending: 'save' | 'delete' | null;
  /** Set when the server had moved on (CONFLICT): both versions are kept until the user picks. */
  conflict: ServerCopy | null;
  shareSlug: string | null;
  /**
   * Idempotency key of this scenario's createScenario, made when the save is queued and sent
   * with every attempt, so a create whose answer was lost is not stored twice (absent on
   * records queued by an older version of the app; the sync adds it).
   */
  clientRequestId?: string;
  /**
   * The create as first sent with that key, until it is answered: a retry sends exactly this
   * (the server may hold it already), `updatedAt` being the local change it carries.
   */
  createSent?: { title: string; input: ScenarioInput; updatedAt: string };
  /** Why the server refused the last attempt (kept on the device until fixed), or null. */
  syncError: string | null;
  /** Last local change, ISO-8601. */
  updatedAt: string;
}

const DB_NAME = 'belowzero';
const DB_VERSION = 1;
const STORE = 'scenarios';

let opening: Promise<IDBDatabase> | null = null;

function openDatabase(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: 'localId' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return opening;
}

/**
 * Whether this device has the database yet, found without opening it (opening creates it): on
 * a first visit there is nothing to count or to sync. True when the browser cannot tell.
 */
export async function hasLocalDatabase(): Promise<boolean> {
  if (opening || typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((database) => database.name === DB_NAME);
  } catch {
    return true;
  }
}

async function run<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDatabase();
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    const request = work(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

/** Every scenario on this device (including ones waiting to be deleted on the server). */
export async function allLocalScenarios(): Promise<LocalScenario[]> {
  const records = await run('readonly', (store) => store.getAll() as IDBRequest<LocalScenario[]>);
  return records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function localScenario(localId: string): Promise<LocalScenario | undefined> {
  return run('readonly', (store) => store.get(localId) as IDBRequest<LocalScenario | undefined>);
}

export async function putLocalScenario(record: LocalScenario): Promise<void> {
  await run('readwrite', (store) => store.put(record));
  await notifySyncStatus();
}

export async function removeLocalScenario(localId: string): Promise<void> {
  await run('readwrite', (store) => store.delete(localId));
  await notifySyncStatus();
}

/**
 * Whether the server may hold this scenario although the device has no id for it: its create
 * was sent (with its key) and never answered, e.g. the connection dropped on the way back.
 * Asking again with the same key and content finds out (lib/sync/sync.ts).
 */
export function createMayHaveArrived(
  record: Pick<LocalScenario, 'serverId' | 'clientRequestId' | 'createSent'>,
): boolean {
  return record.serverId === null && record.clientRequestId !== undefined && !!record.createSent;
}

/** A brand-new scenario on this device, waiting for its first sync. */
export function draftScenario(title: string, input: ScenarioInput): LocalScenario {
  return {
    localId: crypto.randomUUID(),
    serverId: null,
    title,
    input,
    version: null,
    pending: 'save',
    conflict: null,
    shareSlug: null,
    clientRequestId: crypto.randomUUID(),
    syncError: null,
    updatedAt: new Date().toISOString(),
  };
}
