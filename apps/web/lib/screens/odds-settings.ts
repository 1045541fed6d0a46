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

/** The model's market, in words a non-quant picks from: belowzero's rough figures, not any
 * venue's, shown beside the fields they fill (which stay editable). */
export const MARKET_PRESETS = {
  calm: { volatility: '0.4', jumpIntensityPerYear: '2', jumpMean: '-0.05', jumpStdDev: '0.05' },
  normal: {
    volatility: defaultOdds.volatility,
    jumpIntensityPerYear: defaultOdds.jumpIntensityPerYear,
    jumpMean: defaultOdds.jumpMean,
    jumpStdDev: defaultOdds.jumpStdDev,
  },
  stormy: { volatility: '1.2', jumpIntensityPerYear: '30', jumpMean: '-0.15', jumpStdDev: '0.15' },
} as const;

export type MarketPreset = keyof typeof MARKET_PRESETS;

/** The preset these settings are, or null when the user has changed a figure. */
export function presetOf(settings: OddsSettings): MarketPreset | null {
  const names = Object.keys(MARKET_PRESETS) as MarketPreset[];
  return (
    names.find((name) =>
      (Object.entries(MARKET_PRESETS[name]) as [keyof OddsSettings, string][]).every(
        ([key, value]) => settings[key] === value,
      ),
    ) ?? null
  );
}

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
