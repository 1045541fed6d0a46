/**
 * The client's rate-limit budget, readable in the query itself (GitHub's `rateLimit`).
 */
import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { ApiContext } from './context.js';

@ObjectType({
  description:
    "The requesting client's budget of query-cost points (a leaky bucket keyed by device token, or by IP without one).",
})
export class RateLimit {
  @Field(() => Int, {
    description: 'Static cost of this operation, already taken from the bucket.',
  })
  cost!: number;

  @Field(() => Int, { description: 'Capacity of the bucket in points.' })
  limit!: number;

  @Field(() => Int, { description: 'Points left after this operation.' })
  remaining!: number;

  @Field(() => Int, { description: 'Points restored per second.' })
  restoreRate!: number;
}

@Resolver(() => RateLimit)
export class RateLimitResolver {
  @Query(() => RateLimit, {
    description: "The requesting client's rate-limit budget after this operation.",
  })
  rateLimit(@Ctx() context: ApiContext): RateLimit {
    const rate = context.rate;
    if (!rate) throw new Error('the rate limit is charged before resolvers run');
    return {
      cost: rate.cost,
      limit: rate.bucket.capacity,
      remaining: rate.bucket.remaining,
      restoreRate: rate.bucket.restoreRate,
    };
  }
}
