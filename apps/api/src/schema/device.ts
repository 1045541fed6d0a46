/**
 * Device identities and the viewer: who is asking, and their scenarios.
 */
import {
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { createDevice } from '../services/devices.js';
import { listScenarios } from '../services/scenarios.js';
import { type ApiContext, requireViewer } from './context.js';
import { connectionComplexity, PageArgsInput, pageInfoOf } from './page-info.js';
import { DateTimeScalar } from './scalars.js';
import { ScenarioConnection, toScenarioNode } from './scenario.js';
import { UserError } from './user-error.js';

@ObjectType({ description: 'An anonymous device identity; it owns scenarios.' })
export class DeviceNode {
  @Field(() => ID, { description: 'Opaque identifier of the device.' })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When the device identity was created.' })
  createdAt!: Date;
}

@ObjectType({ description: 'Result of createDevice.' })
export class CreateDevicePayload {
  @Field(() => DeviceNode, { description: 'The new device.' })
  device!: DeviceNode;

  @Field({
    description:
      'Bearer token of the device, shown this once and stored only hashed: send it as "Authorization: Bearer <token>".',
  })
  token!: string;

  @Field(() => [UserError], {
    description: 'Always empty; present for uniformity with other payloads.',
  })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The device making the request.' })
export class Viewer {
  @Field(() => DeviceNode, { description: 'The device.' })
  device!: DeviceNode;
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, {
    description: 'The device making the request. UNAUTHENTICATED without a token.',
  })
  viewer(@Ctx() context: ApiContext): Viewer {
    const device = requireViewer(context);
    return { device: { id: device.id, createdAt: device.createdAt } };
  }

  @FieldResolver(() => ScenarioConnection, {
    description: "The device's scenarios, newest first.",
    complexity: connectionComplexity,
  })
  async scenarios(
    @Root() viewer: Viewer,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() context: ApiContext,
  ): Promise<ScenarioConnection> {
    const result = await listScenarios(context.prisma, viewer.device.id, page);
    return {
      edges: result.items.map((item) => ({
        cursor: item.cursor,
        node: toScenarioNode(item.node, viewer.device.id),
      })),
      pageInfo: pageInfoOf(result),
    };
  }

  @Mutation(() => CreateDevicePayload, {
    description:
      'Creates an anonymous device identity (no sign-up) and returns its token, once. Each IP ' +
      'may create a limited number per hour (RATE_LIMITED past it); requests with the token ' +
      "draw on the IP's budget as well as the device's.",
  })
  async createDevice(@Ctx() context: ApiContext): Promise<CreateDevicePayload> {
    await context.chargeDeviceCreation();
    const { device, token } = await createDevice(context.prisma);
    return { device: { id: device.id, createdAt: device.createdAt }, token, userErrors: [] };
  }
}
