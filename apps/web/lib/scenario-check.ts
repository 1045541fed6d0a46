/**
 * The quick check: risk-core validates the scenario under its exchange's profile and
 * assesses it. Nothing is computed here; a bad input comes back as the field it names.
 */
import {
  assess,
  findProfile,
  type Assessment,
  type SafeguardProfile,
  type ScenarioInput,
} from '@belowzero/risk-core';
import { toFieldError, type FieldError } from './field-error';

export type ScenarioCheck =
  | { ok: true; profile: SafeguardProfile; assessment: Assessment }
  | { ok: false; profile: SafeguardProfile | null; error: FieldError };

/** The profile of an exchange, or null when the slug is unknown. */
export function profileOf(exchange: string): SafeguardProfile | null {
  try {
    return findProfile(exchange);
  } catch {
    return null;
  }
}

export function checkScenario(scenario: ScenarioInput): ScenarioCheck {
  const profile = profileOf(scenario.exchange);
  try {
    if (!profile) findProfile(scenario.exchange); // throws the ValidationError naming `exchange`
    return {
      ok: true,
      profile: profile as SafeguardProfile,
      assessment: assess(scenario, profile as SafeguardProfile),
    };
  } catch (error) {
    return { ok: false, profile, error: asFieldError(error) };
  }
}

/** A ValidationError as its field's message; anything else (a bug) as a message for the whole form. */
export function asFieldError(error: unknown): FieldError {
  return (
    toFieldError(error) ?? {
      field: '',
      message: error instanceof Error ? error.message : String(error),
    }
  );
}
