'use client';
import dynamic from 'next/dynamic';
import { exchangeOptions } from '../lib/screens/exchange-options';
import { useScenarioCheck } from '../lib/screens/use-profiles';
import { scenarioHref } from '../lib/url/scenario-url';
import { UrlQuery } from '../lib/url/url-query';
import { useFieldAnchor } from '../lib/hooks/use-field-anchor';
import { useScenario } from '../lib/url/use-scenario';
import { AnswerCard } from './AnswerCard';
import { ExampleNotice } from './ExampleNotice';
import { IntentLink } from './IntentLink';
import { NearViewport } from './NearViewport';
import { ScenarioForm } from './ScenarioForm';
import { WayForward } from './WayForward';

// Below the fold: loaded in the browser after the answer and the form are on screen (not
// prerendered: the save bar depends on the device's storage and the URL).
const GuardRailsCard = dynamic(() => import('./GuardRailsCard').then((m) => m.GuardRailsCard), {
  ssr: false,
});
const SaveBar = dynamic(() => import('./SaveBar').then((m) => m.SaveBar), { ssr: false });

/** The quick check: the form, validated as you type, and the answer above it. */
export function QuickCheck() {
  const [scenario, updateScenario, scenarioFromUrl] = useScenario();
  const check = useScenarioCheck(scenario);
  const setScenario = useFieldAnchor(updateScenario);
  const formError = check.ok ? null : check.error;
  return (
    <>
      <UrlQuery onChange={scenarioFromUrl} reveal />
      <ExampleNotice scenario={scenario} />
      {check.ok ? (
        <AnswerCard assessment={check.assessment} scenario={scenario} />
      ) : (
        <>
          <p className="error-box" role="alert" data-testid="form-error">
            Fix the highlighted field: {check.error.message}
          </p>
          <WayForward scenario={scenario} error={check.error} onChange={setScenario} />
        </>
      )}
      <ScenarioForm
        scenario={scenario}
        exchanges={exchangeOptions}
        error={formError}
        onChange={setScenario}
        prefillMarks
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
