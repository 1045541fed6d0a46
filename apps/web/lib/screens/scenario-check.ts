/**
 * The quick check: risk-core validates the scenario under its exchange's profile and
 * assesses it. Nothing is computed here; a bad input comes back as the field it names.
 */
import {
  assess,
  type Assessment,
  type SafeguardProfile,
  type ScenarioInput,
} from '@belowzero/risk-core';
import { findProfile } from '@belowzero/risk-core/profiles';
import { toFieldError, type FieldError } from '../format/field-error';
import { bundledChoices, choiceOf, type ProfileChoice } from './venue-profiles';

export type ScenarioCheck =
  | { ok: true; profile: SafeguardProfile; assessment: Assessment }
  | { ok: false; profile: SafeguardProfile | null; error: FieldError };

/** The profile of an exchange among these, or null when the slug is unknown. */
export function profileOf(
  exchange: string,
  choices: readonly ProfileChoice[] = bundledChoices,
): SafeguardProfile | null {
  return choiceOf(exchange, choices)?.profile ?? null;
}

/**
 * The scenario checked and assessed under its exchange's profile among `choices` (the
 * bundled ones unless told), dated by the API's "last confirmed on" when it sent one.
 */
export function checkScenario(
  scenario: ScenarioInput,
  choices: readonly ProfileChoice[] = bundledChoices,
): ScenarioCheck {
  const choice = choiceOf(scenario.exchange, choices);
  try {
    if (!choice) findProfile(scenario.exchange); // throws the ValidationError naming `exchange`
    const { profile, venueCheckedOn } = choice as ProfileChoice;
    const options = venueCheckedOn === null ? {} : { venueCheckedOn };
    return { ok: true, profile, assessment: assess(scenario, profile, options) };
  } catch (error) {
    return { ok: false, profile: choice?.profile ?? null, error: asFieldError(error) };
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
