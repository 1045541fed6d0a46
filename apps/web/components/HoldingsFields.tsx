'use client';
import type { HoldingInput, ScenarioInput } from '@belowzero/risk-core';
import type { FieldError } from '../lib/format/field-error';
import { withAccount } from '../lib/screens/scenario-edit';
import { Field } from './Field';

/** Cash and coins held in the account beside the positions (spot holdings, collateral). */
export function HoldingsFields({
  scenario,
  error,
  onChange,
}: {
  scenario: ScenarioInput;
  error: FieldError | null;
  onChange: (next: ScenarioInput) => void;
}) {
  const holdings = scenario.account.holdings ?? [];
  const setHoldings = (next: HoldingInput[]) =>
    onChange(withAccount(scenario, { holdings: next.length > 0 ? next : undefined }));
  const update = (index: number, patch: Partial<HoldingInput>) =>
    setHoldings(holdings.map((holding, i) => (i === index ? { ...holding, ...patch } : holding)));
  return (
    <fieldset className="card" style={{ border: '1px solid var(--border)' }}>
      <legend className="small muted">Holdings (spot coins and cash)</legend>
      {holdings.map((holding, index) => (
        <div key={index} className="grid-2" role="group" aria-label={`Holding ${index + 1}`}>
          <Field
            label="Asset"
            name={`account.holdings.${index}.asset`}
            inputMode="text"
            value={holding.asset}
            error={error}
            onChange={(asset) => update(index, { asset: asset.toUpperCase() })}
          />
          <Field
            label="Quantity"
            name={`account.holdings.${index}.quantity`}
            value={holding.quantity}
            error={error}
            onChange={(quantity) => update(index, { quantity })}
          />
          <Field
            label="Price"
            name={`account.holdings.${index}.price`}
            value={holding.price}
            error={error}
            onChange={(price) => update(index, { price })}
          />
          <div className="field" style={{ justifyContent: 'flex-end' }}>
            <button
              type="button"
              className="secondary"
              onClick={() => setHoldings(holdings.filter((_, i) => i !== index))}
            >
              Remove holding
            </button>
          </div>
        </div>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => setHoldings([...holdings, { asset: 'SOL', quantity: '10', price: '150' }])}
      >
        + Add a holding
      </button>
    </fieldset>
  );
}
