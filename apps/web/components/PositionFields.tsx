'use client';
import type {
  AddInput,
  InstrumentKind,
  MarginMode,
  PositionInput,
  ScenarioInput,
  StopLossType,
} from '@belowzero/risk-core';
import { useEffect, useRef, useState } from 'react';
import type { FieldError } from '../lib/format/field-error';
import { listedAssets } from '../lib/screens/listed-assets';
import { useVenueMark } from '../lib/api-client/market-quote';
import {
  sizingOf,
  withAdds,
  withMaintenanceRate,
  withOptional,
  withPosition,
  withSizing,
  withStopLoss,
} from '../lib/screens/scenario-edit';
import { useProfileChoices } from '../lib/screens/use-profiles';
import { Field } from './Field';
import { PercentField } from './PercentField';
import { Segmented } from './Segmented';
import { SelectField } from './SelectField';
import { VenueMarkNote } from './VenueMarkNote';

const INSTRUMENT_LABELS: Record<InstrumentKind, string> = {
  spot: 'Spot',
  spot_margin: 'Spot margin (borrowing)',
  linear: 'Perpetual, USDT/USDC-margined',
  inverse: 'Perpetual, coin-margined (inverse)',
};

const STOP_LABELS: Record<StopLossType, string> = {
  market: 'Market stop',
  limit: 'Limit stop',
  guaranteed: 'Guaranteed stop',
};

interface PositionFieldsProps {
  scenario: ScenarioInput;
  index: number;
  instruments: InstrumentKind[];
  marginModes: MarginMode[];
  error: FieldError | null;
  onChange: (next: ScenarioInput) => void;
  onRemove?: () => void;
  /** Fill an empty current price with the venue's live mark (a new check, not a saved one). */
  prefillMark?: boolean;
}

