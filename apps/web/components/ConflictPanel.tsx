'use client';
import type { ScenarioInput } from '@belowzero/risk-core';
import type { LocalScenario } from '../lib/sync/local-scenarios';
import { resolveConflict } from '../lib/sync/saved-scenarios';
import { scenarioHref } from '../lib/url/scenario-url';
import { IntentLink } from './IntentLink';

function summary(input: ScenarioInput): string {
  return input.account.positions
    .map(
      (position) =>
        `${position.side} ${position.size ?? position.amount} ${position.asset} @ ${position.entryPrice}, ${position.leverage}x ${position.marginMode}`,
    )
    .join('; ');
}

/** Both versions of a scenario edited in two places; the user chooses, nothing is dropped silently. */
export function ConflictPanel({ record }: { record: LocalScenario }) {
  const server = record.conflict;
  if (!server) return null;
  return (
    <div className="warning" role="group" aria-label={`Conflict in ${record.title}`}>
      <strong>This scenario was changed elsewhere while you edited it.</strong>
      <div className="grid-2" style={{ marginTop: 8 }}>
        <div data-testid="conflict-mine">
          <h3>Your version</h3>
          <p className="small">
            <strong>{record.title}</strong>
            <br />
            {summary(record.input)}
          </p>
          <IntentLink href={scenarioHref('/', record.input)}>Open yours</IntentLink>
        </div>
        <div data-testid="conflict-theirs">
          <h3>Saved version (v{server.version})</h3>
          <p className="small">
            <strong>{server.title}</strong>
            <br />
            {summary(server.input)}
          </p>
          <IntentLink href={scenarioHref('/', server.input)}>Open saved</IntentLink>
        </div>
      </div>
      <div className="row" style={{ marginTop: 8 }}>
        <button
          type="button"
          className="primary"
          onClick={() => void resolveConflict(record.localId, 'mine')}
        >
          Keep mine
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void resolveConflict(record.localId, 'theirs')}
        >
          Keep saved
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void resolveConflict(record.localId, 'both')}
        >
          Keep both
        </button>
      </div>
    </div>
  );
}
