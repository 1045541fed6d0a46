'use client';
import type { ScenarioInput } from '@belowzero/risk-core';
import { useScenarioCheck } from '../lib/screens/use-profiles';
import { AnswerCard } from './AnswerCard';

/** The answer card for a read-only scenario (a shared link); an invalid one says which field. */
export function ScenarioAnswer({ scenario }: { scenario: ScenarioInput }) {
  const check = useScenarioCheck(scenario);
  if (!check.ok) {
    return (
      <p className="error-box">
        {check.error.field && <strong>{check.error.field}: </strong>}
        {check.error.message}
      </p>
    );
  }
  return <AnswerCard assessment={check.assessment} scenario={scenario} />;
}
