/**
 * The scenario's inputs, mirroring risk-core's ScenarioInput field for field. Each class is
 * both the input type (to send a scenario) and the output type (to read a saved one back).
 */
import { MAX_POSITIONS, type ScenarioInput } from '@belowzero/risk-core';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from './scalars.js';

export enum InstrumentKind {
  SPOT = 'spot',
  SPOT_MARGIN = 'spot_margin',
  LINEAR = 'linear',
  INVERSE = 'inverse',
}
registerEnumType(InstrumentKind, {
  name: 'InstrumentKind',
  description: 'What kind of product the position is held in.',
  valuesConfig: {
    SPOT: { description: 'Owning the coin outright: cannot go below zero.' },
    SPOT_MARGIN: {
      description: 'Spot bought or sold with borrowed funds (margin level, borrow interest).',
    },
    LINEAR: {
      description: 'Perpetual or future margined and settled in the quote currency (USDT, USDC).',
    },
    INVERSE: {
      description: 'Perpetual or future margined and settled in the coin itself; size in USD.',
    },
  },
});

export enum Side {
  LONG = 'long',
  SHORT = 'short',
}
registerEnumType(Side, {
  name: 'Side',
  description: 'Direction of a position.',
  valuesConfig: {
    LONG: { description: 'Gains when the price rises.' },
    SHORT: { description: 'Gains when the price falls.' },
  },
});

export enum MarginMode {
  ISOLATED = 'isolated',
  CROSS = 'cross',
}
registerEnumType(MarginMode, {
  name: 'MarginMode',
  description: 'How much of the account backs a position.',
  valuesConfig: {
    ISOLATED: { description: 'Only the margin assigned to the position can be lost.' },
    CROSS: { description: 'The whole margin wallet backs every cross position.' },
  },
});

export enum StopLossType {
  MARKET = 'market',
  LIMIT = 'limit',
  GUARANTEED = 'guaranteed',
}
registerEnumType(StopLossType, {
  name: 'StopLossType',
  description: 'How a stop-loss order fills once triggered.',
  valuesConfig: {
    MARKET: { description: 'Becomes a market order: fills, possibly past the trigger in a gap.' },
    LIMIT: { description: 'Becomes a limit order: may not fill at all in a gap.' },
    GUARANTEED: { description: 'Fills exactly at the trigger, for a premium (where offered).' },
  },
});

@ObjectType('StopLoss', { description: 'A stop-loss attached to a position.' })
@InputType('StopLossInput', { description: 'A stop-loss attached to a position.' })
export class StopLossFields {
  @Field(() => StopLossType, { description: 'How the stop fills once triggered.' })
  type!: StopLossType;

  @Field(() => DecimalScalar, { description: 'Price at which the stop triggers.' })
  triggerPrice!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Worst acceptable fill of a limit stop.',
  })
  limitPrice?: string;
}

@ObjectType('PositionAdd', {
  description: 'A later fill added to the same position (averaging in).',
})
@InputType('PositionAddInput', {
  description: 'A later fill added to the same position (averaging in).',
})
export class AddFields {
  @Field(() => DecimalScalar, { description: 'Fill price of the addition.' })
  price!: string;

  @Field(() => DecimalScalar, {
    description: "Size added, in the same unit as the position's size.",
  })
  size!: string;
}

@ObjectType('ScenarioPosition', { description: 'One position of the scenario.' })
@InputType('PositionInput', { description: 'One position of the scenario.' })
export class PositionFields {
  @Field({ description: 'Asset symbol, e.g. "BTC"; selects the profile\'s tier table.' })
  asset!: string;

  @Field(() => InstrumentKind, { description: 'Product the position is held in.' })
  instrument!: InstrumentKind;

  @Field(() => Side, { description: 'Long or short.' })
  side!: Side;

