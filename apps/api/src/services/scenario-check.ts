/**
 * The one gate every scenario passes before it is stored: risk-core's own validator on the
 * profile the API answers with, so the PWA and the API can never disagree about what a valid
 * scenario is.
 */
import { type ScenarioInput, validateScenario } from '@belowzero/risk-core';
import type { PrismaClient } from '../generated/prisma/client.js';
import { profileFor } from './profile-store.js';

/** Returns the input unchanged when valid; throws risk-core's ValidationError naming the field. */
export async function checkScenario(
  prisma: PrismaClient,
  inputs: ScenarioInput,
): Promise<ScenarioInput> {
  validateScenario(inputs, (await profileFor(prisma, inputs.exchange)).profile);
  return inputs;
}
