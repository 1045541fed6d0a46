import type { SafeguardProfile } from '@belowzero/risk-core';
import { profiles } from '@belowzero/risk-core/profiles';
import type { ExchangeOption } from '../../components/ScenarioForm';

// By label, ignoring case, code unit by code unit: the same order in the prerender and in every
// browser whatever its locale (and no ICU collator to build on the first paint's path).
function byLabel(a: { label: string }, b: { label: string }): number {
  const left = a.label.toLowerCase();
  const right = b.label.toLowerCase();
  return left < right ? -1 : left > right ? 1 : 0;
}

/** What kind of product a profile is, in a few words: "USDT perp", "inverse perp", "spot
 * margin 3x", "US futures" (the exchange page gives the product's full name). */
export function productKind(profile: SafeguardProfile): string {
  const { instruments } = profile;
  if (instruments.includes('spot_margin')) {
    const multiple = /(\d+x)\b/.exec(profile.product)?.[1];
    return multiple ? `spot margin ${multiple}` : 'spot margin';
  }
  if (instruments.includes('inverse') && instruments.includes('linear')) return 'perps';
  if (instruments.includes('inverse')) return 'inverse perp';
  if (/\bUS\b/.test(profile.product)) return 'US futures';
  return `${profile.settlementCurrency} perp`;
}

/** Every exchange profile as a choice in the form, by exchange name: short enough for a phone's
 * picker ("Binance · USDT perp"). */
export const exchangeOptions: ExchangeOption[] = profiles
  .map((profile) => ({
    slug: profile.slug,
    label: `${profile.exchange} · ${productKind(profile)}`,
    instruments: profile.instruments,
    marginModes: profile.marginModes,
    settlementCurrency: profile.settlementCurrency,
  }))
  .sort(byLabel);
