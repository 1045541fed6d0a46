'use client';
import {
  INSTRUMENT_KINDS,
  type InstrumentKind,
  type MarginMode,
  type ScenarioInput,
} from '@belowzero/risk-core';
import { newPosition } from '../lib/screens/default-scenario';
import type { FieldError } from '../lib/format/field-error';
import {
  addPosition,
  removePosition,
  withAccount,
  withExchange,
} from '../lib/screens/scenario-edit';
import { useState } from 'react';
import { CostsFields } from './CostsFields';
import { Field } from './Field';
import { PositionFields } from './PositionFields';
import { SelectField } from './SelectField';

export interface ExchangeOption {
  slug: string;
  label: string;
  instruments: InstrumentKind[];
  marginModes: MarginMode[];
  settlementCurrency: string;
}

interface ScenarioFormProps {
  scenario: ScenarioInput;
  exchanges: ExchangeOption[];
  error: FieldError | null;
  onChange: (next: ScenarioInput) => void;
  /** Fill empty current prices with the venues' live marks (a new check). */
  prefillMarks?: boolean;
}

/** The whole account: exchange, wallet, one or more positions (a portfolio), costs. */
export function ScenarioForm({
  scenario,
  exchanges,
  error,
  onChange,
  prefillMarks = false,
}: ScenarioFormProps) {
  const exchange = exchanges.find((option) => option.slug === scenario.exchange);
  const instruments = exchange?.instruments ?? [...INSTRUMENT_KINDS];
  const marginModes = exchange?.marginModes ?? ['isolated', 'cross'];
  const positions = scenario.account.positions;
  const exchangeOptions = exchanges.map((option) => ({ value: option.slug, label: option.label }));
  // What switching exchange changed in the positions, said once under the picker.
  const [adapted, setAdapted] = useState<string[]>([]);
  if (!exchange)
    exchangeOptions.unshift({ value: scenario.exchange, label: `${scenario.exchange} (unknown)` });

  return (
    <form aria-label="Scenario" onSubmit={(event) => event.preventDefault()} noValidate>
      <SelectField
        label="Exchange"
        name="exchange"
        value={scenario.exchange}
        options={exchangeOptions}
        error={error}
        onChange={(slug) => {
          const chosen = exchanges.find((option) => option.slug === slug);
          if (!chosen) return onChange({ ...scenario, exchange: slug });
          const switched = withExchange(scenario, chosen);
          setAdapted(switched.changes);
          onChange(switched.scenario);
        }}
      />
      {adapted.length > 0 && (
        <ul className="small muted" role="status" data-testid="exchange-adapted">
          {adapted.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      )}
      <Field
        label={`Wallet balance beyond the positions' margin (${exchange?.settlementCurrency ?? 'quote'})`}
        name="account.walletBalance"
        value={scenario.account.walletBalance ?? ''}
        placeholder="0"
        hint={
          positions.some((position) => position.marginMode === 'cross')
            ? 'Cross margin: all of it backs every cross position.'
            : 'Isolated positions do not draw on it while they are open.'
        }
        error={error}
        onChange={(walletBalance) =>
          onChange(
            withAccount(scenario, {
              walletBalance: walletBalance === '' ? undefined : walletBalance,
            }),
          )
        }
      />
      {positions.map((_, index) => (
        <PositionFields
          key={index}
          scenario={scenario}
          index={index}
          instruments={instruments}
          marginModes={marginModes}
          error={error}
          onChange={onChange}
          prefillMark={prefillMarks}
          onRemove={
            positions.length > 1 ? () => onChange(removePosition(scenario, index)) : undefined
          }
        />
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => onChange(addPosition(scenario, newPosition(positions[0])))}
      >
        + Add a position (portfolio)
      </button>
      <CostsFields scenario={scenario} error={error} onChange={onChange} />
    </form>
  );
}
