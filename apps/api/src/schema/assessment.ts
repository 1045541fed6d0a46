/**
 * The point figures of a scenario (risk-core `assess`): the answer to "can my balance go
 * negative?", the price ladder of every position and the account-level figures.
 */
import type { Assessment as AssessmentResult } from '@belowzero/risk-core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AssetPrice, assetPrices, Stamped } from './common-results.js';
import { DecimalScalar } from './scalars.js';
import { InstrumentKind, MarginMode, Side } from './scenario-inputs.js';

export enum Answer {
  CANNOT_GO_NEGATIVE = 'CANNOT_GO_NEGATIVE',
  PROTECTED = 'PROTECTED',
  USER_LIABLE = 'USER_LIABLE',
  SOCIALIZED = 'SOCIALIZED',
}
registerEnumType(Answer, {
  name: 'Answer',
  description: 'Can the balance go negative, and if a deficit happens, who pays it?',
  valuesConfig: {
    CANNOT_GO_NEGATIVE: {
      description: 'Nothing in the account can lose more than it holds (e.g. spot only).',
    },
    PROTECTED: {
      description: 'A deficit can happen, but the venue covers it; the user never owes.',
    },
    USER_LIABLE: {
      description: 'A deficit the venue does not cover is left to the user, who then owes money.',
    },
    SOCIALIZED: {
      description:
        'A deficit is spread over other traders (ADL or socialized loss); the user never owes.',
    },
  },
});

@ObjectType({ description: 'A bracket of the margin tier table used by a formula.' })
export class TierUsed {
  @Field(() => Int, { description: '0-based index; the venue\'s "level" is index + 1.' })
  index!: number;

  @Field(() => DecimalScalar, { description: 'Lower bound of the bracket.' })
  floor!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Upper bound; null for an open last bracket.',
  })
  cap!: string | null;

  @Field(() => DecimalScalar, { description: 'Maintenance margin rate.' })
  mmr!: string;

  @Field(() => DecimalScalar, { description: 'Maintenance amount (deduction) of the bracket.' })
  cum!: string;

  @Field(() => DecimalScalar, { description: 'Highest leverage of the bracket.' })
  maxLeverage!: string;

  @Field(() => DecimalScalar, { description: 'Initial margin rate at the highest leverage.' })
  imr!: string;
}

@ObjectType({ description: 'The formula a price came from.' })
export class FormulaUsed {
  @Field({ description: 'Stable identifier, e.g. "linear_mark_notional".' })
  name!: string;

  @Field({ description: "The formula in the notation of belowzero's risk model." })
  text!: string;
}

@ObjectType({ description: "Costs included in a position's figures." })
export class PositionCosts {
  @Field(() => DecimalScalar, { description: 'Fee to open the position.' })
  openingFee!: string;

  @Field(() => DecimalScalar, { description: 'Funding over the holding period (positive = paid).' })
  funding!: string;

  @Field(() => DecimalScalar, { description: 'Borrow interest over the holding period.' })
  borrowInterest!: string;
}

@ObjectType({ description: 'How far one cost moved the liquidation price.' })
export class CostImpact {
  @Field({ description: 'The cost: "tradingFees", "funding" or "borrowInterest".' })
  cost!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Liquidation price with every cost minus without this one; null when the cost is off.',
  })
  liquidationPriceShift!: string | null;
}

@ObjectType({ description: 'The price ladder and margin figures of one position.' })
export class PositionFigures {
  @Field(() => Int, { description: 'Index of the position in the scenario.' })
  index!: number;

  @Field({ description: 'Asset symbol.' })
  asset!: string;

  @Field(() => InstrumentKind, { description: 'Instrument.' })
  instrument!: InstrumentKind;

  @Field(() => Side, { description: 'Side.' })
  side!: Side;

  @Field(() => MarginMode, { description: 'Margin mode.' })
  marginMode!: MarginMode;

  @Field(() => DecimalScalar, { description: 'Size (base units; USD for inverse).' })
  size!: string;

  @Field(() => DecimalScalar, { description: 'Average entry price (after any additions).' })
  entryPrice!: string;

  @Field(() => DecimalScalar, { description: 'Current (mark) price.' })
  markPrice!: string;

  @Field(() => DecimalScalar, { description: 'Leverage.' })
  leverage!: string;

  @Field(() => DecimalScalar, {
    description: 'Notional at the current price (quote; coin for inverse).',
  })
  notional!: string;

  @Field(() => DecimalScalar, { description: 'Own margin committed.' })
  initialMargin!: string;

