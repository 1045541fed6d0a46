/**
 * The sourced rule types of an exchange profile as the API shows them: the liquidation
 * process, the deficit order, stop-loss offers, spot-margin rules, and one sourced field.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import { DeficitPayer } from './deficit-payer.js';
import { Provenance, SourcedDecimal, SourcedText } from './provenance.js';
import { DecimalScalar } from './scalars.js';
import { StopLossType } from './scenario-inputs.js';

@ObjectType({ description: 'How the liquidation engine closes a position.' })
export class LiquidationProcess {
  @Field({ description: '"full": closed at once; "partial": reduced in steps first.' })
  kind!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Fraction closed per step when partial.',
  })
  stepFraction!: string | null;

  @Field(() => Int, { nullable: true, description: 'Tiers stepped down per partial liquidation.' })
  tiersPerStep!: number | null;

  @Field(() => Int, { nullable: true, description: 'Milliseconds between steps.' })
  stepIntervalMs!: number | null;
}

@ObjectType({ description: 'The sourced liquidation process.' })
export class SourcedLiquidation extends Provenance {
  @Field(() => LiquidationProcess, {
    nullable: true,
    description: 'The process; null when unknown.',
  })
  value!: LiquidationProcess | null;
}

@ObjectType({ description: 'The sourced order in which a deficit is paid.' })
export class SourcedWaterfall extends Provenance {
  @Field(() => [DeficitPayer], {
    nullable: true,
    description: 'Payers in order; null when unknown.',
  })
  value!: DeficitPayer[] | null;
}

@ObjectType({ description: 'A stop-loss type the exchange offers.' })
export class StopLossOffer {
  @Field(() => StopLossType, { description: 'The stop type.' })
  type!: StopLossType;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Premium of a guaranteed stop, as a fraction of notional.',
  })
  premiumRate!: string | null;
}

@ObjectType({ description: 'The sourced list of stop-loss types.' })
export class SourcedStopLossOffers extends Provenance {
  @Field(() => [StopLossOffer], {
    nullable: true,
    description: 'The stop types; null when unknown.',
  })
  value!: StopLossOffer[] | null;
}

@ObjectType({ description: 'Spot-margin rules.' })
export class SpotMarginRules {
  @Field({
    description:
      'How the margin level is defined: "assets_over_liabilities" or "equity_over_used_margin".',
  })
  levelDefinition!: string;

  @Field(() => SourcedDecimal, { description: 'Margin level at which the exchange warns.' })
  marginCallLevel!: SourcedDecimal;

  @Field(() => SourcedDecimal, { description: 'Margin level at which it liquidates.' })
  liquidationLevel!: SourcedDecimal;

  @Field(() => SourcedDecimal, { description: 'Highest spot-margin leverage.' })
  maxLeverage!: SourcedDecimal;

  @Field(() => SourcedDecimal, { description: 'Borrow interest per hour as a fraction.' })
  hourlyInterestRate!: SourcedDecimal;

  @Field(() => SourcedText, {
    nullable: true,
    description:
      'What used margin is held in: "entry_value" (fixed when the position opens) or "borrowed_asset" (a short\'s used margin is coins, worth more as the price rises); null when not stated (entry value is used).',
  })
  usedMarginCurrency!: SourcedText | null;
}

@ObjectType({ description: 'One sourced field of a profile.' })
export class ExchangeSource {
  @Field({
    description:
      'Dotted path of the field in the profile, e.g. "takerFeeRate" or "contracts.0.tiers".',
  })
  field!: string;

  @Field({ description: 'URL or title of the material.' })
  source!: string;

  @Field({ description: 'ISO date of the material.' })
  asOf!: string;

  @Field({ description: 'True for a belowzero modelling assumption.' })
  assumption!: boolean;

  @Field(() => String, { nullable: true, description: 'Remark.' })
  note!: string | null;
}
