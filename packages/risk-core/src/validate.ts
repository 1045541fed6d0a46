/**
 * validateScenario: every field of a ScenarioInput checked against the rules and against the
 * exchange profile, before any arithmetic. Returns parsed Decimals, or throws a
 * ValidationError naming the field by its dotted path (e.g. "account.positions.0.leverage"),
 * the value and the rule. Whatever `input` is, nothing else is ever thrown.
 */
import { Decimal, ONE, ZERO, parseDecimal } from './decimal.js';
import { ValidationError } from './errors.js';
import { averageEntry, type Fill } from './instruments/average-entry.js';
import { inverseLeg } from './instruments/inverse.js';
import { linearLeg } from './instruments/linear.js';
import { toAxis } from './margin/pool.js';
import { positionSchedule, type UserMarginFigure } from './margin/position-schedule.js';
import { type MarginSchedule, type MarginTier, tierIndexFor } from './margin/tiers.js';
import { CASH_ASSETS, MAX_ADDS_PER_POSITION, MAX_HOLDINGS, MAX_POSITIONS } from './methodology.js';
import type { SafeguardProfile } from './profiles/profile.js';
import {
  INSTRUMENT_KINDS,
  type InstrumentKind,
  MARGIN_MODES,
  type MarginMode,
  SCENARIO_SCHEMA_VERSION,
  SIDES,
  type Side,
  STOP_LOSS_TYPES,
  type StopLossType,
} from './scenario.js';

export interface ValidatedStopLoss {
  type: StopLossType;
  triggerPrice: Decimal;
  limitPrice: Decimal | null;
}

export interface ValidatedPosition {
  index: number;
  /** Dotted path of the position, e.g. "account.positions.0". */
  field: string;
  /** Upper-cased symbol. */
  asset: string;
  instrument: InstrumentKind;
  side: Side;
  /** +1 long, -1 short. */
  sign: Decimal;
  /** The opening fill followed by the adds. */
  fills: Fill[];
  /** Total size (base units; USD for inverse) and average entry over all fills. */
  size: Decimal;
  entryPrice: Decimal;
  leverage: Decimal;
  marginMode: MarginMode;
  /** The current price of the position's asset (the scenario's price for it). */
  markPrice: Decimal;
  extraMargin: Decimal;
  stopLoss: ValidatedStopLoss | null;
  /** Margin tiers (linear and inverse only). */
  schedule: MarginSchedule | null;
  /** The tier of the position's size at entry, which caps its leverage. */
  entryTier: MarginTier | null;
  /** Whose maintenance figures the schedule holds: the venue's table or the user's own rate
   * (null for spot and spot margin). */
  marginFigure: 'venue' | 'user' | null;
}

export interface ValidatedHolding {
  asset: string;
  quantity: Decimal;
  price: Decimal;
  /** Cash does not move in a gap (the settlement currency, USD, USDT, USDC). */
  cash: boolean;
}

export interface ValidatedCosts {
  tradingFees: boolean;
  fundingRatePerInterval: Decimal;
  fundingIntervalHours: Decimal;
  holdingHours: Decimal;
  borrowInterest: boolean;
}

export interface ValidatedScenario {
  schemaVersion: number;
  exchange: string;
  walletBalance: Decimal;
  holdings: ValidatedHolding[];
  positions: ValidatedPosition[];
  costs: ValidatedCosts;
  /** Current price of every non-cash asset of the scenario. */
  prices: Map<string, Decimal>;
  /** Currency of every money figure: the profile's settlement currency, or the coin of an
   * inverse scenario. */
  settlementAsset: string;
}

const ASSET_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;
const DEFAULT_FUNDING_INTERVAL_HOURS = new Decimal(8);

