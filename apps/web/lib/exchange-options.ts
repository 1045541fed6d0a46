import { profiles } from '@belowzero/risk-core';
import type { ExchangeOption } from '../components/ScenarioForm';

/** Every exchange profile as a choice in the form, by exchange name. */
export const exchangeOptions: ExchangeOption[] = profiles
  .map((profile) => ({
    slug: profile.slug,
    label: `${profile.exchange}: ${profile.product}`,
    instruments: profile.instruments,
    marginModes: profile.marginModes,
    settlementCurrency: profile.settlementCurrency,
  }))
  .sort((a, b) => a.label.localeCompare(b.label));
