'use client';
import type { Probability } from '@belowzero/risk-core';
import { formatFraction, formatMoney } from '../lib/format/format';
import {
  defaultOdds,
  isOddsSettings,
  MARKET_PRESETS,
  presetOf,
  toOddsOptions,
  type MarketPreset,
  type OddsSettings,
} from '../lib/screens/odds-settings';
import { oddsSummary } from '../lib/screens/odds-summary';
import { useScenarioCheck } from '../lib/screens/use-profiles';
import { ODDS_PARAM } from '../lib/url/url-params';
import { useOddsWorker } from '../lib/screens/use-odds-worker';
import { useScenarioAndSettings } from '../lib/url/use-scenario-settings';
import { Field } from './Field';
import { ScenarioProblem } from './ScenarioProblem';
import { Segmented } from './Segmented';

function ProbabilityRow({
  label,
  value,
  testId,
}: {
  label: string;
  value: Probability;
  testId: string;
}) {
  return (
    <tr data-testid={testId}>
      <th scope="row">{label}</th>
      <td className="num">
        <strong>{formatFraction(value.probability, undefined, 2)}</strong>
      </td>
      <td className="num small">
        {formatFraction(value.interval.low, undefined, 2)} –{' '}
        {formatFraction(value.interval.high, undefined, 2)}
      </td>
    </tr>
  );
}

