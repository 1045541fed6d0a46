'use client';
/**
 * Sends the device's pending changes to the API and pulls the server's list back. Runs on
 * start, on reconnect and after every local save; one run at a time. A stale version
 * (CONFLICT) keeps both copies on the device until the user chooses (resolveConflict in
 * lib/sync/saved-scenarios.ts, shown by components/ConflictPanel.tsx).
 */
import type { ApolloClient } from '@apollo/client';
import {
  allLocalScenarios,
  createMayHaveArrived,
  localScenario,
  putLocalScenario,
  removeLocalScenario,
  type LocalScenario,
} from './local-scenarios';
import {
  ConflictError,
  NotFoundError,
  ScenarioApi,
  UserInputError,
} from '../api-client/scenario-api';
import { fromWire, type ScenarioNodeData } from '../api-client/scenario-wire';

let queue: Promise<void> = Promise.resolve();

/** Queues one sync run after any run in progress; resolves when it has finished. */
export function syncScenarios(client: ApolloClient): Promise<void> {
  queue = queue.then(() => runSync(new ScenarioApi(client))).catch(() => undefined);
  return queue;
}

/** The local record updated from the server's copy of it. */
export function fromServer(
  record: Pick<LocalScenario, 'localId'> & Partial<LocalScenario>,
  node: ScenarioNodeData,
): LocalScenario {
  return {
    conflict: null,
    syncError: null,
    ...record,
    localId: record.localId,
    serverId: node.id,
    title: node.title,
    input: fromWire(node.inputs),
    version: node.version,
    pending: null,
    shareSlug: node.share?.active ? node.share.slug : null,
    updatedAt: record.updatedAt ?? node.updatedAt,
  };
}

async function runSync(api: ScenarioApi): Promise<void> {
  if (!navigator.onLine) return;
  for (const record of await allLocalScenarios()) {
    if (record.pending === null || record.conflict !== null) continue;
    const pushed = await push(api, record);
    if (!pushed) return; // the network is gone again: the rest waits for the next run
  }
  await pull(api);
}

/** Sends one pending change. Returns false when the network failed. */
async function push(api: ScenarioApi, record: LocalScenario): Promise<boolean> {
  try {
    if (record.pending === 'delete') {
      const serverId = record.serverId ?? (await lostCreateId(api, record));
      if (serverId) await api.remove(serverId).catch(ignoreNotFound);
      await removeLocalScenario(record.localId);
      return true;
    }
    const { serverId, version } = record;
    const creating = serverId === null || version === null;
    const sent = creating
      ? await createOnce(api, record)
      : {
          node: await api.update(serverId, version, record.title, record.input),
          sentUpdatedAt: record.updatedAt,
        };
    if (!sent) return true; // deleted on the device before its create went out
    const { node, sentUpdatedAt } = sent;
    const current = await localScenario(record.localId);
    if (!current) {
      // Deleted on the device (dropped as never sent) while its create was on the way: the
      // server's copy goes too, or it would come back with the next pull.
      if (creating) await api.remove(node.id).catch(ignoreNotFound);
      return true;
    }
    if (current.updatedAt !== sentUpdatedAt) {
      // Edited after what was sent: that edit is still to send, on the new version; now.
      const edited = {
        ...current,
        serverId: node.id,
        version: node.version,
        syncError: null,
        createSent: undefined,
      };
      await putLocalScenario(edited);
      return push(api, edited);
    }
    await putLocalScenario({
      ...fromServer(current, node),
      updatedAt: current.updatedAt,
      createSent: undefined,
    });
    return true;
  } catch (error) {
    if (error instanceof ConflictError && record.serverId) {
      const server = await api.get(record.serverId);
      await settle(record, (current) => ({
        ...current,
        conflict: { title: server.title, input: fromWire(server.inputs), version: server.version },
      }));
      return true;
    }
    if (error instanceof UserInputError || error instanceof NotFoundError) {
      // The server refuses this copy: keep it, say why, and go on with the others. A refused
      // create stored nothing, so its next attempt may carry the user's fix.
      await settle(record, (current) => ({
        ...current,
        syncError: error.message,
        createSent: undefined,
      }));
      return true;
    }
    return false;
  }
}

/**
 * Creates the scenario on the server exactly once: every attempt carries the record's
 * clientRequestId and the content first sent with it, so when an earlier attempt was stored
 * but its answer lost, the API answers with that scenario instead of storing another (an
 * edit made since goes out afterwards as an update).
 */
async function createOnce(
  api: ScenarioApi,
  record: LocalScenario,
): Promise<{ node: ScenarioNodeData; sentUpdatedAt: string } | null> {
  const clientRequestId = record.clientRequestId ?? crypto.randomUUID();
  const sent = record.createSent ?? {
    title: record.title,
    input: record.input,
    updatedAt: record.updatedAt,
  };
  if (
    (!record.createSent || !record.clientRequestId) &&
    !(await settle(record, (current) => ({ ...current, clientRequestId, createSent: sent })))
  )
    return null; // no longer on the device: nothing to create
  const node = await api.create(sent.title, sent.input, clientRequestId);
  return { node, sentUpdatedAt: sent.updatedAt };
}

/** Brings in what changed on the server (another tab, a fork, a delete elsewhere). */
async function pull(api: ScenarioApi): Promise<void> {
  const nodes = await api.list();
  if (nodes === null) return;
  const locals = await allLocalScenarios();
  const byServerId = new Map(
    locals.filter((record) => record.serverId).map((record) => [record.serverId, record]),
  );
  for (const node of nodes) {
    const local = byServerId.get(node.id);
    byServerId.delete(node.id);
    if (!local) await putLocalScenario(fromServer({ localId: crypto.randomUUID() }, node));
    else if (local.pending === null && local.conflict === null && local.version !== node.version) {
      await putLocalScenario(fromServer(local, node));
    } else if (
      local.pending === null &&
      (local.shareSlug ?? null) !== (node.share?.active ? node.share.slug : null)
    ) {
      await putLocalScenario(fromServer(local, node));
    }
  }
  // Gone from the server and nothing to send: deleted from another tab or device.
  for (const local of byServerId.values()) {
    if (local.pending === null && local.conflict === null) await removeLocalScenario(local.localId);
  }
}

/**
 * Re-reads the record (it may have changed during a request) and stores the update. False
 * when the record is gone from the device.
 */
async function settle(
  record: LocalScenario,
  update: (current: LocalScenario) => LocalScenario,
): Promise<boolean> {
  const current = await localScenario(record.localId);
  if (current) await putLocalScenario(update(current));
  return current !== undefined;
}

/**
 * The server's id for a deleted save whose create was sent but never answered: the create is
 * repeated with its key and content, so the API answers with the scenario it stored, or stores
 * it now if the first attempt never arrived (harmless: it is deleted next). Null when there is
 * no such create or the API refuses it (then it stored nothing).
 */
async function lostCreateId(api: ScenarioApi, record: LocalScenario): Promise<string | null> {
  const { createSent, clientRequestId } = record;
  if (!createMayHaveArrived(record) || !createSent || !clientRequestId) return null;
  try {
    return (await api.create(createSent.title, createSent.input, clientRequestId)).id;
  } catch (error) {
    if (error instanceof UserInputError) return null;
    throw error;
  }
}

function ignoreNotFound(error: unknown): void {
  if (!(error instanceof NotFoundError)) throw error;
}
