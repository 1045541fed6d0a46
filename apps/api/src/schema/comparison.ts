/**
 * Exchange comparison (risk-core `compare`): the same scenario under every profile, ranked.
 */
import type { Comparison as ComparisonResult } from '@belowzero/risk-core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Answer } from './assessment.js';
import { WaterfallPart } from './common-results.js';
import type { DeficitPayer } from './deficit-payer.js';
import { DecimalScalar } from './scalars.js';

@ObjectType({ description: 'The run along the path, in a comparison.' })
export class ComparedSimulation {
  @Field({ description: 'Whether any position was liquidated.' })
  liquidated!: boolean;

  @Field(() => DecimalScalar, { description: 'Total loss past zero.' })
  deficit!: string;

  @Field(() => [WaterfallPart], { description: 'Who paid the deficit.' })
  deficitPaidBy!: WaterfallPart[];

  @Field(() => DecimalScalar, { description: 'The part left to the user.' })
  userOwes!: string;

  @Field(() => DecimalScalar, { description: 'Balance at the end (negative = a debt).' })
  finalBalance!: string;

  @Field(() => DecimalScalar, {
    description:
      'Margin left after a liquidation that the venue may return or keep: up to this much more than finalBalance.',
  })
  residualAtStake!: string;
}

@ObjectType({ description: 'One exchange in a comparison.' })
export class ComparisonEntry {
  @Field(() => Int, { description: 'Rank, 1 = best for the user.' })
  rank!: number;

  @Field({ description: 'Profile slug.' })
  profileSlug!: string;

  @Field({ description: 'Exchange name.' })
  exchange!: string;

  @Field({ description: 'Product name.' })
  product!: string;

  @Field(() => Int, { description: 'Profile version used.' })
  profileVersion!: number;

  @Field({ description: 'ISO date of the profile used.' })
  asOf!: string;

  @Field(() => Answer, { description: 'Can the balance go negative on this exchange?' })
  answer!: Answer;

  @Field({ description: 'Why, in plain words.' })
  reason!: string;

  @Field({ description: 'Currency of the money figures.' })
  currency!: string;

  @Field(() => DecimalScalar, {
    description: 'The figure ranked: balance after the path, or after the worst-case gap.',
  })
  outcomeBalance!: string;

  @Field(() => DecimalScalar, {
    description: 'The part of a deficit left to the user in that outcome.',
  })
  outcomeUserOwes!: string;

  @Field(() => DecimalScalar, { description: 'Balance after the worst-case gap.' })
  worstCaseBalance!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Nearest liquidation in % of the current price; null when none.',
  })
  liquidationDistancePercent!: string | null;

  @Field(() => ComparedSimulation, {
    nullable: true,
    description: 'The run along the path, when one was given.',
  })
  simulation!: ComparedSimulation | null;
}

@ObjectType({
  description: 'An exchange left out of a comparison because it does not offer the scenario.',
})
export class SkippedProfile {
  @Field({ description: 'Profile slug.' })
  profileSlug!: string;

  @Field({ description: 'Exchange name.' })
  exchange!: string;

  @Field({ description: 'Product name.' })
  product!: string;

  @Field({ description: 'Dotted path of the input the exchange does not offer.' })
  field!: string;

  @Field({ description: 'The rule, e.g. unsupported_instrument or leverage_within_bracket.' })
  rule!: string;

  @Field({ description: 'Why, in plain words.' })
  reason!: string;
}

@ObjectType({ description: 'The same scenario under several exchanges, ranked.' })
export class Comparison {
  @Field(() => [ComparisonEntry], { description: 'Exchanges offering the scenario, best first.' })
  ranked!: ComparisonEntry[];

  @Field(() => [SkippedProfile], { description: 'Exchanges that do not offer it.' })
  skipped!: SkippedProfile[];

  @Field({ description: 'Version of the risk-core methodology.' })
  methodologyVersion!: string;
}

export function toComparison(result: ComparisonResult): Comparison {
  return {
    ...result,
    ranked: result.ranked.map((entry) => ({
      ...entry,
      answer: entry.answer as Answer,
      simulation: entry.simulation
        ? {
            ...entry.simulation,
            deficitPaidBy: entry.simulation.deficitPaidBy.map((part) => ({
              ...part,
              payer: part.payer as DeficitPayer,
            })),
          }
        : null,
    })),
  };
}
