'use client';
import type { ScenarioInput } from '@belowzero/risk-core';
import { type ReactNode, useCallback } from 'react';
import { UrlQuery } from './url-query';
import { useScenario } from './use-scenario';
import { useUrlJson } from './use-url-json';

export interface ScenarioAndSettings<T> {
  scenario: ScenarioInput;
  settings: T;
  setSettings: (next: T) => void;
  /** Render it once on the screen: it reads both from the URL after hydration. */
  urlQuery: ReactNode;
}

/** A screen's scenario and its own settings (URL parameter `param`), both kept in the URL. */
export function useScenarioAndSettings<T>(
  param: string,
  fallback: T,
  accept: (value: unknown) => value is T,
): ScenarioAndSettings<T> {
  const [scenario, , scenarioFromUrl] = useScenario();
  const [settings, setSettings, settingsFromUrl] = useUrlJson<T>(param, fallback, accept);
  const fromUrl = useCallback(
    (params: URLSearchParams) => {
      scenarioFromUrl(params);
      settingsFromUrl(params);
    },
    [scenarioFromUrl, settingsFromUrl],
  );
  return { scenario, settings, setSettings, urlQuery: <UrlQuery onChange={fromUrl} reveal /> };
}
