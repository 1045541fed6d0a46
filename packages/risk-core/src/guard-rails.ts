/**
 * guardRails: for a scenario and a gap size, what would make it safe (docs/design/product.md item 6).
 * - Leverage: the largest leverage (applied to every leveraged position) at which a gap of
 *   `gapPercent` straight from the current prices, down and up, fills (after the venue's
 *   latency and book slippage, through the same walk as `simulate`) without a deficit.
 *   Found by binary search on a 0.0001x grid, each candidate checked exactly in Decimal.
 * - Stop-loss: for each position, the stop trigger farthest from the current price such that
 *   a market stop whose fill gaps `gapPercent` past the trigger (less slippage) is still at or
 *   better than the bankruptcy price: the smallest (long) or largest (short) such trigger,
 *   found by bisection in Decimal on H1's deficitAtFill and rounded towards safety.
 * Where the venue's terms never pass a deficit to the user, any leverage the venue allows is
 * "safe" for the user's balance; both figures are given so the UI can say which applies.
 */
import { solveThreshold } from './margin/thresholds.js';
import { deficitAtFill } from './account/pool-status.js';
import { deficitPolicy } from './answer.js';
import { Decimal, ONE, ZERO, parseDecimal } from './decimal.js';
import { ValidationError } from './errors.js';
import { type PreparedAccount, prepareAccount } from './account/account.js';
import { METHODOLOGY_VERSION } from './methodology.js';
import type { SafeguardProfile } from './profiles/profile.js';
import type { PositionInput, ScenarioInput } from './scenario.js';
import { simulate } from './simulate.js';
import { priceAfterSlippage, slippageFraction } from './slippage.js';
import { validateScenario } from './validate.js';
import type { ValidatedPosition } from './validated-scenario.js';

export interface StopGuardRail {
  index: number;
  asset: string;
  side: 'long' | 'short';
  /** Farthest safe stop trigger; null when none is safe (or the position cannot owe). */
  safeStopPrice: string | null;
  /** Its distance from the current price, in %. */
  safeStopDistancePercent: string | null;
  /** True when that trigger lies beyond the liquidation price: then the liquidation itself is
   * gap-safe, and any stop before the liquidation price is too. */
  beyondLiquidation: boolean;
  /** Whether the position's own stop (if any) is a safe placement. */
  currentStopSafe: boolean | null;
  reason: string;
}

export interface GuardRails {
  gapPercent: string;
  /** Largest leverage at which the gap leaves no deficit at all; null when even 1x does. */
  maxLeverageWithoutDeficit: string | null;
  /** Largest leverage at which the user cannot be left owing: the one above when the venue
   * makes users liable, else the most the venue allows. */
  maxSafeLeverage: string | null;
  /** Most leverage the venue allows for these positions. */
  venueMaxLeverage: string;
  userLiable: boolean;
  stops: StopGuardRail[];
  methodologyVersion: string;
  asOf: string;
  profileSlug: string;
  profileVersion: number;
}

const HUNDRED = new Decimal(100);
const GRID = new Decimal('0.0001');
const BISECTION_STEPS = 200;

export function guardRails(
  input: ScenarioInput,
  profile: SafeguardProfile,
  gapPercent: string,
): GuardRails {
  const scenario = validateScenario(input, profile);
  const gapPercentValue = parseDecimal('gapPercent', gapPercent);
  if (!gapPercentValue.greaterThan(0) || gapPercentValue.greaterThanOrEqualTo(HUNDRED)) {
    throw new ValidationError(
      'gapPercent',
      gapPercent,
      'within_range',
      'must be more than 0 and less than 100',
    );
  }
  const gap = gapPercentValue.div(HUNDRED);
  const account = prepareAccount(scenario, profile);
  const userLiable = deficitPolicy(profile).userLiable;
  const leveraged = scenario.positions.filter((p) => p.instrument !== 'spot');
  const venueMax = leveraged.reduce((max, p) => Decimal.max(max, maxLeverageOf(p, profile)), ONE);

  let withoutDeficit: Decimal | null = null;
  if (leveraged.length > 0) {
    const safe = (leverage: Decimal) => !deficitInGap(input, profile, leverage, gapPercentValue);
    withoutDeficit = largestSafe(safe, venueMax);
  }
  const maxSafe = userLiable ? withoutDeficit : venueMax;
  return {
    gapPercent: gapPercentValue.toFixed(),
    maxLeverageWithoutDeficit:
      leveraged.length === 0 ? venueMax.toFixed() : (withoutDeficit?.toFixed() ?? null),
    maxSafeLeverage: leveraged.length === 0 ? venueMax.toFixed() : (maxSafe?.toFixed() ?? null),
    venueMaxLeverage: venueMax.toFixed(),
    userLiable,
    stops: scenario.positions.map((p) => stopGuardRail(account, p, gap)),
    methodologyVersion: METHODOLOGY_VERSION,
    asOf: profile.asOf,
    profileSlug: profile.slug,
    profileVersion: profile.version,
  };
}

/** Largest leverage on the 0.0001 grid in [1, max] that is safe, or null when 1x is not. */
function largestSafe(safe: (leverage: Decimal) => boolean, max: Decimal): Decimal | null {
  if (!safe(ONE)) return null;
  let low = 0; // grid steps above 1x known safe
  let high = max.minus(ONE).div(GRID).floor().toNumber();
  if (safe(ONE.plus(GRID.times(high)))) return ONE.plus(GRID.times(high));
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (safe(ONE.plus(GRID.times(middle)))) low = middle;
    else high = middle;
  }
  return ONE.plus(GRID.times(low));
}