/** The odds of liquidation, of a deficit and of owing money, from risk-core's Monte Carlo in a worker. */
export function OddsLab() {
  const { scenario, settings, setSettings, urlQuery } = useScenarioAndSettings<OddsSettings>(
    ODDS_PARAM,
    defaultOdds,
    isOddsSettings,
  );
  const { state, start, cancel } = useOddsWorker();
  const check = useScenarioCheck(scenario);
  const set = (patch: Partial<OddsSettings>) => setSettings({ ...settings, ...patch });
  const running = state.status === 'running';
  const error =
    state.status === 'failed' ? { field: state.field ?? '', message: state.message } : null;
  const fieldOf = (key: string) => (error?.field === `options.${key}` ? error : null);

  if (!check.ok) {
    return (
      <>
        {urlQuery}
        <ScenarioProblem scenario={scenario} error={check.error} />
      </>
    );
  }
  const currency = check.assessment.settlementAsset;
  // risk-core moves the first position's coin; the others stay at their prices.
  const moving = check.assessment.positions[0]?.asset ?? '';
  const preset = presetOf(settings);
  return (
    <>
      {urlQuery}
      <section className="card" aria-label="Model">
        <p data-testid="odds-asset">
          The price of <strong>{moving}</strong> moves (your first position&apos;s coin); any other
          coins stay at their prices.
        </p>
        <Segmented
          label="Market"
          value={preset ?? 'custom'}
          options={[
            { value: 'calm', label: 'Calm' },
            { value: 'normal', label: 'Normal' },
            { value: 'stormy', label: 'Stormy' },
            ...(preset === null ? [{ value: 'custom', label: 'Your figures' }] : []),
          ]}
          onChange={(next) => {
            if (next in MARKET_PRESETS) set(MARKET_PRESETS[next as MarketPreset]);
          }}
        />
        <p className="small muted">
          Price paths from a jump-diffusion model: steady volatility plus sudden jumps, with
          belowzero&apos;s rough figures for a calm, normal or stormy market (not any venue&apos;s);
          change any figure below. Seeded, so the same settings give the same answer.
        </p>
        <div className="grid-2">
          <Field
            label="Horizon (hours)"
            name="options.horizonHours"
            value={settings.horizonHours}
            error={fieldOf('horizonHours')}
            onChange={(horizonHours) => set({ horizonHours })}
          />
          <Field
            label="Volatility (per year)"
            name="options.volatility"
            value={settings.volatility}
            hint="0.8 = 80 %"
            error={fieldOf('volatility')}
            onChange={(volatility) => set({ volatility })}
          />
          <Field
            label="Jumps per year"
            name="options.jumpIntensityPerYear"
            value={settings.jumpIntensityPerYear}
            error={fieldOf('jumpIntensityPerYear')}
            onChange={(jumpIntensityPerYear) => set({ jumpIntensityPerYear })}
          />
          <Field
            label="Mean log jump"
            name="options.jumpMean"
            value={settings.jumpMean}
            error={fieldOf('jumpMean')}
            onChange={(jumpMean) => set({ jumpMean })}
          />
          <Field
            label="Jump spread"
            name="options.jumpStdDev"
            value={settings.jumpStdDev}
            error={fieldOf('jumpStdDev')}
            onChange={(jumpStdDev) => set({ jumpStdDev })}
          />
          <Field
            label="Paths"
            name="options.paths"
            value={settings.paths}
            error={fieldOf('paths')}
            onChange={(paths) => set({ paths })}
          />
          <Field
            label="Steps per path"
            name="options.steps"
            value={settings.steps}
            error={fieldOf('steps')}
            onChange={(steps) => set({ steps })}
          />
          <Field
            label="Seed"
            name="options.seed"
            value={settings.seed}
            error={fieldOf('seed')}
            onChange={(seed) => set({ seed })}
          />
        </div>
        <div className="row">
          <button
            type="button"
            className="primary"
            disabled={running}
            onClick={() => start(scenario, check.profile, toOddsOptions(settings))}
          >
            Run
          </button>
          <button type="button" className="secondary" disabled={!running} onClick={cancel}>
            Cancel
          </button>
        </div>
        {running && (
          <div style={{ marginTop: 10 }}>
            <label htmlFor="odds-progress" className="small">
              {state.total > 0
                ? `${state.done.toLocaleString()} of ${state.total.toLocaleString()} paths`
                : 'Starting…'}
            </label>
            <progress id="odds-progress" max={state.total || 1} value={state.done} />
          </div>
        )}
        {state.status === 'cancelled' && (
          <p className="small" role="status">
            Cancelled.
          </p>
        )}
        {error && !error.field.startsWith('options.') && (
          <p className="error-box">{error.message}</p>
        )}
      </section>
      {state.status === 'done' && (
        <section className="card" aria-label="Odds" data-testid="odds-result">
          <p data-testid="odds-summary">
            <strong>{oddsSummary(state.result)}</strong>
          </p>
          <table>
            <thead>
              <tr>
                <th>Over {settings.horizonHours} h</th>
                <th className="num">Probability</th>
                <th className="num">95 % interval</th>
              </tr>
            </thead>
            <tbody>
              <ProbabilityRow
                label="Liquidated"
                value={state.result.liquidation}
                testId="odds-liquidation"
              />
              <ProbabilityRow
                label="A deficit past zero"
                value={state.result.deficit}
                testId="odds-deficit"
              />
              <ProbabilityRow
                label="You owe money"
                value={state.result.userOwes}
                testId="odds-owes"
              />
            </tbody>
          </table>
          <dl className="figures" style={{ marginTop: 10 }}>
            <div>
              <dt>Expected deficit</dt>
              <dd>{formatMoney(state.result.expectedDeficit, currency)}</dd>
            </div>
            <div>
              <dt>Worst 1 % average deficit</dt>
              <dd>{formatMoney(state.result.tailDeficit99, currency)}</dd>
            </div>
            <div>
              <dt>Expected amount owed</dt>
              <dd>{formatMoney(state.result.expectedUserOwes, currency)}</dd>
            </div>
            <div>
              <dt>Paths × steps</dt>
              <dd>
                {state.result.paths.toLocaleString()} × {state.result.steps.toLocaleString()}
              </dd>
            </div>
          </dl>
          {state.result.notes.map((note) => (
            <p key={note} className="small muted">
              {note}
            </p>
          ))}
        </section>
      )}
    </>
  );
}
