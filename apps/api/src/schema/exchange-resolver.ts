/**
 * The exchange queries: the list of profiles (latest version of each) and one profile by slug
 * and version, with the sources and protection summary worked out when asked for.
 */
import { protectionSummary, sourcedFields } from '@belowzero/risk-core';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { findExchange, listExchanges } from '../services/profile-store.js';
import type { ApiContext } from './context.js';
import { connectionComplexity, PageArgsInput, PageInfo, pageInfoOf } from './page-info.js';
import { InstrumentKind } from './scenario-inputs.js';
import { ProtectionSummary, toProtectionSummary } from './protection.js';

import { ExchangeNode, toExchangeNode } from './exchange.js';
import { ExchangeSource } from './exchange-rules.js';

@ObjectType({ description: 'An edge of the exchange list.' })
export class ExchangeEdge {
  @Field({ description: 'Opaque cursor of this edge.' })
  cursor!: string;

  @Field(() => ExchangeNode, { description: 'The exchange profile.' })
  node!: ExchangeNode;
}

@ObjectType({ description: 'A page of exchange profiles, by slug.' })
export class ExchangeConnection {
  @Field(() => [ExchangeEdge], { description: 'The profiles of this page with their cursors.' })
  edges!: ExchangeEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
  pageInfo!: PageInfo;
}

@Resolver(() => ExchangeNode)
export class ExchangeResolver {
  @Query(() => ExchangeConnection, {
    description: 'Exchange safeguard profiles (latest version of each), by slug.',
    complexity: connectionComplexity,
  })
  async exchanges(
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('instrument', () => InstrumentKind, {
      nullable: true,
      description: 'Only profiles offering this instrument.',
    })
    instrument: InstrumentKind | null,
    @Ctx() context: ApiContext,
  ): Promise<ExchangeConnection> {
    const result = await listExchanges(context.prisma, { instrument }, page);
    return {
      edges: result.items.map((item) => ({ cursor: item.cursor, node: toExchangeNode(item.node) })),
      pageInfo: pageInfoOf(result),
    };
  }

  // Worked out only when asked for: walking a whole profile (its contracts' tables included)
  // was most of the cost of every exchange list.
  @FieldResolver(() => [ExchangeSource], { description: 'Every sourced field of the profile.' })
  sources(@Root() exchange: ExchangeNode): ExchangeSource[] {
    return sourcedFields(exchange.stored.profile);
  }

  @FieldResolver(() => ProtectionSummary, {
    description: 'What the data says about protection, in plain answers.',
  })
  protection(@Root() exchange: ExchangeNode): ProtectionSummary {
    return toProtectionSummary(protectionSummary(exchange.stored.profile));
  }

  @Query(() => ExchangeNode, {
    description:
      'One exchange profile by slug: its latest version, or an older one kept for reproducibility. NOT_FOUND for an unknown slug or version.',
  })
  async exchange(
    @Arg('slug', { description: 'Profile slug, e.g. "binance-usdm".' }) slug: string,
    @Arg('version', () => Int, {
      nullable: true,
      description:
        "A specific profile version (a result's `profileVersion`); the latest when absent.",
    })
    version: number | null | undefined,
    @Ctx() context: ApiContext,
  ): Promise<ExchangeNode> {
    return toExchangeNode(await findExchange(context.prisma, slug, version));
  }
}
