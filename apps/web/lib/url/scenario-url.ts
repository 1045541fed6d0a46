/**
 * A scenario in the URL: `?s=<base64url(JSON)>`. Every state of every screen is a link
 * that reopens the same inputs with no server and no account. The JSON is the risk-core
 * ScenarioInput itself (strings for every figure), so nothing is lost to float rounding.
 */
import type { ScenarioInput } from '@belowzero/risk-core';

import { SCENARIO_PARAM } from './url-params';

export { SCENARIO_PARAM };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** Any JSON value in URL-safe form (the scenario, a crash path, odds settings). */
export function encodeJson(value: unknown): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(value)));
}

/** The JSON value of a URL parameter, or undefined when it is missing or unreadable. */
export function decodeJson(param: string | null | undefined): unknown {
  if (!param) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(fromBase64Url(param)));
  } catch {
    return undefined;
  }
}

export function encodeScenario(scenario: ScenarioInput): string {
  return encodeJson(scenario);
}

/**
 * Reads a scenario from its URL form. Returns null for anything that is not a scenario's
 * shape (a truncated or hand-edited link); the values themselves are checked by
 * risk-core's validateScenario, which names the bad field in the form.
 */
export function decodeScenario(param: string | null | undefined): ScenarioInput | null {
  const parsed = decodeJson(param);
  return isScenarioShape(parsed) ? parsed : null;
}

export function isScenarioShape(value: unknown): value is ScenarioInput {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as {
    exchange?: unknown;
    schemaVersion?: unknown;
    account?: { positions?: unknown };
  };
  return (
    typeof candidate.exchange === 'string' &&
    typeof candidate.schemaVersion === 'number' &&
    typeof candidate.account === 'object' &&
    candidate.account !== null &&
    Array.isArray(candidate.account.positions)
  );
}

/** The path of a screen showing this scenario, e.g. `/crash?s=...`. */
export function scenarioHref(path: string, scenario: ScenarioInput): string {
  return `${path}?${SCENARIO_PARAM}=${encodeScenario(scenario)}`;
}