/** Checks a scenario against the rules and the profile; see the module comment. */
export function validateScenario(input: unknown, profile: SafeguardProfile): ValidatedScenario {
  const root = record('', input);
  const schemaVersion = root.schemaVersion;
  if (schemaVersion !== SCENARIO_SCHEMA_VERSION)
    throw new ValidationError('schemaVersion', schemaVersion, 'schema_version');
  const exchange = root.exchange;
  if (typeof exchange !== 'string' || exchange.trim() === '')
    throw new ValidationError('exchange', exchange, 'required');
  const account = record('account', root.account);

  const walletBalance =
    optionalDecimal('account.walletBalance', account.walletBalance, 'non_negative') ?? ZERO;
  const holdingInputs = list(
    'account.holdings',
    absent(account.holdings) ? [] : account.holdings,
    MAX_HOLDINGS,
  );
  const positionInputs = list('account.positions', account.positions, MAX_POSITIONS);
  if (positionInputs.length === 0 && holdingInputs.length === 0) {
    throw new ValidationError(
      'account.positions',
      account.positions,
      'non_empty',
      'give at least one position or holding',
    );
  }
  const costs = validateCosts(account.costs);
  const parsed = positionInputs.map((p, i) => validatePosition(p, i, profile));
  const positions = parsed.map((p) => p.position);
  const holdings = holdingInputs.map((h, i) => validateHolding(h, i, profile));

  checkSettlement(positions, holdings);
  checkCrossPool(positions);
  const prices = currentPrices(parsed, holdings);
  for (const position of positions)
    position.markPrice = prices.get(position.asset) ?? position.entryPrice;
  const inverse = positions.find((p) => p.instrument === 'inverse');

  return {
    schemaVersion,
    exchange,
    walletBalance,
    holdings,
    positions,
    costs,
    prices,
    settlementAsset: inverse === undefined ? profile.settlementCurrency : inverse.asset,
  };
}

interface ParsedPosition {
  position: ValidatedPosition;
  givenMark: Decimal | null;
}

function validatePosition(
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

/** size = amount * leverage / entry (inverse: amount in coin * leverage * entry, in USD). */
function sizeFromAmount(
  instrument: InstrumentKind,
  amount: Decimal,
  leverage: Decimal,
  entry: Decimal,
): Decimal {
  return instrument === 'inverse'
    ? amount.times(leverage).times(entry)
    : amount.times(leverage).div(entry);
}

function validateStopLoss(field: string, input: unknown): ValidatedStopLoss {
  const s = record(field, input);
  return {
    type: oneOf(`${field}.type`, s.type, STOP_LOSS_TYPES),
    triggerPrice: requiredDecimal(`${field}.triggerPrice`, s.triggerPrice, 'positive'),
    limitPrice: optionalDecimal(`${field}.limitPrice`, s.limitPrice, 'positive'),
  };
}

function validateHolding(
  input: unknown,
  index: number,
  profile: SafeguardProfile,
): ValidatedHolding {
  const field = `account.holdings.${index}`;
  const h = record(field, input);
  const asset = assetSymbol(`${field}.asset`, h.asset);
  return {
    asset,
    quantity: requiredDecimal(`${field}.quantity`, h.quantity, 'non_negative'),
    price: requiredDecimal(`${field}.price`, h.price, 'non_negative'),
    cash: asset === profile.settlementCurrency.toUpperCase() || CASH_ASSETS.includes(asset),
  };
}

function validateCosts(input: unknown): ValidatedCosts {
  if (absent(input)) {
    return {
      tradingFees: false,
      fundingRatePerInterval: ZERO,
      fundingIntervalHours: DEFAULT_FUNDING_INTERVAL_HOURS,
      holdingHours: ZERO,
      borrowInterest: false,
    };
  }
  const c = record('account.costs', input);
  if (typeof c.tradingFees !== 'boolean')
    throw new ValidationError(
      'account.costs.tradingFees',
      c.tradingFees,
      'required',
      'must be true or false',
    );
  if (!absent(c.borrowInterest) && typeof c.borrowInterest !== 'boolean') {
    throw new ValidationError(
      'account.costs.borrowInterest',
      c.borrowInterest,
      'one_of',
      'must be true or false',
    );
  }
  return {
    tradingFees: c.tradingFees,
    fundingRatePerInterval:
      optionalDecimal('account.costs.fundingRatePerInterval', c.fundingRatePerInterval, null) ??
      ZERO,
    fundingIntervalHours:
      optionalDecimal('account.costs.fundingIntervalHours', c.fundingIntervalHours, 'positive') ??
      DEFAULT_FUNDING_INTERVAL_HOURS,
    holdingHours:
      optionalDecimal('account.costs.holdingHours', c.holdingHours, 'non_negative') ?? ZERO,
    borrowInterest: c.borrowInterest === true,
  };
}

/** Money figures share one currency: an inverse scenario is one coin's inverse contracts only. */
function checkSettlement(positions: ValidatedPosition[], holdings: ValidatedHolding[]): void {
  const inverse = positions.find((p) => p.instrument === 'inverse');
  if (inverse === undefined) return;
  for (const p of positions) {
    if (p.instrument !== 'inverse') {
      throw new ValidationError(
        `${p.field}.instrument`,
        p.instrument,
        'consistent',
        'inverse (coin-margined) positions cannot be mixed with other instruments',
      );
    }
    if (p.asset !== inverse.asset) {
      throw new ValidationError(
        `${p.field}.asset`,
        p.asset,
        'consistent',
        `inverse positions must all settle in ${inverse.asset}`,
      );
    }
  }
  if (holdings.length > 0) {
    throw new ValidationError(
      'account.holdings',
      holdings.length,
      'consistent',
      'an inverse account holds its coin as wallet balance, not as holdings',
    );
  }
}

/** One cross balance backs either derivatives or a spot-margin account, not both. */
function checkCrossPool(positions: ValidatedPosition[]): void {
  const cross = positions.filter((p) => p.marginMode === 'cross' && p.instrument !== 'spot');
  const first = cross[0];
  if (first === undefined) return;
  const spotMargin = first.instrument === 'spot_margin';
  for (const p of cross) {
    if ((p.instrument === 'spot_margin') !== spotMargin) {
      throw new ValidationError(
        `${p.field}.marginMode`,
        p.marginMode,
        'consistent',
        'one cross balance cannot back both spot margin and derivatives',
      );
    }
  }
}

/** One current price per asset: the positions' mark price (all given ones must agree), else
 * the first position's average entry, else a holding's price (which must agree as well). */
function currentPrices(
  parsed: ParsedPosition[],
  holdings: ValidatedHolding[],
): Map<string, Decimal> {
  const prices = new Map<string, Decimal>();
  for (const { position, givenMark } of parsed) {
    if (givenMark === null) continue;
    const previous = prices.get(position.asset);
    if (previous !== undefined && !previous.equals(givenMark)) {
      throw new ValidationError(
        `${position.field}.markPrice`,
        givenMark.toFixed(),
        'consistent',
        `another position gives ${position.asset} the price ${previous.toFixed()}`,
      );
    }
    prices.set(position.asset, givenMark);
  }
  for (const { position } of parsed)
    if (!prices.has(position.asset)) prices.set(position.asset, position.entryPrice);
  holdings.forEach((h, i) => {
    if (h.cash) return;
    const known = prices.get(h.asset);
    if (known === undefined) prices.set(h.asset, h.price);
    else if (!known.equals(h.price)) {
      throw new ValidationError(
        `account.holdings.${i}.price`,
        h.price.toFixed(),
        'consistent',
        `the positions give ${h.asset} the price ${known.toFixed()}`,
      );
    }
  });
  return prices;
}

function record(field: string, value: unknown): Record<string, unknown> {
  if (value === undefined || value === null)
    throw new ValidationError(field || 'scenario', value, 'required');
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ValidationError(field || 'scenario', value, 'required', 'must be an object');
  }
  return value as Record<string, unknown>;
}

