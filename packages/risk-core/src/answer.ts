/**
 * The answer to "can my balance go negative?", decided from the profile's data:
 * - CANNOT_GO_NEGATIVE: no pool of the account can reach a negative equity at any price
 *   (spot only, 1x linear longs, 1x inverse shorts, unborrowed spot margin);
 * - otherwise a deficit is possible in a gap, and the venue's terms decide who pays it:
 *   USER_LIABLE when `userLiableForDeficit` is true, the waterfall ends with the user, or the
 *   venue does not say ('unknown' is answered conservatively); SOCIALIZED when the waterfall
 *   (or `socializedLoss`) spreads it over profitable traders; PROTECTED otherwise (insurance
 *   fund, auto-deleveraging, a backstop vault, or a written negative-balance promise).
 */
import type { DeficitPayer, SafeguardProfile } from './profiles/profile.js';

export const ANSWERS = ['CANNOT_GO_NEGATIVE', 'PROTECTED', 'USER_LIABLE', 'SOCIALIZED'] as const;
export type Answer = (typeof ANSWERS)[number];

export interface DeficitPolicy {
  answer: Exclude<Answer, 'CANNOT_GO_NEGATIVE'>;
  /** True when the user is (or may be) left owing a deficit. */
  userLiable: boolean;
  /** Plain words: who pays a deficit on this venue, and on what published basis. */
  explanation: string;
}

const PAYER_WORDS: Record<DeficitPayer, string> = {
  remaining_margin: 'the margin left in the position',
  insurance_fund: 'the insurance fund',
  backstop_vault: 'a backstop (liquidator) vault',
  auto_deleveraging: 'auto-deleveraging of profitable opposite positions',
  socialized_loss: 'a socialised loss shared by profitable traders',
  user: 'you',
  venue: 'the venue itself',
};

/** Who pays a deficit under this profile (assuming one happens). */
export function deficitPolicy(profile: SafeguardProfile): DeficitPolicy {
  const name = `${profile.exchange} ${profile.product}`;
  const waterfall =
    profile.deficitWaterfall.value === 'unknown' ? [] : profile.deficitWaterfall.value;
  const payers = (list: readonly DeficitPayer[]): string =>
    list.length === 0
      ? 'means it does not publish'
      : list.map((payer) => PAYER_WORDS[payer]).join(', then ');
  const order = payers(waterfall);
  const beforeUser = waterfall.includes('user')
    ? waterfall.slice(0, waterfall.indexOf('user'))
    : waterfall;
  const liable = profile.userLiableForDeficit.value;
  const promise = profile.negativeBalancePromise.value;
  const promiseWords =
    typeof promise === 'string' ? ` The venue writes: "${promise.replace(/[.\s]+$/, '')}".` : '';
  const source = ` (source: ${profile.userLiableForDeficit.source}, as of ${profile.userLiableForDeficit.asOf})`;

  if (liable === true || waterfall.includes('user')) {
    return {
      answer: 'USER_LIABLE',
      userLiable: true,
      explanation:
        beforeUser.length === 0
          ? `On ${name} the terms leave you owing a deficit${source}.`
          : `On ${name} a deficit is paid by ${payers(beforeUser)}; the terms leave you owing whatever that does not cover${source}.`,
    };
  }
  if (liable === 'unknown') {
    return {
      answer: 'USER_LIABLE',
      userLiable: true,
      explanation: `${name} does not publish whether you would owe a deficit, so belowzero assumes you could${source}.`,
    };
  }
  if (profile.socializedLoss.value === true || waterfall.includes('socialized_loss')) {
    return {
      answer: 'SOCIALIZED',
      userLiable: false,
      explanation: `${name} pays a deficit with ${order}; your own balance stops at zero and profitable traders may pay the rest.${promiseWords}`,
    };
  }
  return {
    answer: 'PROTECTED',
    userLiable: false,
    explanation: `${name} covers a deficit with ${order}; you are not asked to pay it.${promiseWords}`,
  };
}
