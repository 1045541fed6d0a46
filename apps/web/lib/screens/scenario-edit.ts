/**
 * Immutable edits of a ScenarioInput, one per thing the form lets a user change. The form
 * never computes figures: it rewrites the inputs risk-core reads (a figure converted between
 * size and amount is risk-core's convertedSizing).
 */
import {
  convertedSizing,
  type AddInput,
  type CostsInput,
  type PositionInput,
  type ScenarioInput,
  type StopLossInput,
} from '@belowzero/risk-core';

export type Sizing = 'size' | 'amount';

export function withPosition(
  scenario: ScenarioInput,
  index: number,
  patch: Partial<PositionInput>,
): ScenarioInput {
  const positions = scenario.account.positions.map((position, i) =>
    i === index ? { ...position, ...patch } : position,
  );
  return { ...scenario, account: { ...scenario.account, positions } };
}

export function withAccount(
  scenario: ScenarioInput,
  patch: Partial<ScenarioInput['account']>,
): ScenarioInput {
  return { ...scenario, account: { ...scenario.account, ...patch } };
}

export function withCosts(scenario: ScenarioInput, patch: Partial<CostsInput>): ScenarioInput {
  const costs: CostsInput = { tradingFees: false, ...scenario.account.costs, ...patch };
  return withAccount(scenario, { costs });
}

export function sizingOf(position: PositionInput): Sizing {
  return position.amount !== undefined && position.size === undefined ? 'amount' : 'size';
}

/** Switches between giving the size and giving the amount invested, keeping the typed figure. */
/**
 * The position given by the other figure: the one typed is converted (risk-core's
 * convertedSizing) so the position keeps its meaning, or cleared when there is nothing to
 * convert yet (no entry price or leverage). `converted` says which, for the form to tell the user.
 */
export function withSizing(
  scenario: ScenarioInput,
  index: number,
  sizing: Sizing,
): { scenario: ScenarioInput; converted: boolean } {
  const position = scenario.account.positions[index];
  if (!position || sizingOf(position) === sizing) return { scenario, converted: false };
  const figure = convertedSizing(position, sizing);
  const { size: _size, amount: _amount, ...rest } = position;
  const next: PositionInput =
    sizing === 'size' ? { ...rest, size: figure ?? '' } : { ...rest, amount: figure ?? '' };
  return { scenario: replacePosition(scenario, index, next), converted: figure !== null };
}

export function withStopLoss(
  scenario: ScenarioInput,
  index: number,
  stopLoss: StopLossInput | undefined,
): ScenarioInput {
  const position = scenario.account.positions[index];
  if (!position) return scenario;
  const { stopLoss: _previous, ...rest } = position;
  return replacePosition(scenario, index, stopLoss ? { ...rest, stopLoss } : rest);
}

/** Sets or clears an optional string field (mark price, extra margin, the exchange's own
 * maintenance rate): empty text removes it. */
export function withOptional(
  scenario: ScenarioInput,
  index: number,
  key: 'markPrice' | 'extraMargin' | 'maintenanceMarginRate' | 'maintenanceAmount',
  text: string,
): ScenarioInput {
  const position = scenario.account.positions[index];
  if (!position) return scenario;
  const { [key]: _previous, ...rest } = position;
  return replacePosition(scenario, index, text === '' ? rest : { ...rest, [key]: text });
}

/** Sets the user's own maintenance rate; clearing it clears the amount that goes with it. */
export function withMaintenanceRate(
  scenario: ScenarioInput,
  index: number,
  text: string,
): ScenarioInput {
  const next = withOptional(scenario, index, 'maintenanceMarginRate', text);
  return text === '' ? withOptional(next, index, 'maintenanceAmount', '') : next;
}

/** Sets the later fills of a position (averaging in); none removes the field. */
export function withAdds(scenario: ScenarioInput, index: number, adds: AddInput[]): ScenarioInput {
  const position = scenario.account.positions[index];
  if (!position) return scenario;
  const { adds: _previous, ...rest } = position;
  return replacePosition(scenario, index, adds.length > 0 ? { ...rest, adds } : rest);
}

export function addPosition(scenario: ScenarioInput, position: PositionInput): ScenarioInput {
  return withAccount(scenario, { positions: [...scenario.account.positions, position] });
}

export function removePosition(scenario: ScenarioInput, index: number): ScenarioInput {
  return withAccount(scenario, {
    positions: scenario.account.positions.filter((_, i) => i !== index),
  });
}

function replacePosition(
  scenario: ScenarioInput,
  index: number,
  next: PositionInput,
): ScenarioInput {
  const positions = scenario.account.positions.map((position, i) =>
    i === index ? next : position,
  );
  return { ...scenario, account: { ...scenario.account, positions } };
}

/**
 * The scenario on another exchange: a position in an instrument or margin mode the new venue
 * does not offer takes the first one it does, and each change is said in words for the form.
 */
export function withExchange(
  scenario: ScenarioInput,
  exchange: {
    slug: string;
    label: string;
    instruments: readonly string[];
    marginModes: readonly string[];
  },
): { scenario: ScenarioInput; changes: string[] } {
  const changes: string[] = [];
  const positions = scenario.account.positions.map((position, index) => {
    let next = position;
    const instrument = exchange.instruments[0];
    if (!exchange.instruments.includes(position.instrument) && instrument !== undefined) {
      changes.push(
        `${exchange.label} offers no ${position.instrument.replace('_', ' ')} positions: position ${index + 1} is now ${instrument.replace('_', ' ')}.`,
      );
      next = { ...next, instrument: instrument as PositionInput['instrument'] };
    }
    const mode = exchange.marginModes[0];
    if (!exchange.marginModes.includes(next.marginMode) && mode !== undefined) {
      changes.push(
        `${exchange.label} offers no ${next.marginMode} margin: position ${index + 1} is now ${mode}.`,
      );
      next = { ...next, marginMode: mode as PositionInput['marginMode'] };
    }
    return next;
  });
  return {
    scenario: { ...scenario, exchange: exchange.slug, account: { ...scenario.account, positions } },
    changes,
  };
}
