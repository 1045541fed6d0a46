/**
 * The deficit waterfall: who pays a loss past the bankruptcy price, in the order the
 * profile's `deficitWaterfall` gives (docs/design/risk-model.md section 3). Remaining margin and
 * liquidation fees already collected pay first; the insurance fund pays up to its
 * capacity; auto-deleveraging, socialized loss and a backstop vault absorb whatever
 * reaches them; what is left falls on the user when the venue's terms make the user
 * liable, otherwise on the venue. The parts always sum exactly to the deficit.
 */
import { Decimal, ZERO, parseDecimal } from './decimal.js';
import type { DeficitPayer, SafeguardProfile } from './profiles/profile.js';

export interface WaterfallPart {
  payer: DeficitPayer;
  /** Amount paid, in the profile's settlement currency (coin for inverse contracts). */
  amount: string;
}

export interface DeficitWaterfall {
  deficit: string;
  /** Payers in the order they paid; only those that paid something. */
  parts: WaterfallPart[];
  /** The part left to the user (0 when the venue absorbs every deficit). */
  userOwes: string;
  insuranceFundUsed: string;
  /** Modelling choices made where the profile says 'unknown'. */
  notes: string[];
}

export interface WaterfallCoverage {
  /** Margin still backing the position and liquidation fees already collected from it. */
  remainingMargin: Decimal;
  liquidationFeesCollected: Decimal;
  /** Insurance fund capacity still available (after the profile's capacity was scaled and
   * earlier deficits of the same run were paid). */
  insuranceFundAvailable: Decimal;
}

/** Payers that absorb any amount that reaches them. */
const UNLIMITED: ReadonlySet<DeficitPayer> = new Set([
  'auto_deleveraging',
  'socialized_loss',
  'backstop_vault',
]);

/** The profile's insurance fund capacity scaled by the scenario (e.g. "0.5" for a half-empty fund);
 * 'unknown' is taken as zero (nothing is promised). */
export function insuranceFundCapacity(profile: SafeguardProfile, scale: Decimal): Decimal {
  const capacity = profile.insuranceFundCapacity.value;
  return capacity === 'unknown'
    ? ZERO
    : parseDecimal('profile.insuranceFundCapacity', capacity).times(scale);
}

/** Splits a deficit (>= 0) among the payers of the profile's waterfall. */
export function applyDeficitWaterfall(
  deficit: Decimal,
  profile: SafeguardProfile,
  coverage: WaterfallCoverage,
): DeficitWaterfall {
  const notes: string[] = [];
  const parts: WaterfallPart[] = [];
  let remaining = Decimal.max(deficit, ZERO);
  let insuranceFundUsed = ZERO;
  const pay = (payer: DeficitPayer, available: Decimal | null): Decimal => {
    const amount =
      available === null ? remaining : Decimal.min(remaining, Decimal.max(available, ZERO));
    if (amount.isZero()) return amount;
    remaining = remaining.minus(amount);
    parts.push({ payer, amount: amount.toFixed() });
    return amount;
  };

  // Step 1 of every waterfall: what the position itself still holds.
  pay('remaining_margin', coverage.remainingMargin.plus(coverage.liquidationFeesCollected));
  // Each payer pays once, in its first place in the order (a repeated entry adds nothing).
  for (const payer of new Set(waterfallOrder(profile, notes))) {
    if (remaining.isZero()) break;
    if (payer === 'remaining_margin') continue;
    if (payer === 'insurance_fund') {
      if (profile.insuranceFundCapacity.value === 'unknown')
        notes.push('insurance fund capacity unknown: counted as zero');
      insuranceFundUsed = pay('insurance_fund', coverage.insuranceFundAvailable);
    } else if (UNLIMITED.has(payer) || payer === 'user' || payer === 'venue') {
      pay(payer, null);
    }
  }
  if (!remaining.isZero()) {
    const liable = profile.userLiableForDeficit.value;
    if (liable === 'unknown')
      notes.push("user liability unknown: the remainder is shown as the user's");
    pay(liable === false ? 'venue' : 'user', null);
  }
  const userPart = parts.find((part) => part.payer === 'user');
  return {
    deficit: Decimal.max(deficit, ZERO).toFixed(),
    parts,
    userOwes: userPart === undefined ? '0' : userPart.amount,
    insuranceFundUsed: insuranceFundUsed.toFixed(),
    notes,
  };
}

/** The profile's order, or (when unpublished) one built from its boolean facts. */
function waterfallOrder(profile: SafeguardProfile, notes: string[]): DeficitPayer[] {
  const order = profile.deficitWaterfall.value;
  if (order !== 'unknown') return order;
  notes.push(
    'deficit waterfall unknown: insurance fund, then ADL and socialized loss where the profile says so',
  );
  const built: DeficitPayer[] = ['insurance_fund'];
  if (profile.autoDeleveraging.value === true) built.push('auto_deleveraging');
  if (profile.socializedLoss.value === true) built.push('socialized_loss');
  return built;
}
