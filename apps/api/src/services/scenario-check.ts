/**
 * The one gate every scenario passes before it is stored: risk-core's own
 * validators (the profile lookup and validateScenario), so the PWA and the API can never
 * disagree about what a valid scenario is.
 */
import { findProfile, type ScenarioInput, validateScenario } from '@belowzero/risk-core';

/** Returns the input unchanged when valid; throws risk-core's ValidationError naming the field. */
export function checkScenario(inputs: ScenarioInput): ScenarioInput {
  validateScenario(inputs, findProfile(inputs.exchange));
  return inputs;
}
