/**
 * Read-only share links: a slug of 144 random bits (base64url, 24 characters) grants read
 * access to one scenario until its owner revokes it. Sharing again after a revocation
 * issues a new slug, so a revoked link never comes back to life.
 */
import { randomBytes } from 'node:crypto';
import type { PrismaClient, Scenario } from '../generated/prisma/client.js';
import { DomainError } from './errors.js';
import { ownedScenario } from './scenarios.js';

const SLUG_BYTES = 18;
const SLUG_PATTERN = /^[A-Za-z0-9_-]{24}$/;

export function isShared(scenario: Scenario): boolean {
  return scenario.shareSlug !== null && scenario.shareRevokedAt === null;
}

export async function shareScenario(
  prisma: PrismaClient,
  viewerId: string,
  id: string,
): Promise<Scenario> {
  const scenario = await ownedScenario(prisma, viewerId, id);
  if (isShared(scenario)) return scenario;
  // Sharing does not edit the scenario, so it leaves `version` alone.
  return prisma.scenario.update({
    where: { id: scenario.id },
    data: { shareSlug: randomBytes(SLUG_BYTES).toString('base64url'), shareRevokedAt: null },
  });
}

export async function revokeShare(
  prisma: PrismaClient,
  viewerId: string,
  id: string,
): Promise<Scenario> {
  const scenario = await ownedScenario(prisma, viewerId, id);
  if (!isShared(scenario)) return scenario;
  return prisma.scenario.update({
    where: { id: scenario.id },
    data: { shareRevokedAt: new Date() },
  });
}

/** The scenario behind a live share slug; NOT_FOUND for unknown and revoked slugs alike. */
export async function sharedScenario(prisma: PrismaClient, slug: string): Promise<Scenario> {
  const scenario = SLUG_PATTERN.test(slug)
    ? await prisma.scenario.findUnique({ where: { shareSlug: slug } })
    : null;
  if (!scenario || !isShared(scenario)) {
    throw new DomainError(
      'NOT_FOUND',
      'No shared scenario has this link, or its owner stopped sharing it.',
    );
  }
  return scenario;
}

/** Copies a shared scenario into the viewer's own, editable scenarios. */
export async function forkScenario(
  prisma: PrismaClient,
  viewerId: string,
  slug: string,
): Promise<Scenario> {
  const source = await sharedScenario(prisma, slug);
  return prisma.scenario.create({
    data: {
      ownerId: viewerId,
      title: source.title,
      inputs: source.inputs as object,
      schemaVersion: source.schemaVersion,
      forkedFromId: source.id,
    },
  });
}