  @Field(() => DecimalScalar, { description: 'Entry price in the quote currency.' })
  entryPrice!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Size: base units for spot, spot margin and linear; USD value for inverse. Give size or amount.',
  })
  size?: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "The user's own money put in (quote currency; coin for inverse). Give size or amount.",
  })
  amount?: string;

  @Field(() => DecimalScalar, { description: 'Leverage, e.g. "10"; "1" for spot.' })
  leverage!: string;

  @Field(() => MarginMode, { description: 'Isolated or cross margin.' })
  marginMode!: MarginMode;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Current mark price; defaults to the entry price.',
  })
  markPrice?: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Margin added to an isolated position beyond its initial margin.',
  })
  extraMargin?: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'The maintenance margin rate the exchange shows for this position, as a fraction ("0.005" = 0.5%). When given it replaces the venue\'s tier table, so a contract belowzero holds no table for still answers; the answer then carries the warning USER_MARGIN_FIGURE.',
  })
  maintenanceMarginRate?: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'The maintenance amount (deduction) the exchange shows beside that rate, in the settlement currency; default 0. Only with maintenanceMarginRate.',
  })
  maintenanceAmount?: string;

  @Field(() => StopLossFields, { nullable: true, description: 'Optional stop-loss.' })
  stopLoss?: StopLossFields;

  @Field(() => [AddFields], {
    nullable: true,
    description: 'Later fills averaging into the position.',
  })
  adds?: AddFields[];
}

@ObjectType('Holding', { description: 'Cash or coin held in the account.' })
@InputType('HoldingInput', { description: 'Cash or coin held in the account.' })
export class HoldingFields {
  @Field({ description: 'Asset symbol, e.g. "USDT" or "ETH".' })
  asset!: string;

  @Field(() => DecimalScalar, { description: 'Quantity held.' })
  quantity!: string;

  @Field(() => DecimalScalar, {
    description: 'Price in the quote currency; "1" for the quote currency itself.',
  })
  price!: string;
}

@ObjectType('Costs', { description: 'Which costs the figures include.' })
@InputType('CostsInput', { description: 'Which costs the figures include.' })
export class CostsFields {
  @Field({ description: "Include trading fees on open and close (the profile's taker rate)." })
  tradingFees!: boolean;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Funding paid (positive) or received (negative) per interval, as a fraction of notional.',
  })
  fundingRatePerInterval?: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Hours between funding payments.' })
  fundingIntervalHours?: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Holding period over which funding and interest accrue.',
  })
  holdingHours?: string;

  @Field({
    nullable: true,
    description: "Include borrow interest for spot margin (the profile's hourly rate).",
  })
  borrowInterest?: boolean;
}

@ObjectType('Account', { description: 'The account the positions live in.' })
@InputType('AccountInput', { description: 'The account the positions live in.' })
export class AccountFields {
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "Quote-currency cash in the margin wallet beyond the positions' own margin (cross).",
  })
  walletBalance?: string;

  @Field(() => [HoldingFields], { nullable: true, description: 'Cash and coins held.' })
  holdings?: HoldingFields[];

  @Field(() => [PositionFields], { description: `Open positions, at most ${MAX_POSITIONS}.` })
  positions!: PositionFields[];

  @Field(() => CostsFields, { nullable: true, description: 'Costs to include.' })
  costs?: CostsFields;
}

@ObjectType('ScenarioInputs', {
  description: 'Everything a scenario is computed from (risk-core ScenarioInput).',
})
@InputType('ScenarioInput', {
  description: 'Everything a scenario is computed from (risk-core ScenarioInput).',
})
export class ScenarioFields {
  @Field(() => Int, { description: 'Version of this input shape; currently 1.' })
  schemaVersion!: number;

  @Field({ description: 'Slug of the exchange profile, e.g. "binance-usdm" (see `exchanges`).' })
  exchange!: string;

  @Field(() => AccountFields, { description: 'The account and its positions.' })
  account!: AccountFields;
}

/**
 * risk-core's ScenarioInput from a coerced GraphQL input, the one conversion at the API's edge:
 * class instances become plain JSON objects (as stored) and nulls (GraphQL's "not given") become
 * absent fields. The classes have ScenarioInput's fields (test/scenario-shape.test.ts) and their
 * enums its values, so the result is one.
 */
export function plainScenario(input: ScenarioFields): ScenarioInput {
  return JSON.parse(
    JSON.stringify(input, (_key, value: unknown) => (value === null ? undefined : value)),
  ) as ScenarioInput;
}
