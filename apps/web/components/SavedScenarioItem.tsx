'use client';
import { useState } from 'react';
import { apolloClient } from '../lib/api-client/apollo';
import { putLocalScenario, type LocalScenario } from '../lib/sync/local-scenarios';
import { deleteScenario, editScenario } from '../lib/sync/saved-scenarios';
import { ScenarioApi } from '../lib/api-client/scenario-api';
import { scenarioHref } from '../lib/url/scenario-url';
import { shareOrCopy, shareUrl } from '../lib/sync/share-link';
import { fromServer } from '../lib/sync/sync';
import { useOnline } from '../lib/hooks/use-online';
import { useServerReach } from '../lib/hooks/use-server-reach';
import { ConflictPanel } from './ConflictPanel';
import { IntentLink } from './IntentLink';
import { SAVED_PARAM } from './SaveBar';

function statusOf(record: LocalScenario): string {
  if (record.conflict) return 'Conflict';
  if (record.syncError) return 'Not accepted by the server';
  if (record.pending === 'delete') return 'Deleting when online';
  if (record.pending === 'save') return 'Waiting to sync';
  return 'Synced';
}

/** One saved scenario: open, rename, share or stop sharing, delete; its sync state. */
export function SavedScenarioItem({ record }: { record: LocalScenario }) {
  const online = useOnline();
  const reach = useServerReach();
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(record.title);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const link = record.shareSlug ? shareUrl(record.shareSlug) : null;
  const canShare = online && record.serverId !== null && record.pending === null;

  async function share() {
    if (!record.serverId) return;
    setBusy(true);
    try {
      const node = await new ScenarioApi(apolloClient).share(record.serverId);
      await putLocalScenario(fromServer(record, node));
      const url = shareUrl(node.share?.slug ?? '');
      const how = await shareOrCopy(record.title, url);
      setNotice(
        how === 'copied' ? 'Link copied.' : how === 'shared' ? 'Shared.' : 'Copy the link below.',
      );
    } catch (error) {
      setNotice(`Could not share: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  async function revoke() {
    if (!record.serverId) return;
    setBusy(true);
    try {
      const node = await new ScenarioApi(apolloClient).revoke(record.serverId);
      await putLocalScenario(fromServer(record, node));
      setNotice('The link no longer works.');
    } finally {
      setBusy(false);
    }
  }

  const open = `${scenarioHref('/', record.input)}&${SAVED_PARAM}=${record.localId}`;
  return (
    <li className="card" data-testid="saved-scenario" aria-label={record.title}>
      {renaming ? (
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            setRenaming(false);
            if (title.trim() && title.trim() !== record.title)
              void editScenario(record.localId, { title: title.trim() });
          }}
        >
          <label className="sr-only" htmlFor={`title-${record.localId}`}>
            New title
          </label>
          <input
            id={`title-${record.localId}`}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            autoFocus
          />
          <button type="submit" className="primary">
            Rename
          </button>
        </form>
      ) : (
        <h2 style={{ margin: 0 }}>
          <IntentLink href={open}>{record.title}</IntentLink>
        </h2>
      )}
      <p className="small muted" data-testid="sync-state">
        {statusOf(record)}
        {record.pending && reach === false ? ': the server cannot be reached' : ''}
        {record.syncError ? `: ${record.syncError}` : ''}
        {record.version !== null ? ` · version ${record.version}` : ''}
      </p>
      <ConflictPanel record={record} />
      {link && (
        <div className="field">
          <label htmlFor={`link-${record.localId}`}>Read-only link</label>
          <input
            id={`link-${record.localId}`}
            readOnly
            value={link}
            onFocus={(event) => event.target.select()}
            data-testid="share-link"
          />
        </div>
      )}
      {notice && (
        <p className="small" role="status">
          {notice}
        </p>
      )}
      <div className="row">
        <button type="button" className="secondary" onClick={() => setRenaming(true)}>
          Rename
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!canShare || busy}
          onClick={() => void share()}
        >
          Share
        </button>
        {link && (
          <button
            type="button"
            className="secondary"
            disabled={!online || busy}
            onClick={() => void revoke()}
          >
            Stop sharing
          </button>
        )}
        <button
          type="button"
          className="secondary"
          onClick={() => void deleteScenario(record.localId)}
        >
          Delete
        </button>
      </div>
      {!canShare && record.shareSlug === null && (
        <p className="small muted">Sharing needs the scenario synced and a network.</p>
      )}
    </li>
  );
}
