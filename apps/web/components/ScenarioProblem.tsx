import type { ScenarioInput } from '@belowzero/risk-core';
import type { FieldError } from '../lib/format/field-error';
import { scenarioHref } from '../lib/url/scenario-url';
import { IntentLink } from './IntentLink';

/** What a screen built on the scenario shows when the scenario itself does not pass. */
export function ScenarioProblem({
  scenario,
  error,
}: {
  scenario: ScenarioInput;
  error: FieldError;
}) {
  return (
    <p className="error-box">
      The scenario has a problem ({error.field}: {error.message}).{' '}
      <IntentLink href={scenarioHref('/', scenario)}>Fix it in the quick check</IntentLink>.
    </p>
  );
}
