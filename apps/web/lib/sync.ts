'use client';
/**
 * Sends the device's pending changes to the API and pulls the server's list back. Runs on
 * start, on reconnect and after every local save; one run at a time. A stale version
 * (CONFLICT) keeps both copies on the device until the user chooses (lib/conflicts.ts).
 */
import type { ApolloClient } from '@apollo/client';
import {
  allLocalScenarios,
  localScenario,
  putLocalScenario,
  removeLocalScenario,
  type LocalScenario,
} from './local-scenarios';
import { canonicalJson } from './canonical-json';
import { ConflictError, NotFoundError, ScenarioApi, UserInputError } from './scenario-api';
import { fromWire, type ScenarioNodeData } from './scenario-wire';

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
      if (record.serverId) await api.remove(record.serverId).catch(ignoreNotFound);
      await removeLocalScenario(record.localId);
      return true;
    }
    const node =
      record.serverId === null || record.version === null
        ? await createOnce(api, record)
        : await api.update(record.serverId, record.version, record.title, record.input);
    await settle(record, (current) => {
      // Edited again while the request was in flight: keep that edit pending, on the new version.
      const editedMeanwhile = current.updatedAt !== record.updatedAt;
      return editedMeanwhile
        ? {
            ...current,
            serverId: node.id,
            version: node.version,
            syncError: null,
            createSentAt: undefined,
          }
        : { ...fromServer(current, node), updatedAt: current.updatedAt, createSentAt: undefined };
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
      // The server refuses this copy: keep it, say why, and go on with the others.
      await settle(record, (current) => ({ ...current, syncError: error.message }));
      return true;
    }
    return false;
  }
}

/**
 * Creates the scenario on the server exactly once. When an earlier create got no answer (the
 * connection dropped after sending), the server may have stored it: a scenario there with the
 * same title and inputs that no record on this device claims is that one, and is adopted.
 */
async function createOnce(api: ScenarioApi, record: LocalScenario): Promise<ScenarioNodeData> {
  if (record.createSentAt) {
    const nodes = (await api.list()) ?? [];
    const claimed = new Set((await allLocalScenarios()).map((local) => local.serverId));
    const sameInputs = canonicalJson(record.input);
    const stored = nodes.find(
      (node) =>
        !claimed.has(node.id) &&
        node.title === record.title.trim() &&
        canonicalJson(fromWire(node.inputs)) === sameInputs,
    );
    if (stored) return stored;
  }
  await settle(record, (current) => ({ ...current, createSentAt: new Date().toISOString() }));
  return api.create(record.title, record.input);
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

/** Re-reads the record (it may have changed during a request) and stores the update. */
async function settle(
  record: LocalScenario,
  update: (current: LocalScenario) => LocalScenario,
): Promise<void> {
  const current = await localScenario(record.localId);
  if (current) await putLocalScenario(update(current));
}

function ignoreNotFound(error: unknown): void {
  if (!(error instanceof NotFoundError)) throw error;
}