  @Field(() => DecimalScalar, { description: 'Maintenance margin at the current price.' })
  maintenanceMargin!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Maintenance / equity (1 at the liquidation threshold); null when equity is not positive.',
  })
  marginRatio!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Spot margin only: the margin level.',
  })
  marginLevel!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Price at which the venue liquidates; null when none.',
  })
  liquidationPrice!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Price at which the position's equity is zero; null when none.",
  })
  bankruptcyPrice!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Price at which the venue warns (margin call); null when none.',
  })
  marginCallPrice!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Distance to the liquidation price in % of the current price (negative = a fall).',
  })
  liquidationDistancePercent!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Distance to the bankruptcy price in % of the current price.',
  })
  bankruptcyDistancePercent!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Distance to the margin-call price in % of the current price.',
  })
  marginCallDistancePercent!: string | null;

  @Field(() => TierUsed, {
    nullable: true,
    description: 'The tier in force at the liquidation price (used by the formula).',
  })
  tier!: TierUsed | null;

  @Field(() => TierUsed, {
    nullable: true,
    description: 'The tier of the position at entry (it caps the leverage).',
  })
  entryTier!: TierUsed | null;

  @Field(() => FormulaUsed, { description: 'The formula of the liquidation price.' })
  formula!: FormulaUsed;

  @Field(() => PositionCosts, { description: 'Costs included.' })
  costs!: PositionCosts;

  @Field(() => [CostImpact], { description: 'How far each cost moved the liquidation price.' })
  costsImpact!: CostImpact[];
}

@ObjectType({ description: 'Account-level figures at the current prices.' })
export class AccountFigures {
  @Field(() => DecimalScalar, { description: "Free cash + holdings + every margin pool's equity." })
  equity!: string;

  @Field(() => DecimalScalar, {
    description: 'Total maintenance margin of the derivative positions.',
  })
  maintenanceMargin!: string;
}

@ObjectType({
  description: 'The account after an extreme gap (long exposure to 0, short exposure x3).',
})
export class WorstCase {
  @Field(() => [AssetPrice], { description: 'The gap prices used.' })
  prices!: AssetPrice[];

  @Field(() => DecimalScalar, { description: 'Loss past zero at those prices.' })
  deficit!: string;

  @Field(() => DecimalScalar, {
    description: "The part of it left to the user under the venue's terms.",
  })
  userOwes!: string;

  @Field(() => DecimalScalar, {
    description: 'Balance after the gap; negative means the user owes money.',
  })
  balance!: string;
}

@ObjectType({ description: 'Something the user should know about the scenario.' })
export class AssessmentWarning {
  @Field({
    description: 'Machine-readable code, e.g. STOP_BEYOND_LIQUIDATION or LEVERAGE_NEAR_TIER_MAX.',
  })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Dotted path of the input concerned, when there is one.',
  })
  field!: string | null;

  @Field({ description: 'Explanation in plain words.' })
  message!: string;
}

@ObjectType({
  implements: Stamped,
  description: 'The point figures of a scenario and the answer to "can my balance go negative?".',
})
export class Assessment extends Stamped {
  @Field(() => Answer, { description: 'The answer.' })
  answer!: Answer;

  @Field({ description: 'Why, in plain words, naming the tier and formula used.' })
  reason!: string;

  @Field({ description: 'Currency of every money figure (the coin for inverse).' })
  settlementAsset!: string;

  @Field(() => [PositionFigures], { description: 'Figures of each position.' })
  positions!: PositionFigures[];

  @Field(() => AccountFigures, { description: 'Account-level figures.' })
  account!: AccountFigures;

  @Field(() => DecimalScalar, {
    description: 'The most the account can lose while the venue works as designed.',
  })
  maxLossAsDesigned!: string;

  @Field(() => WorstCase, { description: 'The account after an extreme gap.' })
  worstCase!: WorstCase;

  @Field(() => [AssessmentWarning], {
    description: 'Warnings, e.g. a stop-loss beyond the liquidation price.',
  })
  warnings!: AssessmentWarning[];
}

export function toAssessment(result: AssessmentResult): Assessment {
  return {
    ...result,
    answer: result.answer as Answer,
    positions: result.positions.map((position) => ({
      ...position,
      instrument: position.instrument as InstrumentKind,
      side: position.side as Side,
      marginMode: position.marginMode as MarginMode,
      costsImpact: Object.entries(position.costsImpact).map(([cost, shift]) => ({
        cost,
        liquidationPriceShift: shift,
      })),
    })),
    worstCase: { ...result.worstCase, prices: assetPrices(result.worstCase.prices) },
  };
}
