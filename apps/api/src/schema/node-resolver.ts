/**
 * `node(id:)`: fetches any object by its global ID, with the same access rules as its own
 * query (a scenario only for its owner).
 */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { DomainError } from '../services/errors.js';
import { findExchange } from '../services/profile-store.js';
import { ownedScenario } from '../services/scenarios.js';
import { type ApiContext, requireViewer } from './context.js';
import { toExchangeNode } from './exchange.js';
import { fromGlobalId, Node } from './node.js';
import { toScenarioNode } from './scenario.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    description: 'Any object by its global ID. NOT_FOUND when the ID names nothing.',
  })
  async node(
    @Arg('id', () => ID, { description: 'A global ID from an `id` field.' }) id: string,
    @Ctx() context: ApiContext,
  ): Promise<Node> {
    const parsed = fromGlobalId(id);
    if (parsed?.type === 'Scenario') {
      const viewer = requireViewer(context);
      return toScenarioNode(await ownedScenario(context.prisma, viewer.id, parsed.key), viewer.id);
    }
    if (parsed?.type === 'Exchange')
      return toExchangeNode(await findExchange(context.prisma, parsed.key));
    throw new DomainError('NOT_FOUND', 'No object has this id.');
  }
}
