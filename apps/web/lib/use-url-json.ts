'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { decodeJson, encodeJson } from './scenario-url';

const URL_WRITE_DELAY_MS = 200;

/**
 * A screen's own settings (crash path, odds model) kept in a URL parameter beside the
 * scenario, so that state is a shareable link too. `accept` rejects foreign shapes.
 * Like useScenario: `fallback` first (the prerendered state), then the URL's value once the
 * screen's `<UrlQuery>` passes the query to the returned `fromUrl`.
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
