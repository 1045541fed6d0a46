/**
 * Which scenario a computation runs on: one given inline, one of the viewer's saved ones, or
 * a shared one by its link. Exactly one must be named.
 */
import type { ScenarioInput } from '@belowzero/risk-core';
import type { Device, PrismaClient } from '../generated/prisma/client.js';
import { DomainError } from './errors.js';
import { ownedScenario, scenarioInputs } from './scenarios.js';
import { sharedScenario } from './sharing.js';

export type ScenarioSource =
  | { kind: 'inline'; inputs: ScenarioInput }
  | { kind: 'saved'; id: string }
  | { kind: 'shared'; slug: string };

export async function scenarioFrom(
  prisma: PrismaClient,
  viewer: Device | null,
  source: ScenarioSource,
): Promise<ScenarioInput> {
  switch (source.kind) {
    case 'inline':
      return source.inputs;
    case 'saved':
      if (!viewer)
        throw new DomainError(
          'UNAUTHENTICATED',
          'Reading a saved scenario needs its device token.',
        );
      return scenarioInputs(await ownedScenario(prisma, viewer.id, source.id));
    case 'shared':
      return scenarioInputs(await sharedScenario(prisma, source.slug));
  }
}