/** One position of the account: what, which way, at what price, how big, how leveraged. */
export function PositionFields({
  scenario,
  index,
  instruments,
  marginModes,
  error,
  onChange,
  onRemove,
  prefillMark = false,
}: PositionFieldsProps) {
  const position = scenario.account.positions[index] as PositionInput;
  const path = `account.positions.${index}`;
  // What the last switch between size and amount did to the figure, said once under it.
  const [sizingNote, setSizingNote] = useState<string | null>(null);
  const set = (patch: Partial<PositionInput>) => onChange(withPosition(scenario, index, patch));
  const setMark = (text: string) => onChange(withOptional(scenario, index, 'markPrice', text));
  const market = useVenueMark(scenario.exchange, position.asset, position.instrument);
  const choices = useProfileChoices();
  const listed = listedAssets(scenario.exchange, position.instrument, choices);
  // Each contract's live mark fills an empty field once. A mark left untouched from another
  // contract is replaced (or cleared when there is none); a price the user typed is theirs.
  const prefilled = useRef<{ key: string; value: string | null } | null>(null);
  const liveMark = market.state === 'live' ? market.mark.markPrice : null;
  const contractKey = `${scenario.exchange}|${position.asset}|${position.instrument}`;
  useEffect(() => {
    const last = prefilled.current;
    if (!prefillMark || market.state === 'loading' || last?.key === contractKey) return;
    const current = position.markPrice ?? '';
    const untouched = last !== null && last.value !== null && current === last.value;
    if (current !== '' && !untouched) {
      prefilled.current = { key: contractKey, value: null };
      return;
    }
    prefilled.current = { key: contractKey, value: liveMark };
    if ((liveMark ?? '') !== current) setMark(liveMark ?? '');
  });
  const sizing = sizingOf(position);
  const setAdds = (adds: AddInput[]) => onChange(withAdds(scenario, index, adds));
  const inverse = position.instrument === 'inverse';
  const instrumentOptions = (
    instruments.includes(position.instrument) ? instruments : [position.instrument, ...instruments]
  ).map((value) => ({ value, label: INSTRUMENT_LABELS[value] }));
  const modeOptions = (
    marginModes.includes(position.marginMode) ? marginModes : [position.marginMode, ...marginModes]
  ).map((value) => ({ value, label: value === 'cross' ? 'Cross' : 'Isolated' }));

  return (
    <fieldset
      className="card"
      aria-label={`Position ${index + 1}`}
      style={{ border: '1px solid var(--border)' }}
    >
      <legend className="small muted">
        Position {index + 1}
        {onRemove && (
          <button
            type="button"
            className="secondary"
            style={{ marginLeft: 8, minHeight: 32 }}
            onClick={onRemove}
          >
            Remove
          </button>
        )}
      </legend>
      <div className="grid-2">
        <Field
          label="Asset"
          name={`${path}.asset`}
          value={position.asset}
          inputMode="text"
          error={error}
          suggestions={listed.assets}
          hint={
            listed.assets.length === 0
              ? undefined
              : `${listed.complete ? 'Listed here' : 'Known here'}: ${listed.assets.join(', ')}`
          }
          onChange={(asset) => set({ asset: asset.toUpperCase() })}
        />
        <SelectField
          label="Instrument"
          name={`${path}.instrument`}
          value={position.instrument}
          options={instrumentOptions}
          error={error}
          onChange={(instrument) => set({ instrument })}
        />
      </div>
      <Segmented
        label="Side"
        value={position.side}
        options={[
          { value: 'long', label: 'Long' },
          { value: 'short', label: 'Short' },
        ]}
        onChange={(side) => set({ side })}
      />
      <div className="grid-2">
        <Field
          label="Entry price"
          name={`${path}.entryPrice`}
          value={position.entryPrice}
          error={error}
          onChange={(entryPrice) => set({ entryPrice })}
        />
        <Field
          label="Current price (optional)"
          name={`${path}.markPrice`}
          value={position.markPrice ?? ''}
          placeholder="= entry"
          error={error}
          hint={<VenueMarkNote market={market} value={position.markPrice ?? ''} onUse={setMark} />}
          onChange={setMark}
        />
      </div>
      <Segmented
        label="Give"
        value={sizing}
        options={[
          { value: 'size', label: inverse ? 'Size (USD)' : 'Size (coins)' },
          { value: 'amount', label: 'Amount invested' },
        ]}
        onChange={(next) => {
          const switched = withSizing(scenario, index, next);
          setSizingNote(
            switched.converted
              ? `Converted at the entry price and leverage: the position is the same.`
              : next === 'amount'
                ? 'Enter the money you put in (your margin).'
                : 'Enter the size of the position.',
          );
          onChange(switched.scenario);
        }}
      />
      {sizingNote && (
        <p className="small muted" role="status" data-testid="sizing-note">
          {sizingNote}
        </p>
      )}
      <div className="grid-2">
        {sizing === 'size' ? (
          <Field
            label={
              inverse
                ? 'Size in USD (the whole position)'
                : `Size in ${position.asset || 'coins'} (the whole position)`
            }
            name={`${path}.size`}
            value={position.size ?? ''}
            error={error}
            onChange={(size) => set({ size })}
          />
        ) : (
          <Field
            label={
              inverse
                ? `Amount in ${position.asset || 'coin'} (your margin)`
                : 'Amount invested (your margin)'
            }
            name={`${path}.amount`}
            value={position.amount ?? ''}
            error={error}
            onChange={(amount) => set({ amount })}
          />
        )}
        <Field
          label="Leverage"
          name={`${path}.leverage`}
          value={position.leverage}
          error={error}
          onChange={(leverage) => set({ leverage })}
          hint="1 for spot"
        />
      </div>
      <div className="grid-2">
        <SelectField
          label="Margin mode"
          name={`${path}.marginMode`}
          value={position.marginMode}
          options={modeOptions}
          error={error}
          onChange={(marginMode) => set({ marginMode })}
        />
        {position.marginMode === 'isolated' && (
          <Field
            label="Extra margin (optional)"
            name={`${path}.extraMargin`}
            value={position.extraMargin ?? ''}
            placeholder="0"
            error={error}
            onChange={(text) => onChange(withOptional(scenario, index, 'extraMargin', text))}
          />
        )}
        {(position.instrument === 'linear' || position.instrument === 'inverse') && (
          <PercentField
            label="Maintenance rate your exchange shows, in % (optional)"
            name={`${path}.maintenanceMarginRate`}
            value={position.maintenanceMarginRate ?? ''}
            placeholder="from the venue's table"
            error={error}
            onChange={(text) => onChange(withMaintenanceRate(scenario, index, text))}
          />
        )}
        {(position.instrument === 'linear' || position.instrument === 'inverse') &&
          position.maintenanceMarginRate !== undefined && (
            <Field
              label="Maintenance amount beside that rate (optional; 0 when your exchange shows none)"
              name={`${path}.maintenanceAmount`}
              value={position.maintenanceAmount ?? ''}
              placeholder="0"
              error={error}
              onChange={(text) =>
                onChange(withOptional(scenario, index, 'maintenanceAmount', text))
              }
            />
          )}
      </div>
      {(position.adds ?? []).map((fill, fillIndex) => (
        <div
          key={fillIndex}
          className="grid-2"
          role="group"
          aria-label={`Added fill ${fillIndex + 1}`}
        >
          <Field
            label={`Added at price`}
            name={`${path}.adds.${fillIndex}.price`}
            value={fill.price}
            error={error}
            onChange={(price) =>
              setAdds((position.adds ?? []).map((f, i) => (i === fillIndex ? { ...f, price } : f)))
            }
          />
          <Field
            label={`Added size`}
            name={`${path}.adds.${fillIndex}.size`}
            value={fill.size}
            error={error}
            onChange={(size) =>
              setAdds((position.adds ?? []).map((f, i) => (i === fillIndex ? { ...f, size } : f)))
            }
          />
        </div>
      ))}
      <div className="row">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            setAdds([
              ...(position.adds ?? []),
              { price: position.entryPrice, size: position.size ?? '0' },
            ])
          }
        >
          + Average in (add a fill)
        </button>
        {(position.adds ?? []).length > 0 && (
          <button
            type="button"
            className="secondary"
            onClick={() => setAdds((position.adds ?? []).slice(0, -1))}
          >
            Remove last fill
          </button>
        )}
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={position.stopLoss !== undefined}
          onChange={(event) =>
            onChange(
              withStopLoss(
                scenario,
                index,
                event.target.checked
                  ? { type: 'market', triggerPrice: position.entryPrice }
                  : undefined,
              ),
            )
          }
        />
        Stop-loss
      </label>
      {position.stopLoss && (
        <div className="grid-2">
          <SelectField
            label="Stop type"
            name={`${path}.stopLoss.type`}
            value={position.stopLoss.type}
            options={(Object.keys(STOP_LABELS) as StopLossType[]).map((value) => ({
              value,
              label: STOP_LABELS[value],
            }))}
            error={error}
            onChange={(type) =>
              onChange(withStopLoss(scenario, index, { ...position.stopLoss!, type }))
            }
          />
          <Field
            label="Stop price"
            name={`${path}.stopLoss.triggerPrice`}
            value={position.stopLoss.triggerPrice}
            error={error}
            onChange={(triggerPrice) =>
              onChange(withStopLoss(scenario, index, { ...position.stopLoss!, triggerPrice }))
            }
          />
        </div>
      )}
    </fieldset>
  );
}
