/** The odds screen's model settings, as kept in the URL (`?o=`). */
import type { OddsOptions } from '@belowzero/risk-core';

export interface OddsSettings {
  /** Annualized volatility as a fraction, e.g. "0.8". */
  volatility: string;
  jumpIntensityPerYear: string;
  jumpMean: string;
  jumpStdDev: string;
  horizonHours: string;
  paths: string;
  steps: string;
  seed: string;
  fundScale: string;
}

export const defaultOdds: OddsSettings = {
  volatility: '0.8',
  jumpIntensityPerYear: '12',
  jumpMean: '-0.08',
  jumpStdDev: '0.1',
  horizonHours: '168',
  paths: '20000',
  steps: '168',
  seed: '1',
  fundScale: '1',
};

export function isOddsSettings(value: unknown): value is OddsSettings {
  if (typeof value !== 'object' || value === null) return false;
  return (Object.keys(defaultOdds) as (keyof OddsSettings)[]).every(
    (key) => typeof (value as Record<string, unknown>)[key] === 'string',
  );
}

/** The settings as risk-core's options. Counts go as typed numbers ("12abc" is NaN, not 12), so
 * risk-core's own checks (whole number, range) name the field. */
export function toOddsOptions(settings: OddsSettings): OddsOptions {
  return {
    volatility: settings.volatility,
    jumpIntensityPerYear: settings.jumpIntensityPerYear,
    jumpMean: settings.jumpMean,
    jumpStdDev: settings.jumpStdDev,
    horizonHours: settings.horizonHours,
    paths: Number(settings.paths),
    steps: Number(settings.steps),
    seed: Number(settings.seed),
    insuranceFundScale: settings.fundScale,
  };
}
