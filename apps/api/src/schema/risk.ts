/**
 * The computations, straight from risk-core (the API does no maths of its own), on a scenario
 * given inline, saved, or shared: assess on the main thread; simulate, odds, compare and guard
 * rails on the compute threads (compute/pool.ts). And the historical crashes the crash lab replays.
 */
import { assess, historicalCrashes, ValidationError } from '@belowzero/risk-core';
import { Arg, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import { DomainError } from '../services/errors.js';
import { latestProfiles, profileFor } from '../services/profile-store.js';
import { type ScenarioSource, scenarioFrom } from '../services/scenario-source.js';
import { Assessment, toAssessment } from './assessment.js';
import { Comparison, toComparison } from './comparison.js';
import type { ApiContext } from './context.js';
import {
  ASSESS_COST,
  compareCost,
  GUARD_RAILS_COST,
  MAX_SERVER_PATH_STEPS,
  oddsCost,
  pathPointsOf,
  simulateCost,
} from '@belowzero/server-kit';
import { CrashEvent, toCrashEvent } from './crash-event.js';
import { GuardRails, toGuardRails } from './guard-rails.js';
import { Odds, OddsInput, toOdds, toOddsOptions } from './odds.js';
import { DecimalScalar } from './scalars.js';
import { scenarioKey } from './scenario.js';
import { plainScenario, ScenarioFields } from './scenario-inputs.js';
import { PricePathInput, Simulation, toRiskPath, toSimulation } from './simulation.js';
import {
  chargeActualWork,
  compareComplexity,
  inlinePositionsOf,
  oddsComplexity,
  simulateComplexity,
} from './work-cost.js';

@InputType({ description: 'The scenario to compute: give exactly one of inputs, id or shareSlug.' })
export class ScenarioSourceInput {
  @Field(() => ScenarioFields, {
    nullable: true,
    description: 'The scenario itself (nothing is stored).',
  })
  inputs?: ScenarioFields;

  @Field(() => ID, {
    nullable: true,
    description: "One of the requesting device's saved scenarios.",
  })
  id?: string;

  @Field({ nullable: true, description: 'A shared scenario, by the slug of its link.' })
  shareSlug?: string;
}

function sourceOf(input: ScenarioSourceInput): ScenarioSource {
  const given = [input.inputs, input.id, input.shareSlug].filter((value) => value != null).length;
  if (given !== 1) {
    throw new DomainError(
      'BAD_USER_INPUT',
      'Name the scenario with exactly one of `inputs`, `id` or `shareSlug`.',
      {
        field: 'scenario',
      },
    );
  }
  if (input.inputs != null) return { kind: 'inline', inputs: plainScenario(input.inputs) };
  if (input.id != null) return { kind: 'saved', id: scenarioKey(input.id) };
  return { kind: 'shared', slug: input.shareSlug as string };
}

/** A profile named in compare's `exchanges`; an unknown slug is blamed on its place there. */
async function chosenProfile(context: ApiContext, slug: string, index: number) {
  try {
    return await profileFor(context.prisma, slug);
  } catch (error) {
    if (error instanceof ValidationError && error.field === 'exchange')
      throw new ValidationError(`exchanges.${index}`, slug, error.rule);
    throw error;
  }
}

const scenarioArg = { description: 'The scenario: inline, saved (by id) or shared (by slug).' };

@Resolver()
export class RiskResolver {
  @Query(() => Assessment, {
    description:
      "Can the balance go negative? The answer with every position's price ladder and the account figures.",
    complexity: ASSESS_COST,
  })
  async assess(
    @Arg('scenario', () => ScenarioSourceInput, scenarioArg) source: ScenarioSourceInput,
    @Ctx() context: ApiContext,
  ): Promise<Assessment> {
    const inputs = await scenarioFrom(context.prisma, context.viewer, sourceOf(source));
    const stored = await profileFor(context.prisma, inputs.exchange);
    const checked = stored.venueCheckedOn;
    return toAssessment(
      assess(inputs, stored.profile, checked === null ? {} : { venueCheckedOn: checked }),
    );
  }

  @Query(() => Simulation, {
    description:
      'The scenario walked along a price path: events, liquidation, and who paid any deficit. ' +
      'Costs 20 points plus 1 per 400 path points x positions.',
    complexity: simulateComplexity,
  })
  async simulate(
    @Arg('scenario', () => ScenarioSourceInput, scenarioArg) source: ScenarioSourceInput,
    @Arg('path', () => PricePathInput, { description: 'How the price moves.' })
    path: PricePathInput,
    @Arg('insuranceFundScale', () => DecimalScalar, {
      nullable: true,
      description:
        'Multiplies the insurance fund capacity, e.g. "0" for an empty fund. Default "1".',
    })
    insuranceFundScale: string | null,
    @Ctx() context: ApiContext,
  ): Promise<Simulation> {
    const inputs = await scenarioFrom(context.prisma, context.viewer, sourceOf(source));
    const options = insuranceFundScale == null ? {} : { insuranceFundScale };
    const points = pathPointsOf(path);
    await chargeActualWork(
      context,
      simulateCost(points, inputs.account.positions.length),
      simulateCost(points, inlinePositionsOf(source)),
    );
    const { profile } = await profileFor(context.prisma, inputs.exchange);
    const task = {
      kind: 'simulate',
      input: inputs,
      profile,
      path: toRiskPath(path),
      options,
    } as const;
    return toSimulation(await context.compute.run(task, context.signal));
  }

  @Query(() => Odds, {
    description: `Probabilities of liquidation, of a deficit and of owing money over a horizon (seeded Monte Carlo; at most ${MAX_SERVER_PATH_STEPS} path steps on the API). Costs 10 points plus 1 per 2,500 paths x steps x positions.`,
    complexity: oddsComplexity,
  })
  async odds(
    @Arg('scenario', () => ScenarioSourceInput, scenarioArg) source: ScenarioSourceInput,
    @Arg('options', () => OddsInput, { description: 'Model and size of the run.' })
    options: OddsInput,
    @Ctx() context: ApiContext,
  ): Promise<Odds> {
    if (options.paths * options.steps > MAX_SERVER_PATH_STEPS) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `paths x steps must be at most ${MAX_SERVER_PATH_STEPS} on the API; run bigger estimates in the app.`,
        { field: 'options.paths' },
      );
    }
    const inputs = await scenarioFrom(context.prisma, context.viewer, sourceOf(source));
    const { paths, steps } = options;
    await chargeActualWork(
      context,
      oddsCost(paths, steps, inputs.account.positions.length),
      oddsCost(paths, steps, inlinePositionsOf(source)),
    );
    const { profile } = await profileFor(context.prisma, inputs.exchange);
    const task = { kind: 'odds', input: inputs, profile, options: toOddsOptions(options) } as const;
    return toOdds(await context.compute.run(task, context.signal));
  }

  @Query(() => Comparison, {
    description:
      'The same scenario under several exchanges, ranked best first. Costs 50 points plus 1 per ' +
      '3,500 path points x positions x exchanges.',
    complexity: compareComplexity,
  })
  async compare(
    @Arg('scenario', () => ScenarioSourceInput, scenarioArg) source: ScenarioSourceInput,
    @Arg('exchanges', () => [String], {
      nullable: true,
      description: 'Profile slugs to compare; default every exchange.',
    })
    slugs: string[] | null,
    @Arg('path', () => PricePathInput, {
      nullable: true,
      description: 'Rank by the outcome along this path; default the worst-case gap.',
    })
    path: PricePathInput | null,
    @Ctx() context: ApiContext,
  ): Promise<Comparison> {
    const inputs = await scenarioFrom(context.prisma, context.viewer, sourceOf(source));
    const stored =
      slugs == null
        ? await latestProfiles(context.prisma)
        : await Promise.all(slugs.map((slug, index) => chosenProfile(context, slug, index)));
    const points = pathPointsOf(path);
    await chargeActualWork(
      context,
      compareCost(points, inputs.account.positions.length, stored.length),
      compareComplexity({ args: { scenario: source, path, exchanges: slugs } }),
    );
    const task = {
      kind: 'compare',
      input: inputs,
      profiles: stored.map((row) => row.profile),
      path: path == null ? undefined : toRiskPath(path),
    } as const;
    return toComparison(await context.compute.run(task, context.signal));
  }

  @Query(() => GuardRails, {
    description:
      'What would make the scenario safe against a price gap: the safe leverage and stop placements.',
    complexity: GUARD_RAILS_COST,
  })
  async guardRails(
    @Arg('scenario', () => ScenarioSourceInput, scenarioArg) source: ScenarioSourceInput,
    @Arg('gapPercent', () => DecimalScalar, {
      description: 'Size of the gap in percent of the current price, e.g. "20".',
    })
    gapPercent: string,
    @Ctx() context: ApiContext,
  ): Promise<GuardRails> {
    const inputs = await scenarioFrom(context.prisma, context.viewer, sourceOf(source));
    const { profile } = await profileFor(context.prisma, inputs.exchange);
    const task = { kind: 'guardRails', input: inputs, profile, gapPercent } as const;
    return toGuardRails(await context.compute.run(task, context.signal));
  }

  @Query(() => [CrashEvent], {
    description: 'Documented historical crashes, for REPLAY price paths.',
  })
  crashEvents(): CrashEvent[] {
    return historicalCrashes.map(toCrashEvent);
  }
}
