/**
 * Relay connection building blocks shared by every list.
 */
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../services/pagination.js';

@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first item of the page; null when empty.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of the page; null when empty.',
  })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgsInput {
  @Field(() => Int, {
    nullable: true,
    description: `Items after \`after\` to return, 1 to ${MAX_PAGE_SIZE}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to start after (use with `first`).' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Items before \`before\` to return, 1 to ${MAX_PAGE_SIZE}.`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to end before (use with `last`).' })
  before?: string | null;
}

export function pageInfoOf(page: {
  items: { cursor: string }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}): PageInfo {
  return {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: page.items[0]?.cursor ?? null,
    endCursor: page.items[page.items.length - 1]?.cursor ?? null,
  };
}

/** Static cost of a connection field: its page size times what each node costs, plus one. */
export function connectionComplexity({
  args,
  childComplexity,
}: {
  args: Record<string, unknown>;
  childComplexity: number;
}): number {
  const size = Number(args.first ?? args.last ?? 1);
  const bounded = Number.isFinite(size)
    ? Math.min(Math.max(size, 1), MAX_PAGE_SIZE)
    : MAX_PAGE_SIZE;
  return 1 + bounded * Math.max(childComplexity, 1);
}
