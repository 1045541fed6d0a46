/**
 * Saved scenarios: the Scenario type, its connection, and the queries and mutations that
 * create, read, edit, share and fork them. Resolvers only translate; services decide.
 */
import {
  Arg,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import type { Scenario as ScenarioRow } from '../generated/prisma/client.js';
import { DomainError } from '../services/errors.js';
import * as scenarios from '../services/scenarios.js';
import * as sharing from '../services/sharing.js';
import { type ApiContext, requireViewer } from './context.js';
import { fromGlobalId, Node, toGlobalId } from './node.js';
import { PageInfo } from './page-info.js';
import { DateTimeScalar } from './scalars.js';
import { plainScenario, ScenarioFields } from './scenario-inputs.js';
import { asUserErrors, UserError } from './user-error.js';

@ObjectType({ description: 'The read-only share link of a scenario, as its owner sees it.' })
export class ShareLink {
  @Field({
    description:
      'The unguessable slug (144 random bits, base64url); the PWA serves it at /s/<slug>.',
  })
  slug!: string;

  @Field({
    description: 'False once the owner revoked the link; a revoked slug never works again.',
  })
  active!: boolean;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the link was revoked, if it was.',
  })
  revokedAt!: Date | null;
}

@ObjectType('Scenario', {
  implements: Node,
  description: 'A saved scenario: its inputs, owned by one device.',
})
export class ScenarioNode extends Node {
  readonly typename = 'Scenario' as const;

  @Field({ description: 'Title given by the owner.' })
  title!: string;

  @Field(() => ScenarioFields, { description: 'The inputs, as validated by risk-core when saved.' })
  inputs!: ScenarioFields;

  @Field(() => Int, { description: 'Schema version of the inputs.' })
  schemaVersion!: number;

  @Field(() => Int, {
    description: 'Edit counter, from 1; an update must name the version it edits.',
  })
  version!: number;

  @Field({
    description:
      'Whether the requesting device owns this scenario (false when opened through a share link).',
  })
  viewerIsOwner!: boolean;

  @Field({ description: 'Whether this scenario was forked from a shared one.' })
  isFork!: boolean;

  @Field(() => ShareLink, {
    nullable: true,
    description: 'The share link; only its owner sees it, null when never shared.',
  })
  share!: ShareLink | null;

  @Field(() => DateTimeScalar, { description: 'When the scenario was first saved.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the scenario last changed.' })
  updatedAt!: Date;
}