/** Whether a gap down or up of `gapPercent` from the current prices leaves a deficit. */
function deficitInGap(
  input: ScenarioInput,
  profile: SafeguardProfile,
  leverage: Decimal,
  gapPercent: Decimal,
): boolean {
  const positions: PositionInput[] = input.account.positions.map((p) =>
    p.instrument === 'spot' ? p : { ...p, leverage: leverage.toFixed() },
  );
  const scenario = { ...input, account: { ...input.account, positions } };
  try {
    return [gapPercent, gapPercent.negated()].some(
      (drop) =>
        simulate(scenario, profile, {
          kind: 'shock',
          dropPercent: drop.toFixed(),
          durationMs: 1,
          steps: 1,
        }).deficit !== '0',
    );
  } catch (error) {
    // A leverage the venue does not allow for this size is not a safe choice.
    if (error instanceof ValidationError && error.rule === 'leverage_within_bracket') return true;
    throw error;
  }
}

function maxLeverageOf(p: ValidatedPosition, profile: SafeguardProfile): Decimal {
  if (p.entryTier !== null) return p.entryTier.maxLeverage;
  const spotMax = profile.spotMargin?.maxLeverage.value;
  return p.instrument === 'spot_margin' && spotMax !== undefined && spotMax !== 'unknown'
    ? parseDecimal('profile.spotMargin.maxLeverage', spotMax)
    : ONE;
}

function stopGuardRail(
  account: PreparedAccount,
  p: ValidatedPosition,
  gap: Decimal,
): StopGuardRail {
  const base = { index: p.index, asset: p.asset, side: p.side };
  const long = p.sign.isPositive();
  const current = p.markPrice;
  // The fill of a market stop at trigger t when the price gaps past it.
  const fillFor = (trigger: Decimal): Decimal => {
    const gapped = long ? trigger.times(ONE.minus(gap)) : trigger.times(ONE.plus(gap));
    const notional = p.instrument === 'inverse' ? p.size : p.size.times(gapped);
    return priceAfterSlippage(
      gapped,
      long ? 'sell' : 'buy',
      slippageFraction(notional, account.profile),
    );
  };
  const safe = (trigger: Decimal) => deficitAtFill(account, p.index, fillFor(trigger)).isZero();
  const currentStopSafe = p.stopLoss === null ? null : safe(p.stopLoss.triggerPrice);
  const noSafeStop = (reason: string) => ({
    ...base,
    safeStopPrice: null,
    safeStopDistancePercent: null,
    beyondLiquidation: false,
    currentStopSafe,
    reason,
  });
  if (p.instrument === 'spot') {
    return noSafeStop('spot: nothing is borrowed, so no gap can leave a deficit');
  }
  if (!safe(current)) {
    return noSafeStop('even a stop at the current price gaps past bankruptcy: lower the leverage');
  }
  // Bisection between the current price (safe) and the far end (0 for a long; for a short,
  // the first doubling of the price that is unsafe).
  let safeEnd = current;
  let unsafeEnd = long ? ZERO : current.times(2);
  if (!long) {
    while (safe(unsafeEnd)) {
      safeEnd = unsafeEnd;
      unsafeEnd = unsafeEnd.times(2);
      if (unsafeEnd.greaterThan('1e30')) break;
    }
  }
  if (long && safe(ZERO.plus('1e-30'))) {
    return {
      ...base,
      safeStopPrice: null,
      safeStopDistancePercent: null,
      beyondLiquidation: false,
      currentStopSafe,
      reason: 'no stop is needed: this position cannot go below zero in such a gap',
    };
  }
  for (let i = 0; i < BISECTION_STEPS; i += 1) {
    const middle = safeEnd.plus(unsafeEnd).div(2);
    if (safe(middle)) safeEnd = middle;
    else unsafeEnd = middle;
    if (safeEnd.minus(unsafeEnd).abs().lessThan(current.times('1e-20'))) break;
  }
  // Round towards safety to 8 significant digits (a long's trigger up, a short's down).
  const rounded = safeEnd.toSignificantDigits(8, long ? Decimal.ROUND_UP : Decimal.ROUND_DOWN);
  const trigger = safe(rounded) ? rounded : safeEnd;
  const liquidation = liquidationPriceOf(account, p);
  const beyondLiquidation =
    liquidation !== null &&
    (long ? trigger.lessThan(liquidation) : trigger.greaterThan(liquidation));
  return {
    ...base,
    safeStopPrice: trigger.toFixed(),
    safeStopDistancePercent: trigger.minus(current).div(current).times(HUNDRED).toFixed(),
    beyondLiquidation,
    currentStopSafe,
    reason: beyondLiquidation
      ? 'the safe trigger lies past the liquidation price: a stop anywhere before liquidation is gap-safe'
      : 'a market stop at or before this trigger still fills at or better than bankruptcy in the gap',
  };
}

function liquidationPriceOf(account: PreparedAccount, p: ValidatedPosition): Decimal | null {
  const poolIndex = account.poolOf[p.index];
  const pool = poolIndex === null || poolIndex === undefined ? undefined : account.pools[poolIndex];
  if (pool === undefined || pool.liquidationThreshold === null) return null;
  return solveThreshold(pool, p.asset, pool.liquidationThreshold, account.prices).price;
}
