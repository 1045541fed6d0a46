'use client';
/**
 * The profiles a screen computes with, live (lib/screens/venue-profiles.ts). The prerender and the
 * first paint use the bundled snapshot; versions the device kept from the API take over right
 * after hydration, so both render the same markup.
 */
import type { SafeguardProfile, ScenarioInput } from '@belowzero/risk-core';
import { useMemo, useSyncExternalStore } from 'react';
import { checkScenario, type ScenarioCheck } from './scenario-check';
import {
  bundledChoices,
  currentProfileChoices,
  subscribeToProfiles,
  type ProfileChoice,
} from './venue-profiles';

/** Every exchange's current profile with its "last confirmed on" date. */
export function useProfileChoices(): ProfileChoice[] {
  return useSyncExternalStore(subscribeToProfiles, currentProfileChoices, () => bundledChoices);
}

/** The current profiles alone, for risk-core's compare. */
export function useProfiles(): SafeguardProfile[] {
  const choices = useProfileChoices();
  return useMemo(() => choices.map((choice) => choice.profile), [choices]);
}

/** checkScenario on the profiles the device holds now (the API's newest once they came). */
export function useScenarioCheck(scenario: ScenarioInput): ScenarioCheck {
  const choices = useProfileChoices();
  return useMemo(() => checkScenario(scenario, choices), [scenario, choices]);
}
