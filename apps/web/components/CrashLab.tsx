'use client';
import { historicalCrashes, type Assessment, type Simulation } from '@belowzero/risk-core';
import { useMemo } from 'react';
import {
  chartAssetOf,
  crashCurve,
  crashRun,
  type InitialCrash,
} from '../lib/screens/crash-outcome';
import { defaultCrash, isCrashSettings, type CrashSettings } from '../lib/screens/crash-settings';
import { defaultScenario } from '../lib/screens/default-scenario';
import { formatMoney } from '../lib/format/format';
import { priceLevels } from '../lib/screens/price-levels';
import { profileOf } from '../lib/screens/scenario-check';
import { useScenarioCheck } from '../lib/screens/use-profiles';
import { CRASH_PARAM } from '../lib/url/url-params';
import { useScenarioAndSettings } from '../lib/url/use-scenario-settings';
import { DeficitWaterfallChart } from './DeficitWaterfallChart';
import { EquityChart, type ChartMarker } from './EquityChart';
import { EventTimeline } from './EventTimeline';
import { Field } from './Field';
import { ScenarioProblem } from './ScenarioProblem';
import { Segmented } from './Segmented';
import { SelectField } from './SelectField';

/** The chart's marks: the position's price levels that the chart shows (lib/screens/price-levels.ts). */
function markersFor(assessment: Assessment, asset: string): ChartMarker[] {
  const position = assessment.positions.find((candidate) => candidate.asset === asset);
  if (!position) return [];
  // The chart's zero mark is drawn in the text colour: it is the axis's end, not a rung.
  return priceLevels(position).flatMap((level) =>
    level.marker === null
      ? []
      : [
          {
            price: level.price,
            label: level.marker,
            color: level.marker === 'zero' ? 'var(--text)' : level.color,
          },
        ],
  );
}

/**
 * The crash lab: a shock, a coin to zero or a historical replay, and what it does to the account.
 * `initial`: the default scenario's run and curve, computed by risk-core when the page was built
 * (app/crash/page.tsx), so hydrating the prerendered screen does not simulate again.
 */
