import { profiles } from '@belowzero/risk-core/profiles';
import type { ExchangeOption } from '../../components/ScenarioForm';

// By label, ignoring case, code unit by code unit: the same order in the prerender and in every
// browser whatever its locale (and no ICU collator to build on the first paint's path).
function byLabel(a: { label: string }, b: { label: string }): number {
  const left = a.label.toLowerCase();
  const right = b.label.toLowerCase();
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Every exchange profile as a choice in the form, by exchange name. */
export const exchangeOptions: ExchangeOption[] = profiles
  .map((profile) => ({
    slug: profile.slug,
    label: `${profile.exchange}: ${profile.product}`,
    instruments: profile.instruments,
    marginModes: profile.marginModes,
    settlementCurrency: profile.settlementCurrency,
  }))
  .sort(byLabel);
