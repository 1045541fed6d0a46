/**
 * The crash lab (risk-core `simulate`): a price path walked event by event, with the
 * liquidation engine, stops, and who paid any deficit.
 */
import type {
  PricePathInput as RiskPricePath,
  Simulation as SimulationResult,
} from '@belowzero/risk-core';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  AssetPrice,
  assetPrices,
  DeficitWaterfall,
  Stamped,
  WaterfallPart,
} from './common-results.js';
import { DeficitPayer } from './deficit-payer.js';
import { DecimalScalar } from './scalars.js';

export enum PricePathKind {
  SHOCK = 'shock',
  TO_ZERO = 'to_zero',
  REPLAY = 'replay',
  POINTS = 'points',
}
registerEnumType(PricePathKind, {
  name: 'PricePathKind',
  description: 'How the price moves in a simulation.',
  valuesConfig: {
    SHOCK: { description: 'A fall (or, negative, a rise) of `dropPercent` over `durationMs`.' },
    TO_ZERO: { description: 'The coin goes to zero over `durationMs`.' },
    REPLAY: {
      description:
        'A documented historical crash (`crashId`, see `crashEvents`), scaled to the current price.',
    },
    POINTS: { description: 'Prices the user drew (`points`), absolute.' },
  },
});

@InputType({ description: 'One point of a drawn price path.' })
export class PricePointInput {
  @Field(() => Float, { description: 'Milliseconds from the start of the path (a whole number).' })
  timeMs!: number;

  @Field(() => DecimalScalar, { description: 'Price at that time.' })
  price!: string;
}

@InputType({ description: 'A price path: give the fields its kind needs.' })
export class PricePathInput {
  @Field(() => PricePathKind, { description: 'How the price moves.' })
  kind!: PricePathKind;

  @Field({
    nullable: true,
    description:
      "Asset the path moves; default every asset (shock, to zero, replay) or the first position's (points).",
  })
  asset?: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'SHOCK: fall in percent of the starting price, at most 100; negative for a rise.',
  })
  dropPercent?: string;

  @Field(() => Float, {
    nullable: true,
    description: 'SHOCK, TO_ZERO: milliseconds over which the price moves (a whole number).',
  })
  durationMs?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'SHOCK, TO_ZERO: number of equal moves; 1 is a gap. Default 60, at most 100000 (and no more than durationMs).',
  })
  steps?: number;

  @Field({ nullable: true, description: 'REPLAY: id of a historical crash.' })
  crashId?: string;

  @Field(() => [PricePointInput], {
    nullable: true,
    description: 'POINTS: the drawn path, at most 100000 points.',
  })
  points?: PricePointInput[];
}

/** risk-core's path input; risk-core validates it (field names start with "path."). */
export function toRiskPath(input: PricePathInput): RiskPricePath {
  return JSON.parse(
    JSON.stringify(input, (_key, value: unknown) => (value === null ? undefined : value)),
  ) as RiskPricePath;
}

@ObjectType({ description: 'Something that happened along the path.' })
export class SimulationEvent {
  @Field(() => Float, { description: 'Milliseconds from the start of the path.' })
  timeMs!: number;

  @Field({
    description:
      'What happened: margin_call, stop_triggered, stop_filled, stop_not_filled, liquidation_triggered, ' +
      'partial_liquidation, liquidation, deficit, auto_deleveraging or final_balance.',
  })
  kind!: string;

  @Field(() => [Int], { description: 'Indexes of the positions concerned.' })
  positions!: number[];

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Fill price, or the asset's price at the event.",
  })
  price!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Size closed (base units; USD for inverse).',
  })
  size!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Money amount of the event (fee, deficit, balance...).',
  })
  amount!: string | null;

  @Field(() => DeficitWaterfall, {
    nullable: true,
    description: 'Who covered the deficit of this event.',
  })
  waterfall!: DeficitWaterfall | null;

  @Field({ description: 'What happened, in plain words.' })
  description!: string;
}

@ObjectType({ description: 'The account at one point of the path.' })
export class SimulationPoint {
  @Field(() => Float, { description: 'Milliseconds from the start of the path.' })
  timeMs!: number;

  @Field(() => [AssetPrice], { description: 'Price of each asset.' })
  prices!: AssetPrice[];

  @Field(() => DecimalScalar, { description: 'Account equity.' })
  equity!: string;
}

@ObjectType({ implements: Stamped, description: 'A scenario walked along a price path.' })
export class Simulation extends Stamped {
  @Field(() => [SimulationEvent], { description: 'Events in time order.' })
  events!: SimulationEvent[];

  @Field(() => [SimulationPoint], {
    description: 'Every point of the path with prices and equity (for the chart).',
  })
  points!: SimulationPoint[];

  @Field({ description: 'Whether any position was liquidated.' })
  liquidated!: boolean;

  @Field(() => DecimalScalar, { description: 'Total loss past zero over the run.' })
  deficit!: string;

  @Field(() => [WaterfallPart], {
    description: 'Who paid the deficit, per payer, in order; sums to `deficit`.',
  })
  deficitPaidBy!: WaterfallPart[];

  @Field(() => DecimalScalar, { description: 'The part of the deficit left to the user.' })
  userOwes!: string;

  @Field(() => DecimalScalar, {
    description: 'Equity at the end less what the user owes (negative = a debt).',
  })
  finalBalance!: string;

  @Field(() => DecimalScalar, {
    description:
      'Margin left after a liquidation that the venue may return or keep (it does not publish which): finalBalance counts it as lost, so the balance lies between finalBalance and finalBalance + residualAtStake. "0" when the rule is known.',
  })
  residualAtStake!: string;

  @Field(() => DecimalScalar, { description: 'Equity at the start.' })
  startingBalance!: string;

  @Field({ description: 'Currency of the money figures.' })
  currency!: string;

  @Field(() => [String], { description: 'Modelling notes.' })
  notes!: string[];
}

export function toSimulation(result: SimulationResult): Simulation {
  return {
    ...result,
    events: result.events.map((event) => ({
      ...event,
      price: event.price ?? null,
      size: event.size ?? null,
      amount: event.amount ?? null,
      waterfall: event.waterfall
        ? {
            ...event.waterfall,
            parts: event.waterfall.parts.map((part) => ({
              ...part,
              payer: part.payer as DeficitPayer,
            })),
          }
        : null,
    })),
    points: result.points.map((point) => ({ ...point, prices: assetPrices(point.prices) })),
    deficitPaidBy: result.deficitPaidBy.map((part) => ({
      ...part,
      payer: part.payer as DeficitPayer,
    })),
  };
}
