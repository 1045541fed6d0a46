'use client';
import dynamic from 'next/dynamic';
import type { ScenarioInput } from '@belowzero/risk-core';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { exchangeOptions } from '../lib/exchange-options';
import { checkScenario } from '../lib/scenario-check';
import { scenarioHref } from '../lib/scenario-url';
import { UrlQuery } from '../lib/url-query';
import { useScenario } from '../lib/use-scenario';
import { AnswerCard } from './AnswerCard';
import { IntentLink } from './IntentLink';
import { NearViewport } from './NearViewport';
import { ScenarioForm } from './ScenarioForm';

// Below the fold: loaded in the browser after the answer and the form are on screen (not
// prerendered: the save bar depends on the device's storage and the URL).
const GuardRailsCard = dynamic(() => import('./GuardRailsCard').then((m) => m.GuardRailsCard), {
  ssr: false,
});
const SaveBar = dynamic(() => import('./SaveBar').then((m) => m.SaveBar), { ssr: false });

/** The quick check: the form, validated as you type, and the answer above it. */
export function QuickCheck() {
  const [scenario, updateScenario, scenarioFromUrl] = useScenario();
  const check = useMemo(() => checkScenario(scenario), [scenario]);
  // The field being typed in stays where it is on screen when the answer above it changes
  // height (the answer card becoming an error line, and back). The browser's scroll anchoring
  // is off for this screen (overflow-anchor in globals.css): it lost the field here.
  const editing = useRef<{ field: Element; top: number } | null>(null);
  const setScenario = useCallback(
    (next: ScenarioInput) => {
      const field = document.activeElement;
      editing.current =
        field && field !== document.body ? { field, top: field.getBoundingClientRect().top } : null;
      updateScenario(next);
    },
    [updateScenario],
  );
  useLayoutEffect(() => {
    const before = editing.current;
    editing.current = null;
    if (!before?.field.isConnected) return;
    const moved = before.field.getBoundingClientRect().top - before.top;
    if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
  });
  const formError = check.ok ? null : check.error;
  return (
    <>
      <UrlQuery onChange={scenarioFromUrl} reveal />
      {check.ok ? (
        <AnswerCard assessment={check.assessment} scenario={scenario} />
      ) : (
        <p className="error-box" role="alert" data-testid="form-error">
          Fix the highlighted field: {check.error.message}
        </p>
      )}
      <ScenarioForm
        scenario={scenario}
        exchanges={exchangeOptions}
        error={formError}
        onChange={setScenario}
      />
      <p className="small">
        <IntentLink href={scenarioHref('/portfolio', scenario)}>
          Portfolio view: holdings, and each coin going to zero →
        </IntentLink>
      </p>
      {check.ok && (
        // Guard rails run dozens of risk-core simulations: only once the card is scrolled near.
        <NearViewport>
          <GuardRailsCard scenario={scenario} profile={check.profile} />
        </NearViewport>
      )}
      <SaveBar scenario={scenario} disabled={!check.ok} />
    </>
  );
}
