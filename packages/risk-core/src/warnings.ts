/**
 * Warnings that go with the figures: a stop-loss that cannot work (wrong side, beyond the
 * liquidation price, a type the venue does not offer), leverage near the tier maximum, a
 * position already past its thresholds, and profile figures the venue does not publish.
 */
import type { AssessmentWarning } from './assessment.js';
import type { Decimal } from './decimal.js';
import type { PreparedAccount } from './account/account.js';
import { LEVERAGE_NEAR_MAX_FRACTION, STALE_VENUE_DATA_DAYS } from './methodology.js';
import type { ValidatedPosition } from './validated-scenario.js';

/** What each unpublished profile figure means for the result. */
export const UNKNOWN_CONSEQUENCES: Record<string, string> = {
  takerFeeRate: 'its taker fee, so trading fees were taken as zero',
  maintenanceBasis:
    'whether maintenance is valued at the mark or the entry price; the mark price was used',
  closeFeeInMaintenance: 'whether the fee to close counts inside maintenance; it was left out',
  bankruptcyPrice:
    'whether its bankruptcy price includes the fee to close; the fee-free price was used',
  isolatedCloseFeeReserve:
    "whether an isolated position's margin also holds the fee to close; it was left out",
  liquidationResidual:
    'what happens to the margin left after a liquidation, so it was counted as lost: you may get some or all of it back',
  'spotMargin.usedMarginCurrency':
    'whether used margin is held in the borrowed coin; it was kept at its entry value',
  'spotMargin.hourlyInterestRate': 'its borrow interest rate, so interest was taken as zero',
  'spotMargin.liquidationLevel': 'its liquidation level, so no liquidation price can be given',
  marginCallRatio: 'a margin-call level, so no margin-call price can be given',
};

/** What a result says of a profile figure the venue does not publish: assess's warnings and
 * simulate's notes alike. */
export function unknownFigureSentence(name: string): string {
  return `The exchange does not publish ${UNKNOWN_CONSEQUENCES[name] ?? `${name}; it was left out`}.`;
}

/** One warning per profile figure the result needed but the venue does not publish. */
export function unknownFigureWarnings(account: PreparedAccount): AssessmentWarning[] {
  return account.unknowns.map((name) => ({
    code: 'PROFILE_FIGURE_UNKNOWN',
    field: null,
    message: unknownFigureSentence(name),
  }));
}

export function positionWarnings(
  account: PreparedAccount,
  p: ValidatedPosition,
  liquidationPrice: Decimal | null,
  pastLiquidation: boolean,
  marginCall: boolean,
  warnings: AssessmentWarning[],
): void {
  const long = p.sign.isPositive();
  const stop = p.stopLoss;
  if (stop !== null) {
    const trigger = stop.triggerPrice;
    if (long ? trigger.greaterThanOrEqualTo(p.markPrice) : trigger.lessThanOrEqualTo(p.markPrice)) {
      warnings.push({
        code: 'STOP_ON_WRONG_SIDE',
        field: `${p.field}.stopLoss.triggerPrice`,
        message: `A stop-loss for a ${p.side} should sit ${long ? 'below' : 'above'} the current price ${p.markPrice.toFixed()}; this one would trigger at once.`,
      });
    }
    if (
      liquidationPrice !== null &&
      (long
        ? trigger.lessThanOrEqualTo(liquidationPrice)
        : trigger.greaterThanOrEqualTo(liquidationPrice))
    ) {
      warnings.push({
        code: 'STOP_BEYOND_LIQUIDATION',
        field: `${p.field}.stopLoss.triggerPrice`,
        message: `The stop-loss at ${trigger.toFixed()} is beyond the liquidation price ${liquidationPrice.toFixed()}: the position would be liquidated before the stop triggers.`,
      });
    }
    const offered = account.profile.stopLossTypes.value;
    if (offered !== 'unknown' && !offered.some((o) => o.type === stop.type)) {
      warnings.push({
        code: 'STOP_TYPE_NOT_OFFERED',
        field: `${p.field}.stopLoss.type`,
        message: `This exchange does not offer ${stop.type} stop-loss orders.`,
      });
    }
  }
  if (
    p.entryTier !== null &&
    // With the user's own rate the tier is theirs, not the venue's: its maximum is not known.
    p.marginFigure !== 'user' &&
    p.leverage.greaterThanOrEqualTo(p.entryTier.maxLeverage.times(LEVERAGE_NEAR_MAX_FRACTION))
  ) {
    warnings.push({
      code: 'LEVERAGE_NEAR_TIER_MAX',
      field: `${p.field}.leverage`,
      message: `Leverage ${p.leverage.toFixed()}x is close to the ${p.entryTier.maxLeverage.toFixed()}x maximum of tier ${p.entryTier.index + 1}: a small move reaches liquidation.`,
    });
  }
  if (pastLiquidation) {
    warnings.push({
      code: 'PAST_LIQUIDATION',
      field: `${p.field}.markPrice`,
      message:
        'At the current price this position is already at or past its liquidation threshold.',
    });
  } else if (marginCall) {
    warnings.push({
      code: 'MARGIN_CALL_NOW',
      field: `${p.field}.markPrice`,
      message: 'At the current price this position is already past the margin-call level.',
    });
  }
}

const DAY_MS = 86_400_000;

/** Whose margin figures a position used: the user's own rate, or venue figures that may be
 * out of date (older than STALE_VENUE_DATA_DAYS on `today`, an ISO date). */
export function marginDataWarnings(
  p: ValidatedPosition,
  today: string,
  checkedOn?: string,
): AssessmentWarning[] {
  const schedule = p.schedule;
  if (schedule === null) return [];
  if (p.marginFigure === 'user') {
    return [
      {
        code: 'USER_MARGIN_FIGURE',
        field: `${p.field}.maintenanceMarginRate`,
        message: `${p.asset}: uses the maintenance margin rate you entered (${schedule.tiers[0]?.mmr.toFixed()}), not a table of the exchange's.`,
      },
    ];
  }
  if (schedule.asOf === null) return [];
  const confirmed = checkedOn !== undefined && checkedOn > schedule.asOf ? checkedOn : null;
  const ageDays = Math.floor((Date.parse(today) - Date.parse(confirmed ?? schedule.asOf)) / DAY_MS);
  if (!(ageDays > STALE_VENUE_DATA_DAYS)) return [];
  const when =
    confirmed === null
      ? `are from ${schedule.asOf} (${ageDays} days old)`
      : `are from ${schedule.asOf}, last confirmed on ${confirmed} (${ageDays} days ago),`;
  return [
    {
      code: 'VENUE_DATA_STALE',
      field: `${p.field}.asset`,
      message: `${p.asset}: the exchange's margin tiers ${when} and may have changed; check the rate your exchange shows and enter it if it differs.`,
    },
  ];
}
