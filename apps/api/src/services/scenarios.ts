/**
 * Saved scenarios: private to the device that saved them, validated by risk-core before
 * anything is stored, created at most once per idempotency key, updated only from the
 * version the client last saw.
 */
import { createHash } from 'node:crypto';
import type { ScenarioInput } from '@belowzero/risk-core';
import { Prisma, type PrismaClient, type Scenario } from '../generated/prisma/client.js';
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

/** An idempotency key: 16 to 64 characters of A-Z, a-z, 0-9, _ and - (a UUID fits). */
export const CLIENT_REQUEST_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

export interface ScenarioDraft {
  title: string;
  inputs: ScenarioInput;
  /** The client's idempotency key for this create, if it sent one. */
  clientRequestId?: string;
}

/**
 * Stores a new scenario. With a `clientRequestId`, at most one scenario per owner and key is
 * ever created (the unique index decides between concurrent requests): a repeat with the same
 * title and inputs returns that scenario as it is now; other content under the same key is
 * refused and changes nothing.
 */
export async function createScenario(
  prisma: PrismaClient,
  ownerId: string,
  draft: ScenarioDraft,
): Promise<Scenario> {
  const clientRequestId =
    draft.clientRequestId === undefined ? undefined : checkClientRequestId(draft.clientRequestId);
  const title = checkTitle(draft.title);
  const inputs = await checkScenario(prisma, draft.inputs);
  const json = toJson(inputs);
  const data = { ownerId, title, inputs: json, schemaVersion: inputs.schemaVersion };
  if (clientRequestId === undefined) return prisma.scenario.create({ data });

  const clientRequestHash = requestHash(title, json);
  try {
    return await prisma.scenario.create({ data: { ...data, clientRequestId, clientRequestHash } });
  } catch (error) {
    // The key is taken (a repeat, or a concurrent request that won the unique index): answer
    // with the scenario it made, if the content is the same.
    const earlier = isUniqueViolation(error)
      ? await prisma.scenario.findUnique({
          where: { ownerId_clientRequestId: { ownerId, clientRequestId } },
        })
      : null;
    if (!earlier) throw error;
    return replayed(earlier, clientRequestHash);
  }
}

function replayed(scenario: Scenario, clientRequestHash: string): Scenario {
  if (scenario.clientRequestHash === clientRequestHash) return scenario;
  throw new DomainError(
    'BAD_USER_INPUT',
    'This clientRequestId was already used to save a scenario with another title or other inputs; use a new key for a new scenario.',
    { field: 'clientRequestId', rule: 'idempotency_key_reused' },
  );
}

export function checkClientRequestId(key: string): string {
  if (CLIENT_REQUEST_ID_PATTERN.test(key)) return key;
  throw new DomainError(
    'BAD_USER_INPUT',
    'The clientRequestId must be 16 to 64 characters of A-Z, a-z, 0-9, _ and - (a UUID fits).',
    { field: 'clientRequestId', rule: 'idempotency_key_format' },
  );
}

/** JSON text of a value with every object's keys sorted: the same for the same content. */
function canonicalJson(value: unknown): string {
  const sorted = (_key: string, entry: unknown) =>
    entry !== null && typeof entry === 'object' && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : entry;
  return JSON.stringify(value, sorted);
}

/** SHA-256 of a create's content: the stored title and the inputs with their keys sorted. */
function requestHash(title: string, inputs: Prisma.InputJsonValue): string {
  return createHash('sha256')
    .update(canonicalJson([title, inputs]))
    .digest('hex');
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
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
  // Whose it is comes first: another device's scenario is FORBIDDEN whatever the edit says.
  const before = await ownedScenario(prisma, viewerId, changes.id);
  const data: Prisma.ScenarioUpdateManyMutationInput = {};
  if (changes.title !== undefined) {
    const title = checkTitle(changes.title);
    if (title !== before.title) data.title = title;
  }
  if (changes.inputs !== undefined) {
    const inputs = await checkScenario(prisma, changes.inputs);
    const json = toJson(inputs);
    if (canonicalJson(json) !== canonicalJson(before.inputs)) {
      data.inputs = json;
      data.schemaVersion = inputs.schemaVersion;
    }
  }
  // An edit that changes nothing keeps the version, unless the client's copy is stale.
  if (Object.keys(data).length === 0 && before.version === changes.version) return before;
  // One statement: UPDATE ... WHERE id AND owner AND version, so two edits of the same
  // version cannot both win, whatever the interleaving.
  const { count } = await prisma.scenario.updateMany({
    where: { id: changes.id, ownerId: viewerId, version: changes.version },
    data: { ...data, version: { increment: 1 } },
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

/** Characters as a reader counts them: grapheme clusters (an emoji with its modifiers is one). */
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Nothing a reader sees: white space, and format characters (zero-width space, joiners, marks). */
const INVISIBLE = /^[\s\p{Cf}\u115F\u1160\u3164\uFFA0]*$/u;

export function checkTitle(title: string): string {
  const trimmed = title.trim();
  if (INVISIBLE.test(trimmed))
    throw new DomainError('BAD_USER_INPUT', 'Give the scenario a title.', {
      field: 'title',
      rule: 'non_empty',
    });
  let length = 0;
  for (const _ of graphemes.segment(trimmed)) {
    length += 1;
    if (length > MAX_TITLE_LENGTH)
      throw new DomainError(
        'BAD_USER_INPUT',
        `The title is longer than ${MAX_TITLE_LENGTH} characters.`,
        { field: 'title', rule: 'too_long' },
      );
  }
  return trimmed;
}

/** The stored inputs as risk-core's ScenarioInput (they were validated when stored). */
export function scenarioInputs(scenario: Scenario): ScenarioInput {
  return scenario.inputs as unknown as ScenarioInput;
}

/** The inputs as Prisma's JSON column takes them: they are plain JSON already (plainScenario). */
function toJson(inputs: ScenarioInput): Prisma.InputJsonValue {
  return inputs as unknown as Prisma.InputJsonValue;
}
