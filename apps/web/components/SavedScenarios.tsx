'use client';
import { useEffect, useState } from 'react';
import { apolloClient } from '../lib/api-client/apollo';
import { allLocalScenarios, type LocalScenario } from '../lib/sync/local-scenarios';
import { syncScenarios } from '../lib/sync/sync';
import { useSyncStatus } from '../lib/sync/sync-status';
import { SavedScenarioItem } from './SavedScenarioItem';

/** The device's saved scenarios, re-read whenever the local store changes. */
export function SavedScenarios() {
  const { revision } = useSyncStatus();
  const [records, setRecords] = useState<LocalScenario[] | null>(null);

  useEffect(() => {
    void syncScenarios(apolloClient);
  }, []);

  useEffect(() => {
    void allLocalScenarios().then(setRecords);
  }, [revision]);

  if (records === null) return <p className="muted">Loading…</p>;
  const visible = records.filter((record) => record.pending !== 'delete');
  if (visible.length === 0) {
    return (
      <p className="muted">
        Nothing saved yet. Save a scenario from the quick check; no account needed.
      </p>
    );
  }
  return (
    <ul style={{ listStyle: 'none', padding: 0 }}>
      {visible.map((record) => (
        <SavedScenarioItem key={record.localId} record={record} />
      ))}
    </ul>
  );
}
