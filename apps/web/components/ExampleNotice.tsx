'use client';
/**
 * On a first visit the answer above is for an example position, not the user's: say so, and
 * take them to their own in one tap (the exchange picker, the form's first field).
 */
import type { ScenarioInput } from '@belowzero/risk-core';
import { defaultScenario } from '../lib/screens/default-scenario';

export function ExampleNotice({ scenario }: { scenario: ScenarioInput }) {
  if (scenario !== defaultScenario) return null;
  const first = defaultScenario.account.positions[0];
  const start = () => {
    const picker = document.querySelector<HTMLSelectElement>('select[name="exchange"]');
    picker?.scrollIntoView({ block: 'center' });
    picker?.focus();
  };
  return (
    <p className="notice" role="note" data-testid="example-notice">
      This is an example: a {first?.side} {first?.asset} position at {first?.leverage}x on Binance.{' '}
      <button type="button" className="primary" onClick={start}>
        Check my own position
      </button>
    </p>
  );
}
