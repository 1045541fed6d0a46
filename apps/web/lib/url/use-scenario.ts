'use client';
import type { ScenarioInput } from '@belowzero/risk-core';
import { defaultScenario } from '../screens/default-scenario';
import { SCENARIO_PARAM, isScenarioShape } from './scenario-url';
import { useUrlJson } from './use-url-json';

/**
 * The scenario of the current screen, kept in React state (so typing is instant) and
 * mirrored into the URL (`?s=`) so the page is always a shareable, offline-ready link.
 * It starts as the default scenario (what the static page is prerendered with); the screen
 * renders `<UrlQuery onChange={fromUrl} />`, which hands over the URL's query once hydrated
 * and whenever the URL changes from outside (a link, back/forward): its scenario replaces the state.
 */
export function useScenario(): [
  ScenarioInput,
  (next: ScenarioInput) => void,
  (params: URLSearchParams) => void,
] {
  return useUrlJson<ScenarioInput>(SCENARIO_PARAM, defaultScenario, isScenarioShape);
}
