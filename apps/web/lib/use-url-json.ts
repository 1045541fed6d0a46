'use client';
import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { decodeJson, encodeJson } from './scenario-url';

const URL_WRITE_DELAY_MS = 200;

/**
 * A screen's own settings (crash path, odds model) kept in a URL parameter beside the
 * scenario, so that state is a shareable link too. `accept` rejects foreign shapes.
 */
export function useUrlJson<T>(
  param: string,
  fallback: T,
  accept: (value: unknown) => value is T,
): [T, (next: T) => void] {
  const params = useSearchParams();
  const urlValue = params.get(param);
  const [value, setState] = useState<T>(() => {
    const parsed = decodeJson(urlValue);
    return accept(parsed) ? parsed : fallback;
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const setValue = useCallback(
    (next: T) => {
      setState(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const url = new URL(window.location.href);
        url.searchParams.set(param, encodeJson(next));
        window.history.replaceState(null, '', `${url.pathname}${url.search}`);
      }, URL_WRITE_DELAY_MS);
    },
    [param],
  );
  return [value, setValue];
}
