/**
 * One position of a scenario checked against the rules and the profile: its fills and average
 * entry, its size (from the size or the amount put in), leverage within the venue's tier, its
 * margin tiers (the venue's table, or the user's own maintenance figure), its stop-loss.
 */
import { sizeFromAmount } from './sizing.js';
import {
  absent,
  assetSymbol,
  list,
  oneOf,
  optionalDecimal,
  record,
  requiredDecimal,
} from './checks.js';
import { Decimal, ONE, ZERO, parseDecimal } from './decimal.js';
import { ValidationError } from './errors.js';
import { averageEntry, type Fill } from './instruments/average-entry.js';
import { inverseLeg } from './instruments/inverse.js';
import { linearLeg } from './instruments/linear.js';
import { toAxis } from './margin/pool.js';
import { positionSchedule, type UserMarginFigure } from './margin/position-schedule.js';
import { type MarginSchedule, type MarginTier, tierIndexFor } from './margin/tiers.js';
import { MAX_ADDS_PER_POSITION } from './methodology.js';
import type { SafeguardProfile } from './profiles/profile.js';
import type { ValidatedPosition, ValidatedStopLoss } from './validated-scenario.js';
import { INSTRUMENT_KINDS, MARGIN_MODES, SIDES, STOP_LOSS_TYPES } from './scenario.js';

export interface ParsedPosition {
  position: ValidatedPosition;
  givenMark: Decimal | null;
}

