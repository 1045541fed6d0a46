/**
 * Saved scenarios: private to the device that saved them, validated by risk-core before
 * anything is stored, updated only from the version the client last saw.
 */
import type { ScenarioInput } from '@belowzero/risk-core';
import type { Prisma, PrismaClient, Scenario } from '../generated/prisma/client.js';
import { DomainError } from './errors.js';
import {
  assemblePage,
  decodeCursor,
  encodeCursor,
  type Page,
  type PageArgs,
  pageWindow,
} from './pagination.js';
import { checkScenario } from './scenario-check.js';

export const MAX_TITLE_LENGTH = 200;

export interface ScenarioDraft {
  title: string;
  inputs: ScenarioInput;
}

export async function createScenario(
  prisma: PrismaClient,
  ownerId: string,
  draft: ScenarioDraft,
): Promise<Scenario> {
  const title = checkTitle(draft.title);
  const inputs = checkScenario(draft.inputs);
  return prisma.scenario.create({
    data: { ownerId, title, inputs: toJson(inputs), schemaVersion: inputs.schemaVersion },
  });
}

/** The scenario if `viewerId` owns it; NOT_FOUND or FORBIDDEN otherwise. */
export async function ownedScenario(
  prisma: PrismaClient,
  viewerId: string,
  id: string,
): Promise<Scenario> {
  const scenario = await prisma.scenario.findUnique({ where: { id } });
  if (!scenario) throw new DomainError('NOT_FOUND', 'No scenario has this id.');
  if (scenario.ownerId !== viewerId)
    throw new DomainError('FORBIDDEN', 'This scenario belongs to another device.');
  return scenario;
}

export interface ScenarioChanges {
  id: string;
  /** The version the client edited; the update happens only if it is still current. */
  version: number;
  title?: string;
  inputs?: ScenarioInput;
}

export async function updateScenario(
  prisma: PrismaClient,
  viewerId: string,
  changes: ScenarioChanges,
): Promise<Scenario> {
  const data: Prisma.ScenarioUpdateManyMutationInput = { version: { increment: 1 } };
  if (changes.title !== undefined) data.title = checkTitle(changes.title);
  if (changes.inputs !== undefined) {
    const inputs = checkScenario(changes.inputs);
    data.inputs = toJson(inputs);
    data.schemaVersion = inputs.schemaVersion;
  }
  // One statement: UPDATE ... WHERE id AND owner AND version, so two edits of the same
  // version cannot both win, whatever the interleaving.
  const { count } = await prisma.scenario.updateMany({
    where: { id: changes.id, ownerId: viewerId, version: changes.version },
    data,
  });
  const current = await ownedScenario(prisma, viewerId, changes.id);
  if (count === 0) {
    throw new DomainError(
      'CONFLICT',
      `This scenario changed since version ${changes.version}; it is now at version ${current.version}. Reload it and apply your edit again.`,
      { currentVersion: current.version },
    );
  }
  return current;
}

export async function deleteScenario(
  prisma: PrismaClient,
  viewerId: string,
  id: string,
): Promise<void> {
  const { count } = await prisma.scenario.deleteMany({ where: { id, ownerId: viewerId } });
  if (count === 0) await ownedScenario(prisma, viewerId, id); // throws the right error
}

/** The viewer's scenarios, newest first. */
export async function listScenarios(
  prisma: PrismaClient,
  viewerId: string,
  args: PageArgs,
): Promise<Page<Scenario>> {
  const window = pageWindow(args);
  const cursorField = window.direction === 'forward' ? 'after' : 'before';
  const at = window.cursor
    ? cursorPosition(decodeCursor(window.cursor, 2, cursorField))
    : undefined;
  // List order is (createdAt, id) descending; forward walks towards older rows.
  const older = (p: Position): Prisma.ScenarioWhereInput => ({
    OR: [{ createdAt: { lt: p.createdAt } }, { createdAt: p.createdAt, id: { lt: p.id } }],
  });
  const newer = (p: Position): Prisma.ScenarioWhereInput => ({
    OR: [{ createdAt: { gt: p.createdAt } }, { createdAt: p.createdAt, id: { gt: p.id } }],
  });
  const forward = window.direction === 'forward';
  const order = forward ? 'desc' : 'asc';
  const rows = await prisma.scenario.findMany({
    where: { ownerId: viewerId, ...(at ? (forward ? older(at) : newer(at)) : {}) },
    orderBy: [{ createdAt: order }, { id: order }],
    take: window.limit + 1,
  });
  const beyond = at
    ? (await prisma.scenario.count({
        where: { ownerId: viewerId, NOT: forward ? older(at) : newer(at) },
        take: 1,
      })) > 0
    : false;
  return assemblePage(window, rows, scenarioCursor, beyond);
}

interface Position {
  createdAt: Date;
  id: string;
}

function scenarioCursor(scenario: Scenario): string {
  return encodeCursor([scenario.createdAt.toISOString(), scenario.id]);
}

function cursorPosition([iso, id]: string[]): Position {
  const createdAt = new Date(iso as string);
  if (Number.isNaN(createdAt.getTime())) {
    throw new DomainError('BAD_USER_INPUT', 'The cursor is not one returned by this list.', {
      field: 'after',
    });
  }
  return { createdAt, id: id as string };
}

export function checkTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length === 0)
    throw new DomainError('BAD_USER_INPUT', 'Give the scenario a title.', {
      field: 'title',
      rule: 'non_empty',
    });
  if (trimmed.length > MAX_TITLE_LENGTH) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `The title is longer than ${MAX_TITLE_LENGTH} characters.`,
      {
        field: 'title',
        rule: 'too_long',
      },
    );
  }
  return trimmed;
}

/** The stored inputs as risk-core's ScenarioInput (they were validated when stored). */
export function scenarioInputs(scenario: Scenario): ScenarioInput {
  return scenario.inputs as unknown as ScenarioInput;
}

function toJson(inputs: ScenarioInput): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(inputs)) as Prisma.InputJsonValue;
}