export function toScenarioNode(row: ScenarioRow, viewerId: string | undefined): ScenarioNode {
  const owner = row.ownerId === viewerId;
  const node = new ScenarioNode();
  Object.assign(node, {
    id: toGlobalId('Scenario', row.id),
    title: row.title,
    inputs: scenarios.scenarioInputs(row),
    schemaVersion: row.schemaVersion,
    version: row.version,
    viewerIsOwner: owner,
    isFork: row.forkedFromId !== null,
    share:
      owner && row.shareSlug !== null
        ? { slug: row.shareSlug, active: sharing.isShared(row), revokedAt: row.shareRevokedAt }
        : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
  return node;
}

/** The database id behind a Scenario global ID; NOT_FOUND for anything else. */
export function scenarioKey(id: string): string {
  const parsed = fromGlobalId(id);
  if (!parsed || parsed.type !== 'Scenario')
    throw new DomainError('NOT_FOUND', 'No scenario has this id.');
  return parsed.key;
}

@ObjectType({ description: 'An edge of a scenario list.' })
export class ScenarioEdge {
  @Field({ description: 'Opaque cursor of this edge.' })
  cursor!: string;

  @Field(() => ScenarioNode, { description: 'The scenario.' })
  node!: ScenarioNode;
}

@ObjectType({ description: 'A page of scenarios, newest first.' })
export class ScenarioConnection {
  @Field(() => [ScenarioEdge], { description: 'The scenarios of this page with their cursors.' })
  edges!: ScenarioEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'Result of a mutation that returns a scenario.' })
export class ScenarioPayload {
  @Field(() => ScenarioNode, {
    nullable: true,
    description: 'The scenario after the mutation; null when userErrors is not empty.',
  })
  scenario!: ScenarioNode | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of deleteScenario.' })
export class DeleteScenarioPayload {
  @Field(() => ID, { nullable: true, description: 'ID of the deleted scenario.' })
  deletedScenarioId!: string | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'A new scenario to save.' })
export class CreateScenarioInput {
  @Field({ description: 'Title, 1 to 200 characters.' })
  title!: string;

  @Field(() => ScenarioFields, {
    description: 'The inputs; validated by risk-core before they are stored.',
  })
  inputs!: ScenarioFields;

  @Field({
    nullable: true,
    description:
      'Idempotency key chosen by the client: 16 to 64 characters of A-Z, a-z, 0-9, _ and - (e.g. a UUID), new for each scenario. ' +
      'A repeat with the same key, title and inputs (a retry after a lost answer) returns the scenario the first request saved instead of saving another; ' +
      'the same key with another title or inputs is the userError IDEMPOTENCY_KEY_REUSED. Keys are per device and kept as long as the scenario.',
  })
  clientRequestId?: string;
}

@InputType({ description: 'An edit of a saved scenario.' })
export class UpdateScenarioInput {
  @Field(() => ID, { description: 'The scenario to edit.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version this edit was made from; a newer stored version gives CONFLICT.',
  })
  version!: number;

  @Field({ nullable: true, description: 'New title; unchanged when absent.' })
  title?: string;

  @Field(() => ScenarioFields, {
    nullable: true,
    description: 'New inputs; unchanged when absent.',
  })
  inputs?: ScenarioFields;
}

@InputType({ description: "Names one of the viewer's scenarios." })
export class ScenarioIdInput {
  @Field(() => ID, { description: 'The scenario.' })
  id!: string;
}

@InputType({ description: 'Names a shared scenario by its link.' })
export class ShareSlugInput {
  @Field({ description: 'The slug of the share link.' })
  slug!: string;
}

function payload(row: ScenarioRow, viewerId: string): ScenarioPayload {
  return { scenario: toScenarioNode(row, viewerId), userErrors: [] };
}

@Resolver(() => ScenarioNode)
export class ScenarioResolver {
  @Query(() => ScenarioNode, {
    description: "One of the requesting device's scenarios. FORBIDDEN for another device's.",
  })
  async scenario(
    @Arg('id', () => ID, { description: 'Global ID of the scenario.' }) id: string,
    @Ctx() context: ApiContext,
  ): Promise<ScenarioNode> {
    const viewer = requireViewer(context);
    return toScenarioNode(
      await scenarios.ownedScenario(context.prisma, viewer.id, scenarioKey(id)),
      viewer.id,
    );
  }

  @Query(() => ScenarioNode, {
    description:
      'A scenario opened through its share link (read-only). NOT_FOUND when unknown or revoked.',
  })
  async sharedScenario(
    @Arg('slug', { description: 'The slug of the share link.' }) slug: string,
    @Ctx() context: ApiContext,
  ): Promise<ScenarioNode> {
    return toScenarioNode(await sharing.sharedScenario(context.prisma, slug), context.viewer?.id);
  }

  @Mutation(() => ScenarioPayload, {
    description:
      'Saves a new scenario for the requesting device; with `clientRequestId`, at most once per key (safe to retry).',
  })
  async createScenario(
    @Arg('input', () => CreateScenarioInput, {
      description: 'Title, inputs and an optional idempotency key.',
    })
    input: CreateScenarioInput,
    @Ctx() context: ApiContext,
  ): Promise<ScenarioPayload> {
    const viewer = requireViewer(context);
    try {
      const draft: scenarios.ScenarioDraft = {
        title: input.title,
        inputs: plainScenario(input.inputs),
      };
      if (input.clientRequestId != null) draft.clientRequestId = input.clientRequestId;
      return payload(await scenarios.createScenario(context.prisma, viewer.id, draft), viewer.id);
    } catch (error) {
      return { scenario: null, userErrors: asUserErrors(error, ['input', 'inputs']) };
    }
  }

  @Mutation(() => ScenarioPayload, {
    description:
      'Edits a scenario from the version the client last saw. CONFLICT when it changed since (nothing is overwritten).',
  })
  async updateScenario(
    @Arg('input', () => UpdateScenarioInput, { description: 'The edit.' })
    input: UpdateScenarioInput,
    @Ctx() context: ApiContext,
  ): Promise<ScenarioPayload> {
    const viewer = requireViewer(context);
    const changes: scenarios.ScenarioChanges = {
      id: scenarioKey(input.id),
      version: input.version,
    };
    if (input.title != null) changes.title = input.title;
    if (input.inputs != null) changes.inputs = plainScenario(input.inputs);
    try {
      return payload(await scenarios.updateScenario(context.prisma, viewer.id, changes), viewer.id);
    } catch (error) {
      return { scenario: null, userErrors: asUserErrors(error, ['input', 'inputs']) };
    }
  }

  @Mutation(() => DeleteScenarioPayload, {
    description: "Deletes one of the requesting device's scenarios and its share link.",
  })
  async deleteScenario(
    @Arg('input', () => ScenarioIdInput, { description: 'The scenario to delete.' })
    input: ScenarioIdInput,
    @Ctx() context: ApiContext,
  ): Promise<DeleteScenarioPayload> {
    const viewer = requireViewer(context);
    await scenarios.deleteScenario(context.prisma, viewer.id, scenarioKey(input.id));
    return { deletedScenarioId: input.id, userErrors: [] };
  }

  @Mutation(() => ScenarioPayload, {
    description:
      'Creates (or returns the live) read-only share link of a scenario; see `Scenario.share`.',
  })
  async shareScenario(
    @Arg('input', () => ScenarioIdInput, { description: 'The scenario to share.' })
    input: ScenarioIdInput,
    @Ctx() context: ApiContext,
  ): Promise<ScenarioPayload> {
    const viewer = requireViewer(context);
    return payload(
      await sharing.shareScenario(context.prisma, viewer.id, scenarioKey(input.id)),
      viewer.id,
    );
  }

  @Mutation(() => ScenarioPayload, {
    description: 'Revokes the share link of a scenario; the slug stops working for good.',
  })
  async revokeShare(
    @Arg('input', () => ScenarioIdInput, { description: 'The scenario whose link to revoke.' })
    input: ScenarioIdInput,
    @Ctx() context: ApiContext,
  ): Promise<ScenarioPayload> {
    const viewer = requireViewer(context);
    return payload(
      await sharing.revokeShare(context.prisma, viewer.id, scenarioKey(input.id)),
      viewer.id,
    );
  }

  @Mutation(() => ScenarioPayload, {
    description: "Copies a shared scenario into the requesting device's own scenarios.",
  })
  async forkScenario(
    @Arg('input', () => ShareSlugInput, { description: 'The share link to fork.' })
    input: ShareSlugInput,
    @Ctx() context: ApiContext,
  ): Promise<ScenarioPayload> {
    const viewer = requireViewer(context);
    return payload(await sharing.forkScenario(context.prisma, viewer.id, input.slug), viewer.id);
  }
}