export function validatePosition(
  input: unknown,
  index: number,
  profile: SafeguardProfile,
): ParsedPosition {
  const field = `account.positions.${index}`;
  const p = record(field, input);
  const asset = assetSymbol(`${field}.asset`, p.asset);
  const instrument = oneOf(`${field}.instrument`, p.instrument, INSTRUMENT_KINDS);
  if (!profile.instruments.includes(instrument)) {
    throw new ValidationError(`${field}.instrument`, instrument, 'unsupported_instrument');
  }
  const side = oneOf(`${field}.side`, p.side, SIDES);
  const marginMode = oneOf(`${field}.marginMode`, p.marginMode, MARGIN_MODES);
  if (instrument !== 'spot' && !profile.marginModes.includes(marginMode)) {
    throw new ValidationError(`${field}.marginMode`, marginMode, 'unsupported_margin_mode');
  }
  const entryPrice = requiredDecimal(`${field}.entryPrice`, p.entryPrice, 'positive');
  const leverage = requiredDecimal(`${field}.leverage`, p.leverage, 'positive');
  if (leverage.lessThan(ONE))
    throw new ValidationError(
      `${field}.leverage`,
      p.leverage,
      'within_range',
      'must be at least 1',
    );
  if (instrument === 'spot') {
    if (side !== 'long')
      throw new ValidationError(
        `${field}.side`,
        side,
        'one_of',
        'spot can only be bought; use spot_margin to short',
      );
    if (!leverage.equals(ONE))
      throw new ValidationError(
        `${field}.leverage`,
        p.leverage,
        'consistent',
        'spot is unlevered: leverage must be 1',
      );
  }

  const hasSize = !absent(p.size);
  if (hasSize === !absent(p.amount))
    throw new ValidationError(`${field}.size`, p.size, 'size_or_amount');
  const openingSize = hasSize
    ? requiredDecimal(`${field}.size`, p.size, 'positive')
    : sizeFromAmount(
        instrument,
        requiredDecimal(`${field}.amount`, p.amount, 'positive'),
        leverage,
        entryPrice,
      );
  const adds = list(`${field}.adds`, absent(p.adds) ? [] : p.adds, MAX_ADDS_PER_POSITION).map(
    (add, i) => {
      const a = record(`${field}.adds.${i}`, add);
      return {
        price: requiredDecimal(`${field}.adds.${i}.price`, a.price, 'positive'),
        size: requiredDecimal(`${field}.adds.${i}.size`, a.size, 'positive'),
      };
    },
  );
  const fills: Fill[] = [{ price: entryPrice, size: openingSize }, ...adds];
  const { size, entryPrice: averagePrice } = averageEntry(instrument, fills);

  const markPrice = optionalDecimal(`${field}.markPrice`, p.markPrice, 'positive');
  const extraMargin =
    optionalDecimal(`${field}.extraMargin`, p.extraMargin, 'non_negative') ?? ZERO;
  if (!extraMargin.isZero() && (marginMode !== 'isolated' || instrument === 'spot')) {
    throw new ValidationError(
      `${field}.extraMargin`,
      p.extraMargin,
      'consistent',
      'extra margin applies to isolated positions only',
    );
  }
  const stopLoss = absent(p.stopLoss) ? null : validateStopLoss(`${field}.stopLoss`, p.stopLoss);

  const sign = side === 'long' ? ONE : ONE.negated();
  let schedule: MarginSchedule | null = null;
  let entryTier: MarginTier | null = null;
  let marginFigure: ValidatedPosition['marginFigure'] = null;
  if (instrument === 'linear' || instrument === 'inverse') {
    const figure = userMarginFigure(field, p);
    schedule = positionSchedule(profile, {
      field,
      asset,
      instrument,
      leverage,
      sizeInBaseUnits: instrument === 'inverse' ? size.div(averagePrice) : size,
      figure,
    });
    marginFigure = figure === null ? 'venue' : 'user';
    const spec = {
      positionIndex: index,
      asset,
      sign,
      size,
      entryPrice: averagePrice,
      schedule,
      basis: 'mark_notional' as const,
      closeFeeRate: ZERO,
      bankruptcyFeeRate: ZERO,
    };
    const leg = instrument === 'linear' ? linearLeg(spec) : inverseLeg(spec);
    const tierIndex = tierIndexFor(schedule, leg.measureAt(toAxis(leg.axis, averagePrice)));
    entryTier = schedule.tiers[tierIndex] ?? null;
    if (entryTier === null) {
      throw new ValidationError(
        `${field}.size`,
        p.size ?? p.amount,
        'within_range',
        "larger than the exchange's published tier table",
      );
    }
    if (leverage.greaterThan(entryTier.maxLeverage)) {
      throw new ValidationError(
        `${field}.leverage`,
        p.leverage,
        'leverage_within_bracket',
        `tier ${entryTier.index + 1} of this position's size allows at most ${entryTier.maxLeverage.toFixed()}x`,
      );
    }
  }
  if (instrument === 'spot_margin') {
    const rules = profile.spotMargin;
    if (rules === undefined)
      throw new ValidationError(`${field}.instrument`, instrument, 'unsupported_instrument');
    const max = rules.maxLeverage.value;
    if (
      max !== 'unknown' &&
      leverage.greaterThan(parseDecimal('profile.spotMargin.maxLeverage', max))
    ) {
      throw new ValidationError(
        `${field}.leverage`,
        p.leverage,
        'leverage_within_bracket',
        `spot margin allows at most ${max}x`,
      );
    }
  }
  const position: ValidatedPosition = {
    index,
    field,
    asset,
    instrument,
    side,
    sign,
    fills,
    size,
    entryPrice: averagePrice,
    leverage,
    marginMode,
    markPrice: markPrice ?? averagePrice,
    extraMargin,
    stopLoss,
    schedule,
    entryTier,
    marginFigure,
  };
  return { position, givenMark: markPrice };
}

/** The maintenance rate (and amount) the user typed in from their exchange, if any. */
function userMarginFigure(field: string, p: Record<string, unknown>): UserMarginFigure | null {
  const rate = optionalDecimal(
    `${field}.maintenanceMarginRate`,
    p.maintenanceMarginRate,
    'positive',
  );
  const amount = optionalDecimal(`${field}.maintenanceAmount`, p.maintenanceAmount, 'non_negative');
  if (rate === null) {
    if (amount !== null)
      throw new ValidationError(
        `${field}.maintenanceAmount`,
        p.maintenanceAmount,
        'consistent',
        'goes with a maintenanceMarginRate',
      );
    return null;
  }
  if (!rate.lessThan(ONE))
    throw new ValidationError(
      `${field}.maintenanceMarginRate`,
      p.maintenanceMarginRate,
      'within_range',
      'must be a fraction below 1 (0.005 = 0.5%)',
    );
  return { rate, amount: amount ?? ZERO };
}

function validateStopLoss(field: string, input: unknown): ValidatedStopLoss {
  const s = record(field, input);
  return {
    type: oneOf(`${field}.type`, s.type, STOP_LOSS_TYPES),
    triggerPrice: requiredDecimal(`${field}.triggerPrice`, s.triggerPrice, 'positive'),
    limitPrice: optionalDecimal(`${field}.limitPrice`, s.limitPrice, 'positive'),
  };
}
