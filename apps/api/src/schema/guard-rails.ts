/**
 * Guard rails (risk-core `guardRails`): for a scenario and a price gap, the leverage and
 * stop placements that keep it from a deficit, in the user's numbers.
 */
import type { GuardRails as GuardRailsResult } from '@belowzero/risk-core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Stamped } from './common-results.js';
import { DecimalScalar } from './scalars.js';
import { Side } from './scenario-inputs.js';

@ObjectType({ description: 'The safest stop-loss placement of one position for the gap.' })
export class StopGuardRail {
  @Field(() => Int, { description: 'Index of the position in the scenario.' })
  index!: number;

  @Field({ description: 'Asset symbol.' })
  asset!: string;

  @Field(() => Side, { description: 'Side of the position.' })
  side!: Side;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Farthest stop trigger that still fills without a deficit after the gap; null when none is safe.',
  })
  safeStopPrice!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Its distance from the current price, in %.',
  })
  safeStopDistancePercent!: string | null;

  @Field({
    description:
      'True when that trigger lies beyond the liquidation price (the liquidation itself is gap-safe).',
  })
  beyondLiquidation!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the position's own stop is a safe placement; null without one.",
  })
  currentStopSafe!: boolean | null;

  @Field({ description: 'Why, in plain words.' })
  reason!: string;
}

@ObjectType({
  implements: Stamped,
  description: 'What would make the scenario safe against a price gap.',
})
export class GuardRails extends Stamped {
  @Field(() => DecimalScalar, { description: 'The gap, in percent of the current price.' })
  gapPercent!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Largest leverage at which the gap leaves no deficit; null when even 1x does.',
  })
  maxLeverageWithoutDeficit!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Largest leverage at which the user cannot be left owing (the venue maximum where users are never liable).',
  })
  maxSafeLeverage!: string | null;

  @Field(() => DecimalScalar, {
    description: 'Most leverage the venue allows for these positions.',
  })
  venueMaxLeverage!: string;

  @Field({ description: "Whether the venue's terms leave a deficit to the user." })
  userLiable!: boolean;

  @Field(() => [StopGuardRail], { description: 'Safe stop placement per position.' })
  stops!: StopGuardRail[];
}

export function toGuardRails(result: GuardRailsResult): GuardRails {
  return { ...result, stops: result.stops.map((stop) => ({ ...stop, side: stop.side as Side })) };
}
