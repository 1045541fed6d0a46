'use client';
import { guardRails, type SafeguardProfile, type ScenarioInput } from '@belowzero/risk-core';
import { useMemo, useState } from 'react';
import { formatAmount, formatPercent } from '../lib/format/format';
import { asFieldError } from '../lib/screens/scenario-check';
import { Field } from './Field';

/** What would make this scenario safe against a gap of the size the user fears (risk-core guardRails). */
export function GuardRailsCard({
  scenario,
  profile,
}: {
  scenario: ScenarioInput;
  profile: SafeguardProfile;
}) {
  const [gapPercent, setGapPercent] = useState('30');
  const outcome = useMemo(() => {
    try {
      return { rails: guardRails(scenario, profile, gapPercent), error: null };
    } catch (error) {
      return { rails: null, error: asFieldError(error) };
    }
  }, [scenario, profile, gapPercent]);
  const rails = outcome.rails;
  return (
    <section className="card" aria-label="Guard rails" data-testid="guard-rails">
      <h2 style={{ marginTop: 0 }}>Guard rails</h2>
      <Field
        label="Gap to survive (% in one jump)"
        name="gapPercent"
        value={gapPercent}
        error={outcome.error}
        onChange={setGapPercent}
      />
      {outcome.error && outcome.error.field !== 'gapPercent' && (
        <p className="error-box">{outcome.error.message}</p>
      )}
      {rails && (
        <>
          <dl className="figures">
            <div>
              <dt>Highest leverage with no deficit</dt>
              <dd>
                {rails.maxLeverageWithoutDeficit
                  ? `${formatAmount(rails.maxLeverageWithoutDeficit, undefined, 2)}x`
                  : 'none'}
              </dd>
            </div>
            <div>
              <dt>Highest leverage at which you cannot owe</dt>
              <dd>
                {rails.maxSafeLeverage
                  ? `${formatAmount(rails.maxSafeLeverage, undefined, 2)}x`
                  : 'none'}
              </dd>
            </div>
          </dl>
          <ul className="small">
            {rails.stops.map((stop) => (
              <li key={stop.index}>
                {stop.asset} {stop.side}:{' '}
                {stop.safeStopPrice
                  ? `a stop at ${formatAmount(stop.safeStopPrice)} (${formatPercent(stop.safeStopDistancePercent, undefined, true)}) or closer is safe. `
                  : ''}
                {stop.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
