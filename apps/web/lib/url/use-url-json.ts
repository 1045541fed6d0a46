'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { decodeJson, encodeJson } from './scenario-url';

/** Browsers throttle history updates; typing writes the URL at most this often. */
const URL_WRITE_DELAY_MS = 200;

/**
 * State kept in a URL parameter as base64url JSON, so it is a shareable link: the scenario
 * (useScenario) and a screen's own settings (crash path, odds model) beside it. `accept`
 * rejects foreign shapes. `fallback` first (the prerendered state), then the URL's value once
 * the screen's `<UrlQuery>` passes the query to the returned `fromUrl`. Writes leave the
 * other parameters (which saved scenario this is) as they are.
 */
export function useUrlJson<T>(
  param: string,
  fallback: T,
  accept: (value: unknown) => value is T,
): [T, (next: T) => void, (params: URLSearchParams) => void] {
  const [value, setState] = useState<T>(fallback);
  const written = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const fromUrl = useCallback(
    (params: URLSearchParams) => {
      const urlValue = params.get(param);
      if (urlValue === written.current) return;
      written.current = urlValue;
      const parsed = decodeJson(urlValue);
      if (accept(parsed)) setState(parsed);
    },
    [param, accept],
  );

  const setValue = useCallback(
    (next: T) => {
      setState(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const encoded = encodeJson(next);
        written.current = encoded;
        const url = new URL(window.location.href);
        url.searchParams.set(param, encoded);
        window.history.replaceState(null, '', `${url.pathname}${url.search}`);
      }, URL_WRITE_DELAY_MS);
    },
    [param],
  );
  return [value, setValue, fromUrl];
}