export function CrashLab({ initial }: { initial?: InitialCrash }) {
  const { scenario, settings, setSettings, urlQuery } = useScenarioAndSettings<CrashSettings>(
    CRASH_PARAM,
    defaultCrash,
    isCrashSettings,
  );
  const check = useScenarioCheck(scenario);
  // The build computed it on the bundled profile; a newer one from the API computes it again.
  const asBuilt =
    initial !== undefined &&
    scenario === defaultScenario &&
    check.profile === profileOf(scenario.exchange);
  const outcome = useMemo(() => {
    if (asBuilt && settings === defaultCrash) return initial.run;
    return check.ok ? crashRun(scenario, check.profile, settings) : null;
  }, [asBuilt, initial, check, scenario, settings]);
  const assets = [...new Set(scenario.account.positions.map((position) => position.asset))];
  const chartAsset = chartAssetOf(scenario, settings);
  const curve = useMemo(() => {
    if (asBuilt && chartAsset === chartAssetOf(defaultScenario, defaultCrash)) return initial.curve;
    return crashCurve(scenario, check, chartAsset);
  }, [asBuilt, initial, check, scenario, chartAsset]);
  const set = (patch: Partial<CrashSettings>) => setSettings({ ...settings, ...patch });

  if (!check.ok) {
    return (
      <>
        {urlQuery}
        <ScenarioProblem scenario={scenario} error={check.error} />
      </>
    );
  }
  const simulation: Simulation | null = outcome?.simulation ?? null;
  const currency = check.assessment.settlementAsset;
  return (
    <>
      {urlQuery}
      <section className="card" aria-label="Price path">
        <Segmented
          label="What happens to the price"
          value={settings.kind}
          options={[
            { value: 'shock', label: 'Shock' },
            { value: 'to_zero', label: 'Coin to zero' },
            { value: 'replay', label: 'History' },
          ]}
          onChange={(kind) => set({ kind })}
        />
        {settings.kind === 'shock' && (
          <Field
            label="Fall in % (negative: a rise)"
            name="path.dropPercent"
            value={settings.dropPercent}
            error={outcome?.error ?? null}
            onChange={(dropPercent) => set({ dropPercent })}
          />
        )}
        {settings.kind !== 'replay' && (
          <>
            <Field
              label="Over (minutes)"
              name="path.durationMs"
              value={settings.durationMinutes}
              error={outcome?.error ?? null}
              onChange={(durationMinutes) => set({ durationMinutes })}
            />
            <label className="check">
              <input
                type="checkbox"
                checked={settings.gap}
                onChange={(event) => set({ gap: event.target.checked })}
              />
              One jump (a gap: no trade in between)
            </label>
          </>
        )}
        {settings.kind === 'replay' && (
          <SelectField
            label="Historical crash"
            name="path.crashId"
            value={settings.crashId}
            options={historicalCrashes.map((crash) => ({
              value: crash.id,
              label: `${crash.title} (${crash.asset})`,
            }))}
            error={outcome?.error ?? null}
            onChange={(crashId) => set({ crashId })}
          />
        )}
        <div className="grid-2">
          <SelectField
            label="Asset that moves"
            name="path.asset"
            value={settings.asset}
            options={[
              { value: '', label: 'Every asset' },
              ...assets.map((asset) => ({ value: asset, label: asset })),
            ]}
            error={outcome?.error ?? null}
            onChange={(asset) => set({ asset })}
          />
          <SelectField
            label="Insurance fund"
            name="options.insuranceFundScale"
            value={settings.fundScale}
            options={[
              { value: '1', label: 'As published' },
              { value: '0.5', label: 'Half empty' },
              { value: '0', label: 'Empty' },
            ]}
            error={outcome?.error ?? null}
            onChange={(fundScale) => set({ fundScale })}
          />
        </div>
        {settings.kind === 'replay' && <ReplayNote crashId={settings.crashId} />}
      </section>
      {outcome?.error && !['path.dropPercent', 'path.durationMs'].includes(outcome.error.field) && (
        <p className="error-box">{outcome.error.message}</p>
      )}
      {simulation && (
        <>
          <section className="card" aria-label="Outcome" data-testid="crash-outcome">
            <dl className="figures">
              <div>
                <dt>Balance before</dt>
                <dd>{formatMoney(simulation.startingBalance, currency)}</dd>
              </div>
              <div>
                <dt>Balance after</dt>
                <dd data-testid="final-balance">
                  {formatMoney(simulation.finalBalance, currency)}
                </dd>
              </div>
              {simulation.residualAtStake !== '0' && (
                <div>
                  <dt>May come back</dt>
                  <dd data-testid="residual-at-stake">
                    up to {formatMoney(simulation.residualAtStake, currency)}
                  </dd>
                </div>
              )}
              <div>
                <dt>Deficit past zero</dt>
                <dd>{formatMoney(simulation.deficit, currency)}</dd>
              </div>
              <div>
                <dt>You owe</dt>
                <dd data-testid="user-owes">{formatMoney(simulation.userOwes, currency)}</dd>
              </div>
            </dl>
            {simulation.residualAtStake !== '0' && (
              <p className="small muted" data-testid="residual-note">
                The liquidation left margin in the position. This exchange does not say whether it
                gives that back or keeps it for its insurance fund, so the balance above counts it
                as lost; you may get up to {formatMoney(simulation.residualAtStake, currency)} back.
              </p>
            )}
          </section>
          <section className="card" aria-label="Equity against price">
            <h2 style={{ marginTop: 0 }}>Equity against {chartAsset} price</h2>
            <EquityChart
              points={curve}
              markers={markersFor(check.assessment, chartAsset)}
              currency={currency}
            />
          </section>
          <section className="card">
            <h2 style={{ marginTop: 0 }}>Timeline</h2>
            <EventTimeline events={simulation.events} currency={currency} />
          </section>
          {simulation.deficitPaidBy.length > 0 && (
            <section className="card">
              <h2 style={{ marginTop: 0 }}>Who paid the deficit</h2>
              <DeficitWaterfallChart
                parts={simulation.deficitPaidBy}
                total={simulation.deficit}
                currency={currency}
              />
            </section>
          )}
          {simulation.notes.length > 0 && (
            <ul className="small muted">
              {simulation.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

function ReplayNote({ crashId }: { crashId: string }) {
  const crash = historicalCrashes.find((candidate) => candidate.id === crashId);
  if (!crash) return null;
  return (
    <details className="small">
      <summary>About this crash ({crash.date})</summary>
      <p>{crash.summary}</p>
      <p>
        <strong>Who covered the deficits:</strong> {crash.deficitCoverage}
      </p>
      <p className="muted">Sources: {crash.sources.join('; ')}</p>
    </details>
  );
}
