'use client';
/**
 * What to do when the quick check refuses a position: the contracts the venue does list (a tap
 * picks one), the venue's own maintenance rate (a tap goes to its field), and the venues that do
 * answer (compare). The refusal's words are risk-core's; this offers the next step.
 */
import type { ScenarioInput } from '@belowzero/risk-core';
import type { FieldError } from '../lib/format/field-error';
import { listedAssets } from '../lib/screens/listed-assets';
import { withPosition } from '../lib/screens/scenario-edit';
import { useProfileChoices } from '../lib/screens/use-profiles';
import { scenarioHref } from '../lib/url/scenario-url';
import { IntentLink } from './IntentLink';

/** Assets offered as one tap each; more would crowd a phone's screen. */
const MOST_LISTED = 8;

export function WayForward({
  scenario,
  error,
  onChange,
}: {
  scenario: ScenarioInput;
  error: FieldError;
  onChange: (next: ScenarioInput) => void;
}) {
  const choices = useProfileChoices();
  const match = /^account\.positions\.(\d+)\./.exec(error.field);
  const index = match ? Number(match[1]) : -1;
  const position = scenario.account.positions[index];
  if (!position || (error.rule !== 'not_listed' && error.rule !== 'needs_margin_figure'))
    return null;
  const listed = listedAssets(scenario.exchange, position.instrument, choices).assets.filter(
    (asset) => asset !== position.asset.toUpperCase(),
  );
  const focusRate = () =>
    document
      .querySelector<HTMLInputElement>(`[name="account.positions.${index}.maintenanceMarginRate"]`)
      ?.focus();
  return (
    <section className="card" aria-label="What you can do" data-testid="way-forward">
      <h2 style={{ marginTop: 0 }}>What you can do</h2>
      {error.rule === 'not_listed' && listed.length > 0 && (
        <>
          <p>Pick a contract this exchange lists:</p>
          <div className="row">
            {listed.slice(0, MOST_LISTED).map((asset) => (
              <button
                key={asset}
                type="button"
                className="secondary"
                onClick={() => onChange(withPosition(scenario, index, { asset }))}
              >
                {asset}
              </button>
            ))}
          </div>
        </>
      )}
      {error.rule === 'needs_margin_figure' && (
        <p>
          <button type="button" className="secondary" onClick={focusRate}>
            Enter the maintenance rate your exchange shows
          </button>{' '}
          for this position: belowzero then answers with your exchange&apos;s own figure.
        </p>
      )}
      <p>
        <IntentLink href={scenarioHref('/compare', scenario)}>
          See the exchanges that do answer for {position.asset.toUpperCase() || 'this position'} →
        </IntentLink>
      </p>
    </section>
  );
}
