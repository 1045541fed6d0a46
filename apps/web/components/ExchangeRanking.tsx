'use client';
import { compare, type Comparison } from '@belowzero/risk-core';
import { profiles } from '@belowzero/risk-core/profiles';
import { useMemo, useState } from 'react';
import {
  defaultCrash,
  isCrashSettings,
  toPricePath,
  type CrashSettings,
} from '../lib/screens/crash-settings';
import { defaultScenario } from '../lib/screens/default-scenario';
import { formatDate, formatMoney, formatPercent } from '../lib/format/format';
import { asFieldError } from '../lib/screens/scenario-check';
import { scenarioHref } from '../lib/url/scenario-url';
import { CRASH_PARAM } from '../lib/url/url-params';
import { useScenarioAndSettings } from '../lib/url/use-scenario-settings';
import { useProfiles } from '../lib/screens/use-profiles';
import { IntentLink } from './IntentLink';

/**
 * The scenario under every exchange profile, ranked by risk-core's compare (worst outcome first
 * decides). `initial`: the default scenario's ranking, computed by risk-core when the page was
 * built (app/compare/page.tsx), so hydrating the prerendered list does not run compare on every
 * profile again; any other scenario, or the crash path, is ranked here.
 */
export function ExchangeRanking({ initial }: { initial?: Comparison }) {
  const {
    scenario,
    settings: crash,
    urlQuery,
  } = useScenarioAndSettings<CrashSettings>(CRASH_PARAM, defaultCrash, isCrashSettings);
  const [underCrash, setUnderCrash] = useState(false);
  const current = useProfiles();
  // The build ranked the bundled profiles; newer ones from the API are ranked again here.
  const asBuilt = current.every((profile, index) => profile === profiles[index]);
  const outcome = useMemo(():
    { comparison: Comparison; error: null } | { comparison: null; error: string } => {
    if (initial && asBuilt && scenario === defaultScenario && !underCrash)
      return { comparison: initial, error: null };
    try {
      return {
        comparison: compare(scenario, current, underCrash ? toPricePath(crash) : undefined),
        error: null,
      };
    } catch (error) {
      return { comparison: null, error: asFieldError(error).message };
    }
  }, [initial, asBuilt, current, scenario, crash, underCrash]);

  return (
    <section aria-label="Ranking">
      {urlQuery}
      <p className="small muted">
        Your scenario on every exchange, best outcome first: the balance left after{' '}
        {underCrash ? "the crash lab's price path" : 'the worst-case gap'}, then the distance to
        liquidation. <IntentLink href={scenarioHref('/', scenario)}>Edit the scenario</IntentLink>
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={underCrash}
          onChange={(event) => setUnderCrash(event.target.checked)}
        />
        Rank under the crash lab&apos;s path instead
      </label>
      {outcome.error !== null && <p className="error-box">{outcome.error}</p>}
      {outcome.comparison && (
        <>
          <ol style={{ listStyle: 'none', padding: 0 }} data-testid="ranking">
            {outcome.comparison.ranked.map((entry) => (
              <li key={entry.profileSlug} className="card">
                <div className="row" style={{ justifyContent: 'space-between' }}>
                  <h2 style={{ margin: 0, fontSize: '1rem' }}>
                    {entry.rank}.{' '}
                    <IntentLink href={`/exchanges/${entry.profileSlug}`}>
                      {entry.exchange} {entry.product}
                    </IntentLink>
                  </h2>
                  <span className="badge">{entry.answer.replace(/_/g, ' ')}</span>
                </div>
                <dl className="figures" style={{ marginTop: 8 }}>
                  <div>
                    <dt>Balance after</dt>
                    <dd>{formatMoney(entry.outcomeBalance, entry.currency)}</dd>
                  </div>
                  <div>
                    <dt>You owe</dt>
                    <dd>{formatMoney(entry.outcomeUserOwes, entry.currency)}</dd>
                  </div>
                  <div>
                    <dt>To liquidation</dt>
                    <dd>{formatPercent(entry.liquidationDistancePercent)}</dd>
                  </div>
                  <div>
                    <dt>Profile</dt>
                    <dd className="small">
                      v{entry.profileVersion}, {formatDate(entry.asOf)}
                    </dd>
                  </div>
                </dl>
              </li>
            ))}
          </ol>
          {outcome.comparison.skipped.length > 0 && (
            <details className="card">
              <summary>
                Where belowzero has no answer for this position ({outcome.comparison.skipped.length}{' '}
                exchange products)
              </summary>
              <ul className="small">
                {outcome.comparison.skipped.map((skip) => (
                  <li key={skip.profileSlug}>
                    <IntentLink href={`/exchanges/${skip.profileSlug}`}>
                      {skip.exchange} {skip.product}
                    </IntentLink>
                    : {skip.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
