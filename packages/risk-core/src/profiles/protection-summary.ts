/**
 * What a profile's data says about protection, in a few plain answers: can the user owe
 * money, who covers a deficit and in which order, is liquidation partial, are stops
 * guaranteed, is there a written negative-balance promise. Derived from the sourced fields,
 * never typed by hand, so the summary cannot drift from the data.
 */
import { percent } from './format.js';
import type { DeficitPayer, Provenance, SafeguardProfile, Sourced } from './profile.js';

export type YesNoUnknown = 'yes' | 'no' | 'unknown';

/** One answer with the source it was derived from. */
export interface SummaryItem<T> {
  value: T;
  /** The answer in plain words. */
  text: string;
  source: string;
  asOf: string;
  assumption: boolean;
}

export interface ProtectionSummary {
  slug: string;
  exchange: string;
  product: string;
  profileVersion: number;
  asOf: string;
  /** Whether the terms leave the user owing a deficit that the venue's waterfall did not cover. */
  canUserOwe: SummaryItem<YesNoUnknown>;
  /** Who pays a deficit past bankruptcy, in order. */
  deficitCoverage: SummaryItem<DeficitPayer[] | 'unknown'>;
  partialLiquidation: SummaryItem<YesNoUnknown>;
  guaranteedStops: SummaryItem<YesNoUnknown>;
  /** The verbatim promise, null when the venue publishes none. */
  negativeBalancePromise: SummaryItem<string | null | 'unknown'>;
}

export const PAYER_LABELS: Readonly<Record<DeficitPayer, string>> = {
  remaining_margin: 'remaining margin',
  insurance_fund: 'insurance fund',
  backstop_vault: 'backstop vault',
  auto_deleveraging: 'auto-deleveraging of profitable traders',
  socialized_loss: 'socialized loss across winners',
  user: 'the user (debt)',
  venue: 'the venue',
};

export function protectionSummary(profile: SafeguardProfile): ProtectionSummary {
  return {
    slug: profile.slug,
    exchange: profile.exchange,
    product: profile.product,
    profileVersion: profile.version,
    asOf: profile.asOf,
    canUserOwe: canUserOwe(profile),
    deficitCoverage: deficitCoverage(profile.deficitWaterfall),
    partialLiquidation: partialLiquidation(profile),
    guaranteedStops: guaranteedStops(profile),
    negativeBalancePromise: item(
      profile.negativeBalancePromise,
      profile.negativeBalancePromise.value,
      profile.negativeBalancePromise.value === 'unknown'
        ? 'not published in the material checked'
        : profile.negativeBalancePromise.value === null
          ? 'none published'
          : `"${profile.negativeBalancePromise.value}"`,
    ),
  };
}

function canUserOwe(profile: SafeguardProfile): SummaryItem<YesNoUnknown> {
  const liable = profile.userLiableForDeficit;
  if (liable.value === 'unknown')
    return item(liable, 'unknown', 'not published: the terms checked do not say who pays');
  if (liable.value)
    return item(
      liable,
      'yes',
      'yes: a deficit the venue does not cover stays with the user as a debt',
    );
  return item(liable, 'no', "no: the user's balance stops at zero; others cover a deficit");
}

function deficitCoverage(
  waterfall: Sourced<DeficitPayer[]>,
): SummaryItem<DeficitPayer[] | 'unknown'> {
  if (waterfall.value === 'unknown') return item(waterfall, 'unknown', 'not published');
  return item(
    waterfall,
    [...waterfall.value],
    waterfall.value.map((payer) => PAYER_LABELS[payer]).join(' → '),
  );
}

function partialLiquidation(profile: SafeguardProfile): SummaryItem<YesNoUnknown> {
  const liquidation = profile.liquidation;
  if (liquidation.value === 'unknown') return item(liquidation, 'unknown', 'not published');
  if (liquidation.value.kind === 'full')
    return item(liquidation, 'no', 'no: the whole position is closed at once');
  const steps: string[] = [];
  if (liquidation.value.stepFraction !== undefined)
    steps.push(`${percent(liquidation.value.stepFraction)} of the position per step`);
  const tiers = liquidation.value.tiersPerStep;
  if (tiers !== undefined) steps.push(`${tiers} tier${tiers === 1 ? '' : 's'} down per step`);
  if (liquidation.value.stepIntervalMs !== undefined)
    steps.push(`${liquidation.value.stepIntervalMs / 1000} s between steps`);
  return item(
    liquidation,
    'yes',
    steps.length > 0
      ? `yes: ${steps.join(', ')}`
      : 'yes: reduced in steps before a full liquidation',
  );
}

function guaranteedStops(profile: SafeguardProfile): SummaryItem<YesNoUnknown> {
  const stops = profile.stopLossTypes;
  if (stops.value === 'unknown') return item(stops, 'unknown', 'not published');
  const guaranteed = stops.value.find((offer) => offer.type === 'guaranteed');
  if (guaranteed === undefined) {
    const kinds = stops.value.map((offer) => offer.type).join(', ');
    return item(
      stops,
      'no',
      kinds.length > 0
        ? `no (${kinds} stops can fill past the trigger in a gap)`
        : 'no stop orders',
    );
  }
  const premium =
    guaranteed.premiumRate === undefined
      ? 'a premium not published'
      : `a premium of ${percent(guaranteed.premiumRate)} of notional`;
  return item(stops, 'yes', `yes: fills at the trigger for ${premium}`);
}

function item<T>(provenance: Provenance, value: T, text: string): SummaryItem<T> {
  return {
    value,
    text,
    source: provenance.source,
    asOf: provenance.asOf,
    assumption: provenance.assumption === true,
  };
}
