/**
 * The odds (risk-core `estimateOdds`): the probability of liquidation, of a deficit and of
 * owing money over a horizon, from a seeded Monte Carlo model. The PWA runs big runs on the
 * device; the API accepts bounded ones (see MAX_SERVER_PATH_STEPS).
 */
import type { OddsOptions, OddsResult } from '@belowzero/risk-core';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { MAX_SERVER_PATH_STEPS } from '@belowzero/server-kit';
import { Stamped } from './common-results.js';
import { DecimalScalar } from './scalars.js';

@InputType({
  description: 'Model and size of a Monte Carlo run. The same seed gives the same result.',
})
export class OddsInput {
  @Field(() => Int, { description: 'Seed of the pseudo-random numbers.' })
  seed!: number;

  @Field(() => Int, {
    description: `Number of simulated paths; paths x steps at most ${MAX_SERVER_PATH_STEPS} on the API.`,
  })
  paths!: number;

  @Field(() => Int, {
    description: `Steps per path, at most 100000; paths x steps at most ${MAX_SERVER_PATH_STEPS} on the API.`,
  })
  steps!: number;

  @Field(() => DecimalScalar, { description: 'Horizon in hours, e.g. "24".' })
  horizonHours!: string;

  @Field(() => DecimalScalar, {
    description: 'Annualized volatility as a fraction, e.g. "0.8" for 80%.',
  })
  volatility!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Annual drift, e.g. "0". Default "0".',
  })
  drift?: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Expected jumps per year. Default "0".',
  })
  jumpIntensityPerYear?: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Mean of the log jump size, e.g. "-0.2". Default "0".',
  })
  jumpMean?: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Standard deviation of the log jump size. Default "0".',
  })
  jumpStdDev?: string;

  @Field({ nullable: true, description: "Asset whose price moves; default the first position's." })
  asset?: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Multiplies the profile\'s insurance fund capacity. Default "1".',
  })
  insuranceFundScale?: string;
}

export function toOddsOptions(input: OddsInput): OddsOptions {
  return JSON.parse(
    JSON.stringify(input, (_key, value: unknown) => (value === null ? undefined : value)),
  ) as OddsOptions;
}

@ObjectType({ description: 'A confidence interval of a probability (Wilson score).' })
export class ConfidenceInterval {
  @Field(() => DecimalScalar, { description: 'Confidence level, e.g. "0.95".' })
  level!: string;

  @Field(() => DecimalScalar, { description: 'Lower bound.' })
  low!: string;

  @Field(() => DecimalScalar, { description: 'Upper bound.' })
  high!: string;
}

@ObjectType({ description: 'A probability estimated from simulated paths.' })
export class Probability {
  @Field(() => DecimalScalar, { description: 'Share of paths, in [0, 1].' })
  probability!: string;

  @Field(() => Int, { description: 'Paths on which it happened.' })
  paths!: number;

  @Field(() => ConfidenceInterval, { description: 'Its 95% confidence interval.' })
  interval!: ConfidenceInterval;
}

@ObjectType({ description: 'Prices the model compared paths against, computed exactly.' })
export class OddsThresholds {
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Threshold below the start price; null when none.',
  })
  below!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Threshold above the start price; null when none.',
  })
  above!: string | null;
}

@ObjectType({
  implements: Stamped,
  description: 'The odds of liquidation, of a deficit and of owing money over the horizon.',
})
export class Odds extends Stamped {
  @Field(() => Probability, { description: 'Probability that a position is liquidated.' })
  liquidation!: Probability;

  @Field(() => Probability, { description: 'Probability of a deficit past bankruptcy.' })
  deficit!: Probability;

  @Field(() => Probability, { description: 'Probability that the user is left owing money.' })
  userOwes!: Probability;

  @Field(() => DecimalScalar, { description: 'Mean deficit over all paths.' })
  expectedDeficit!: string;

  @Field(() => DecimalScalar, { description: 'The deficit exceeded by 1% of paths.' })
  deficitQuantile99!: string;

  @Field(() => DecimalScalar, { description: 'Mean deficit over the worst 1% of paths.' })
  tailDeficit99!: string;

  @Field(() => DecimalScalar, { description: 'Mean amount the user is left owing over all paths.' })
  expectedUserOwes!: string;

  @Field(() => OddsThresholds, { description: 'The exact prices the paths were compared against.' })
  thresholds!: OddsThresholds;

  @Field({ description: 'Asset whose price moved.' })
  asset!: string;

  @Field({ description: 'Currency of the money figures.' })
  currency!: string;

  @Field(() => Int, { description: 'Paths simulated.' })
  paths!: number;

  @Field(() => Int, {
    description: `Steps per path, at most 100000; paths x steps at most ${MAX_SERVER_PATH_STEPS} on the API.`,
  })
  steps!: number;

  @Field(() => Int, { description: 'Seed used.' })
  seed!: number;

  @Field(() => [String], { description: 'Modelling notes.' })
  notes!: string[];
}

export function toOdds(result: OddsResult): Odds {
  return result;
}
