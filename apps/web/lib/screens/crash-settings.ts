/** The crash lab's choice of price path, as kept in the URL (`?p=`). */
import type { PricePathInput } from '@belowzero/risk-core';

export interface CrashSettings {
  kind: 'shock' | 'to_zero' | 'replay';
  /** Fall in percent for a shock (negative: a rise, against shorts). */
  dropPercent: string;
  durationMinutes: string;
  /** One jump (a gap) instead of a steady slide. */
  gap: boolean;
  crashId: string;
  /** Asset the path moves; '' for every asset at once. */
  asset: string;
  /** Insurance fund capacity multiplier: "1" as published, "0" for an empty fund. */
  fundScale: string;
}

export const defaultCrash: CrashSettings = {
  kind: 'shock',
  dropPercent: '60',
  durationMinutes: '10',
  gap: true,
  crashId: 'btc-2020-03-12',
  asset: '',
  fundScale: '1',
};

export function isCrashSettings(value: unknown): value is CrashSettings {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<CrashSettings>;
  return (
    (candidate.kind === 'shock' || candidate.kind === 'to_zero' || candidate.kind === 'replay') &&
    typeof candidate.dropPercent === 'string' &&
    typeof candidate.durationMinutes === 'string' &&
    typeof candidate.gap === 'boolean' &&
    typeof candidate.crashId === 'string' &&
    typeof candidate.asset === 'string' &&
    typeof candidate.fundScale === 'string'
  );
}

const MS_PER_MINUTE = 60_000;
const SLIDE_STEPS = 60;

/** The settings as risk-core's price path (risk-core validates every figure). */
export function toPricePath(settings: CrashSettings): PricePathInput {
  const asset = settings.asset === '' ? {} : { asset: settings.asset };
  const durationMs = Math.round(Number(settings.durationMinutes) * MS_PER_MINUTE);
  const steps = settings.gap ? 1 : SLIDE_STEPS;
  if (settings.kind === 'replay') return { kind: 'replay', crashId: settings.crashId, ...asset };
  if (settings.kind === 'to_zero') return { kind: 'to_zero', durationMs, steps, ...asset };
  return { kind: 'shock', dropPercent: settings.dropPercent, durationMs, steps, ...asset };
}
