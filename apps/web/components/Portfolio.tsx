'use client';
import { simulate, type SafeguardProfile, type ScenarioInput } from '@belowzero/risk-core';
import { useMemo } from 'react';
import { exchangeOptions } from '../lib/screens/exchange-options';
import { formatMoney } from '../lib/format/format';
import { asFieldError } from '../lib/screens/scenario-check';
import { useScenarioCheck } from '../lib/screens/use-profiles';
import { UrlQuery } from '../lib/url/url-query';
import { useFieldAnchor } from '../lib/hooks/use-field-anchor';
import { useScenario } from '../lib/url/use-scenario';
import { AnswerCard } from './AnswerCard';
import { HoldingsFields } from './HoldingsFields';
import { ScenarioForm } from './ScenarioForm';

/** One gap per asset: that coin alone goes to zero at once, everything else stays. */
function eachCoinToZero(scenario: ScenarioInput, profile: SafeguardProfile) {
  const assets = [
    ...new Set([
      ...scenario.account.positions.map((p) => p.asset),
      ...(scenario.account.holdings ?? []).map((h) => h.asset),
    ]),
  ];
  return assets.map((asset) => {
    try {
      const result = simulate(scenario, profile, {
        kind: 'to_zero',
        durationMs: 60_000,
        steps: 1,
        asset,
      });
      return { asset, result, error: null };
    } catch (error) {
      return { asset, result: null, error: asFieldError(error).message };
    }
  });
}

/** The whole account at once: several positions and holdings, cross margin, one coin at a time to zero. */
export function Portfolio() {
  const [scenario, updateScenario, scenarioFromUrl] = useScenario();
  // Typing never moves the field: the card above it can turn into a one-line error.
  const setScenario = useFieldAnchor(updateScenario);
  const check = useScenarioCheck(scenario);
  const toZero = useMemo(
    () => (check.ok ? eachCoinToZero(scenario, check.profile) : []),
    [check, scenario],
  );
  return (
    <>
      <UrlQuery onChange={scenarioFromUrl} reveal />
      {check.ok ? (
        <section className="card" aria-label="One coin to zero" data-testid="coin-to-zero">
          <h2 style={{ marginTop: 0 }}>If one coin goes to zero</h2>
          <p className="small muted">
            Each row sends one asset to zero in a single jump, the others unchanged (diversification
            at work, or not).
          </p>
          <table>
            <thead>
              <tr>
                <th>Coin</th>
                <th className="num">Balance after</th>
                <th className="num">You owe</th>
              </tr>
            </thead>
            <tbody>
              {toZero.map(({ asset, result, error }) => (
                <tr key={asset}>
                  <th scope="row">{asset}</th>
                  {result ? (
                    <>
                      <td className="num">{formatMoney(result.finalBalance, result.currency)}</td>
                      <td className="num">{formatMoney(result.userOwes, result.currency)}</td>
                    </>
                  ) : (
                    <td colSpan={2}>{error}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : (
        <p className="error-box" role="alert">
          Fix the highlighted field: {check.error.message}
        </p>
      )}
      {/* The answer on the first screen, the form after it, as in the quick check. */}
      {check.ok && <AnswerCard assessment={check.assessment} scenario={scenario} />}
      <ScenarioForm
        scenario={scenario}
        exchanges={exchangeOptions}
        error={check.ok ? null : check.error}
        onChange={setScenario}
      />
      <HoldingsFields
        scenario={scenario}
        error={check.ok ? null : check.error}
        onChange={setScenario}
      />
    </>
  );
}
