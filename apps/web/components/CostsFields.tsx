'use client';
import type { ScenarioInput } from '@belowzero/risk-core';
import type { FieldError } from '../lib/format/field-error';
import { withCosts } from '../lib/screens/scenario-edit';
import { Field } from './Field';

interface CostsFieldsProps {
  scenario: ScenarioInput;
  error: FieldError | null;
  onChange: (next: ScenarioInput) => void;
}

/** The costs that move the liquidation price, each switchable: fees, funding, borrow interest. */
export function CostsFields({ scenario, error, onChange }: CostsFieldsProps) {
  const costs = scenario.account.costs ?? { tradingFees: false };
  const funding = costs.fundingRatePerInterval !== undefined;
  const set = (patch: Parameters<typeof withCosts>[1]) => onChange(withCosts(scenario, patch));
  return (
    <fieldset className="card" style={{ border: '1px solid var(--border)' }}>
      <legend className="small muted">Costs</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={costs.tradingFees}
          onChange={(event) => set({ tradingFees: event.target.checked })}
        />
        Trading fees (open and close, the exchange&apos;s taker rate)
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={funding}
          onChange={(event) =>
            set(
              event.target.checked
                ? {
                    fundingRatePerInterval: '0.0001',
                    fundingIntervalHours: '8',
                    holdingHours: costs.holdingHours ?? '24',
                  }
                : { fundingRatePerInterval: undefined, fundingIntervalHours: undefined },
            )
          }
        />
        Funding over a holding period
      </label>
      {funding && (
        <div className="grid-2">
          <Field
            label="Funding rate per interval"
            name="account.costs.fundingRatePerInterval"
            value={costs.fundingRatePerInterval ?? ''}
            hint="fraction, 0.0001 = 0.01 %"
            error={error}
            onChange={(fundingRatePerInterval) => set({ fundingRatePerInterval })}
          />
          <Field
            label="Interval (hours)"
            name="account.costs.fundingIntervalHours"
            value={costs.fundingIntervalHours ?? ''}
            error={error}
            onChange={(fundingIntervalHours) => set({ fundingIntervalHours })}
          />
        </div>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={costs.borrowInterest ?? false}
          onChange={(event) => set({ borrowInterest: event.target.checked })}
        />
        Borrow interest (spot margin)
      </label>
      {(funding || costs.borrowInterest) && (
        <Field
          label="Holding period (hours)"
          name="account.costs.holdingHours"
          value={costs.holdingHours ?? ''}
          error={error}
          onChange={(holdingHours) => set({ holdingHours })}
        />
      )}
    </fieldset>
  );
}