function list(field: string, value: unknown, max: number): unknown[] {
  if (value === undefined || value === null) throw new ValidationError(field, value, 'required');
  if (!Array.isArray(value)) throw new ValidationError(field, value, 'required', 'must be a list');
  if (value.length > max)
    throw new ValidationError(field, value.length, 'too_many', `at most ${max}`);
  return value;
}

function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new ValidationError(
      field,
      value,
      value === undefined ? 'required' : 'one_of',
      `must be one of ${allowed.join(', ')}`,
    );
  }
  return value as T;
}

function assetSymbol(field: string, value: unknown): string {
  if (typeof value !== 'string' || !ASSET_PATTERN.test(value)) {
    throw new ValidationError(
      field,
      value,
      value === undefined ? 'required' : 'one_of',
      'must be a symbol such as "BTC"',
    );
  }
  return value.toUpperCase();
}

type SignRule = 'positive' | 'non_negative' | null;

function requiredDecimal(field: string, value: unknown, rule: SignRule): Decimal {
  if (value === undefined || value === null) throw new ValidationError(field, value, 'required');
  const parsed = parseDecimal(field, value);
  if (rule === 'positive' && !parsed.greaterThan(0))
    throw new ValidationError(field, value, 'positive');
  if (rule === 'non_negative' && parsed.isNegative())
    throw new ValidationError(field, value, 'non_negative');
  return parsed;
}

function optionalDecimal(field: string, value: unknown, rule: SignRule): Decimal | null {
  return absent(value) ? null : requiredDecimal(field, value, rule);
}

/** An optional field left out; null counts as left out (GraphQL sends null for unset inputs). */
function absent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}
