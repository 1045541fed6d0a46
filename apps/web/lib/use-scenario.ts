'use client';
import type { ScenarioInput } from '@belowzero/risk-core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultScenario } from './default-scenario';
import { SCENARIO_PARAM, decodeScenario, encodeScenario } from './scenario-url';

/** Browsers throttle history updates; typing writes the URL at most this often. */
const URL_WRITE_DELAY_MS = 200;

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
  const [scenario, setState] = useState<ScenarioInput>(defaultScenario);
  const written = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const fromUrl = useCallback((params: URLSearchParams) => {
    const urlValue = params.get(SCENARIO_PARAM);
    if (urlValue === written.current) return;
    written.current = urlValue;
    const decoded = decodeScenario(urlValue);
    if (decoded) setState(decoded);
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);

  const setScenario = useCallback((next: ScenarioInput) => {
    setState(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const encoded = encodeScenario(next);
      written.current = encoded;
      // Other parameters (which saved scenario this is) stay as they are.
      const url = new URL(window.location.href);
      url.searchParams.set(SCENARIO_PARAM, encoded);
      window.history.replaceState(null, '', `${url.pathname}${url.search}`);
    }, URL_WRITE_DELAY_MS);
  }, []);

  return [scenario, setScenario, fromUrl];
}
