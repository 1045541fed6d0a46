'use client';
import { useSearchParams } from 'next/navigation';
import { Suspense, useEffect, useLayoutEffect } from 'react';
import { URL_STATE_PARAMS } from './url-params';

/**
 * The attribute the inline script in the root layout puts on <html> when the URL carries a
 * screen's state (`?s=`, `?p=`, `?o=`): the prerendered page shows the default scenario, so
 * `main` stays hidden (globals.css) until the screen has read its own state from the URL.
 */
export const URL_STATE_ATTRIBUTE = 'data-url-state';

/** Calculator screens whose prerendered answer is for the default state. */
const URL_STATE_PATHS = ['/', '/crash', '/odds', '/compare', '/portfolio'];

/** The inline <head> script: runs before the first paint, so a shared link never flashes the default. */
export const urlStateScript = `(function(){try{var l=window.location,q=new URLSearchParams(l.search);if(${JSON.stringify(
  URL_STATE_PATHS,
)}.indexOf(l.pathname.replace(/\\/$/,'')||'/')>=0&&${JSON.stringify(URL_STATE_PARAMS)}.some(function(p){return q.has(p)}))document.documentElement.setAttribute('${URL_STATE_ATTRIBUTE}','')}catch(e){}})()`;

function Watcher({
  onChange,
  reveal,
}: {
  onChange: (params: URLSearchParams) => void;
  reveal: boolean;
}) {
  const params = useSearchParams();
  // A layout effect: the screen re-renders with the URL's state before the browser paints.
  useLayoutEffect(() => onChange(params), [params, onChange]);
  useEffect(() => {
    if (reveal) document.documentElement.removeAttribute(URL_STATE_ATTRIBUTE);
  }, [reveal]);
  return null;
}

/**
 * Reads the URL's query in the browser, after hydration, and on every change (links,
 * back/forward, our own replaceState). `useSearchParams` lives in its own Suspense boundary so
 * that only this empty component is left out of the static prerender, not the screen: the
 * screen is prerendered with its defaults (the first paint is the full answer) and `onChange`
 * (stable, e.g. from useCallback) switches it to the URL's state. `reveal`: this screen's state
 * is applied, show `main` (see URL_STATE_ATTRIBUTE).
 */
export function UrlQuery({
  onChange,
  reveal = false,
}: {
  onChange: (params: URLSearchParams) => void;
  reveal?: boolean;
}) {
  return (
    <Suspense fallback={null}>
      <Watcher onChange={onChange} reveal={reveal} />
    </Suspense>
  );
}
