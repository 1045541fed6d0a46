'use client';
import type { ScenarioInput } from '@belowzero/risk-core';
import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { localScenario, type LocalScenario } from '../lib/sync/local-scenarios';
import { editScenario, saveNewScenario } from '../lib/sync/saved-scenarios';
import { useOnline } from '../lib/hooks/use-online';
import { profileOf } from '../lib/screens/scenario-check';

export const SAVED_PARAM = 'saved';

/**
 * Save the scenario on the screen: a new one, or changes to the saved one it was opened
 * from (?saved=<localId>). Saving goes to the device first, so it works offline.
 */
export function SaveBar({ scenario, disabled }: { scenario: ScenarioInput; disabled: boolean }) {
  const params = useSearchParams();
  const online = useOnline();
  const savedId = params.get(SAVED_PARAM);
  const [saved, setSaved] = useState<LocalScenario | null>(null);
  const [title, setTitle] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (!savedId) return setSaved(null);
    void localScenario(savedId).then((record) => {
      setSaved(record ?? null);
      if (record) setTitle(record.title);
    });
  }, [savedId]);

  // The Save button often sits just above the tab bar: its message must not appear below it.
  useEffect(() => status.current?.scrollIntoView({ block: 'nearest' }), [message]);

  const done = (text: string) =>
    setMessage(online ? text : `${text} on this device; it syncs when you are back online.`);

  async function saveNew() {
    const record = await saveNewScenario(title.trim() || defaultTitle(scenario), scenario);
    const url = new URL(window.location.href);
    url.searchParams.set(SAVED_PARAM, record.localId);
    window.history.replaceState(null, '', `${url.pathname}${url.search}`);
    done('Saved');
  }

  async function saveChanges() {
    if (!saved) return;
    await editScenario(saved.localId, { title: title.trim() || saved.title, input: scenario });
    done('Changes saved');
  }

  return (
    <section className="card" aria-label="Save">
      <div className="field">
        <label htmlFor="scenario-title">Title</label>
        <input
          id="scenario-title"
          value={title}
          placeholder={defaultTitle(scenario)}
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <div className="row">
        {saved ? (
          <>
            <button
              type="button"
              className="primary"
              disabled={disabled}
              onClick={() => void saveChanges()}
            >
              Save changes
            </button>
            <button
              type="button"
              className="secondary"
              disabled={disabled}
              onClick={() => void saveNew()}
            >
              Save as new
            </button>
          </>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={disabled}
            onClick={() => void saveNew()}
          >
            Save scenario
          </button>
        )}
      </div>
      {disabled && <p className="muted small">Fix the highlighted field to save.</p>}
      {message && (
        <p ref={status} className="small" role="status">
          {message}
        </p>
      )}
    </section>
  );
}

/** "long BTC 20x on Binance": the venue by its name (the slug only when it is unknown). */
function defaultTitle(scenario: ScenarioInput): string {
  const venue = profileOf(scenario.exchange)?.exchange ?? scenario.exchange;
  const first = scenario.account.positions[0];
  if (!first) return venue;
  const more =
    scenario.account.positions.length > 1 ? ` +${scenario.account.positions.length - 1}` : '';
  return `${first.side} ${first.asset} ${first.leverage}x on ${venue}${more}`;
}
