/**
 * assess: the point figures of one account under one exchange profile (the "quick check"):
 * per position the initial and maintenance margin, margin ratio, liquidation / bankruptcy /
 * margin-call price and their distance from the current price, the tier and formula used,
 * and how much each cost moved the liquidation price; for the account its equity, the most
 * it can lose while the venue works as designed, the balance after a worst-case gap, and the
 * answer to "can it go negative?" with the reason in plain words.
 * Every figure is a decimal string (full precision); nothing here uses floats.
 */
import { type Answer, deficitPolicy } from './answer.js';
import { COST_NAMES, type CostName, type CostSwitches } from './costs.js';
import { Decimal, ONE, ZERO, parseDecimal } from './decimal.js';
import { evaluate } from './margin/affine.js';
import {
  type PreparedAccount,
  accountEquityAt,
  maintenanceAt,
  poolStatusAt,
  prepareAccount,
  withPrice,
} from './margin/account.js';
import {
  type Leg,
  type Pool,
  type Prices,
  type ThresholdSolution,
  legTierAt,
  poolEquityAt,
  poolEquityInfimum,
  legValueAt,
  solveThreshold,
  toAxis,
} from './margin/pool.js';
import type { MarginTier } from './margin/tiers.js';
import { LEVERAGE_NEAR_MAX_FRACTION, METHODOLOGY_VERSION, WORST_CASE_GAP } from './methodology.js';
import type { SafeguardProfile } from './profiles/profile.js';
import type { InstrumentKind, MarginMode, Side } from './scenario.js';
import { type ValidatedPosition, validateScenario } from './validate.js';


export interface TierUsed {
  /** 0-based index; the venue's "level" is index + 1. */
  index: number;
  floor: string;
  cap: string | null;
  mmr: string;
  /** Maintenance amount (deduction). */
  cum: string;
  maxLeverage: string;
  imr: string;
}

export interface FormulaUsed {
  /** Stable identifier, e.g. "linear_mark_notional". */
  name: string;
  /** The formula in the notation of risk-model.md. */
  text: string;
}

/** How far each switched-on cost moved the liquidation price (price with all costs minus
 * price without that one); null when the cost is off or a price is missing. */
export type CostsImpact = Record<CostName, string | null>;

export interface PositionFigures {
  index: number;
  asset: string;
  instrument: InstrumentKind;
  side: Side;
  marginMode: MarginMode;
  /** Base units; USD for inverse. */
  size: string;
  entryPrice: string;
  markPrice: string;
  leverage: string;
  /** Notional at the current price (quote; coin for inverse). */
  notional: string;
  /** Own margin committed: notional at entry / leverage (spot: the cost). */
  initialMargin: string;
  /** Maintenance at the current price. Spot margin: the equity the venue requires before it
   * liquidates ((level - 1) * liabilities, or level * used margin). */
  maintenanceMargin: string;
  /** 1 (100%) at the liquidation threshold: maintenance / equity for derivatives,
   * liquidationLevel / marginLevel for spot margin. Null when the equity is not positive. */
  marginRatio: string | null;
  /** Spot margin only: assets / liabilities or equity / used margin. */
  marginLevel: string | null;
  liquidationPrice: string | null;
  bankruptcyPrice: string | null;
  marginCallPrice: string | null;
  /** (price - current) / current * 100; negative = the price must fall to get there. */
  liquidationDistancePercent: string | null;
  bankruptcyDistancePercent: string | null;
  marginCallDistancePercent: string | null;
  /** The tier in force AT the liquidation price (the one the formula used). */
  tier: TierUsed | null;
  /** The tier of the position's size at entry (it caps the leverage). */
  entryTier: TierUsed | null;
  formula: FormulaUsed;
  costs: { openingFee: string; funding: string; borrowInterest: string };
  costsImpact: CostsImpact;
}

export type WarningCode =
  | 'STOP_BEYOND_LIQUIDATION'
  | 'STOP_ON_WRONG_SIDE'
  | 'STOP_TYPE_NOT_OFFERED'
  | 'LEVERAGE_NEAR_TIER_MAX'
  | 'PAST_LIQUIDATION'
  | 'MARGIN_CALL_NOW'
  | 'TIER_NOT_CONSISTENT'
  | 'PROFILE_FIGURE_UNKNOWN';

export interface AssessmentWarning {
  code: WarningCode;
  /** Dotted path of the input concerned, when there is one. */
  field: string | null;
  message: string;
}

export interface WorstCase {
  /** The gap prices used (see WORST_CASE_GAP): long exposure to 0, short exposure x3. */
  prices: Record<string, string>;
  /** Sum of every pool's loss past zero at those prices. */
  deficit: string;
  /** The part of it left to the user under the venue's terms (all of it when liable). */
  userOwes: string;
  /** What the account is left with after the gap: negative means the user owes money. */
  balance: string;
}

export interface Assessment {
  answer: Answer;
  reason: string;
  /** Currency of every money figure (the coin for inverse). */
  settlementAsset: string;
  positions: PositionFigures[];
  account: {
    /** Free cash + holdings + every pool's equity at the current prices. */
    equity: string;
    /** Total maintenance margin of the derivative positions at the current prices. */
    maintenanceMargin: string;
  };
  /** The most the account can lose while the venue works as designed (liquidation fills
   * between the liquidation and the bankruptcy price): the equity of every pool that can
   * reach zero, and spot holdings going to zero. Cash backing nothing is never at risk. */
  maxLossAsDesigned: string;
  worstCase: WorstCase;
  warnings: AssessmentWarning[];
  methodologyVersion: string;
  asOf: string;
  profileSlug: string;
  profileVersion: number;
}

/** Validates the scenario and computes its point figures; throws ValidationError on bad input. */
export function assess(input: unknown, profile: SafeguardProfile): Assessment {
  const scenario = validateScenario(input, profile);
  const account = prepareAccount(scenario, profile);
  const warnings: AssessmentWarning[] = [];
  const liquidations = scenario.positions.map((p) => thresholdsOf(account, p.index));
  const positions = scenario.positions.map((p) => {
    const solved = liquidations[p.index] as Thresholds;
    return positionFigures(account, p, solved, costsImpact(account, p.index, solved.liquidation), warnings);
  });
  for (const name of account.unknowns) {
    warnings.push({ code: 'PROFILE_FIGURE_UNKNOWN', field: null, message: `The exchange does not publish ${UNKNOWN_CONSEQUENCES[name] ?? `${name}; it was left out`}.` });
  }

  const policy = deficitPolicy(profile);
  const canGoNegative = account.pools.some((pool) => {
    const floor = poolEquityInfimum(pool);
    return floor === null || floor.isNegative();
  });
  const worstCase = worstCaseGap(account, policy.userLiable);
  const answer: Answer = canGoNegative ? policy.answer : 'CANNOT_GO_NEGATIVE';

  return {
    answer,
    reason: reasonFor(account, positions, canGoNegative, policy.explanation, worstCase),
    settlementAsset: scenario.settlementAsset,
    positions,
    account: {
      equity: accountEquityAt(account, account.prices).toFixed(),
      maintenanceMargin: maintenanceAt(account, account.prices).toFixed(),
    },
    maxLossAsDesigned: maxLossAsDesigned(account).toFixed(),
    worstCase,
    warnings,
    methodologyVersion: METHODOLOGY_VERSION,
    asOf: profile.asOf,
    profileSlug: profile.slug,
    profileVersion: profile.version,
  };
}

/** What each unpublished profile figure means for the result. */
const UNKNOWN_CONSEQUENCES: Record<string, string> = {
  takerFeeRate: 'its taker fee, so trading fees were taken as zero',
  maintenanceBasis: 'whether maintenance is valued at the mark or the entry price; the mark price was used',
  closeFeeInMaintenance: 'whether the fee to close counts inside maintenance; it was left out',
  'spotMargin.hourlyInterestRate': 'its borrow interest rate, so interest was taken as zero',
  'spotMargin.liquidationLevel': 'its liquidation level, so no liquidation price can be given',
  marginCallRatio: 'a margin-call level, so no margin-call price can be given',
};

interface Thresholds {
  liquidation: ThresholdSolution | null;
  bankruptcy: ThresholdSolution | null;
  marginCall: ThresholdSolution | null;
}

/** The three threshold prices of a position's pool as the position's asset moves. */
function thresholdsOf(account: PreparedAccount, index: number): Thresholds {
  const poolIndex = account.poolOf[index];
  const position = account.scenario.positions[index];
  if (poolIndex === null || poolIndex === undefined || position === undefined) {
    return { liquidation: null, bankruptcy: null, marginCall: null };
  }
  const pool = account.pools[poolIndex] as Pool;
  const solve = (k: Decimal | null): ThresholdSolution | null =>
    k === null ? null : solveThreshold(pool, position.asset, k, account.prices);
  return {
    liquidation: solve(pool.liquidationThreshold),
    bankruptcy: solve(pool.bankruptcyThreshold),
    marginCall: solve(pool.marginCallThreshold),
  };
}

function positionFigures(
  account: PreparedAccount,
  p: ValidatedPosition,
  solved: Thresholds,
  impact: CostsImpact,
  warnings: AssessmentWarning[],
): PositionFigures {
  const leg = account.legOf[p.index] as Leg;
  const poolIndex = account.poolOf[p.index];
  const pool = poolIndex === null || poolIndex === undefined ? null : (account.pools[poolIndex] as Pool);
  const u0 = toAxis(leg.axis, p.markPrice);
  const status = pool === null ? null : poolStatusAt(pool, account.prices);
  const liquidationPrice = solved.liquidation?.price ?? null;
  const tierAtLiquidation = solved.liquidation?.tiers.get(leg) ?? null;
  const cost = account.costs[p.index];

  if (solved.liquidation !== null && !solved.liquidation.consistent) {
    warnings.push({
      code: 'TIER_NOT_CONSISTENT',
      field: `${p.field}.size`,
      message: 'No margin tier is consistent with its own liquidation price: the maintenance rate jumps between brackets, so liquidation comes where the position enters the higher bracket.',
    });
  }
  positionWarnings(account, p, liquidationPrice, status?.liquidatable ?? false, status?.marginCall ?? false, warnings);

  return {
    index: p.index,
    asset: p.asset,
    instrument: p.instrument,
    side: p.side,
    marginMode: p.marginMode,
    size: p.size.toFixed(),
    entryPrice: p.entryPrice.toFixed(),
    markPrice: p.markPrice.toFixed(),
    leverage: p.leverage.toFixed(),
    notional: (p.instrument === 'inverse' ? p.size.div(p.markPrice) : p.size.times(p.markPrice)).toFixed(),
    initialMargin: (account.ownMargin[p.index] as Decimal).toFixed(),
    maintenanceMargin: positionMaintenance(account, pool, leg, u0).toFixed(),
    marginRatio: status?.marginRatio?.toFixed() ?? null,
    marginLevel: pool?.kind === 'spot_margin' ? (status?.marginLevel?.toFixed() ?? null) : null,
    liquidationPrice: liquidationPrice?.toFixed() ?? null,
    bankruptcyPrice: solved.bankruptcy?.price?.toFixed() ?? null,
    marginCallPrice: solved.marginCall?.price?.toFixed() ?? null,
    liquidationDistancePercent: distance(liquidationPrice, p.markPrice),
    bankruptcyDistancePercent: distance(solved.bankruptcy?.price ?? null, p.markPrice),
    marginCallDistancePercent: distance(solved.marginCall?.price ?? null, p.markPrice),
    tier: tierAtLiquidation === null ? null : tierUsed(tierAtLiquidation),
    entryTier: p.entryTier === null ? null : tierUsed(p.entryTier),
    formula: formulaOf(account, p, pool),
    costs: {
      openingFee: (cost?.openingFee ?? ZERO).toFixed(),
      funding: (cost?.funding ?? ZERO).toFixed(),
      borrowInterest: (cost?.borrowInterest ?? ZERO).toFixed(),
    },
    costsImpact: impact,
  };
}

/** Maintenance at the current price; for spot margin the equity required before liquidation. */
function positionMaintenance(account: PreparedAccount, pool: Pool | null, leg: Leg, u0: Decimal): Decimal {
  if (pool === null) return ZERO;
  const requirement = evaluate(leg.requirement(legTierAt(leg, u0)), u0);
  if (pool.kind === 'derivative') return requirement;
  const level = pool.liquidationThreshold;
  if (level === null) return ZERO;
  return pool.requirementIsLiability ? level.minus(ONE).times(requirement) : level.times(requirement);
}

function positionWarnings(
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
    if (liquidationPrice !== null && (long ? trigger.lessThanOrEqualTo(liquidationPrice) : trigger.greaterThanOrEqualTo(liquidationPrice))) {
      warnings.push({
        code: 'STOP_BEYOND_LIQUIDATION',
        field: `${p.field}.stopLoss.triggerPrice`,
        message: `The stop-loss at ${trigger.toFixed()} is beyond the liquidation price ${liquidationPrice.toFixed()}: the position would be liquidated before the stop triggers.`,
      });
    }
    const offered = account.profile.stopLossTypes.value;
    if (offered !== 'unknown' && !offered.some((o) => o.type === stop.type)) {
      warnings.push({ code: 'STOP_TYPE_NOT_OFFERED', field: `${p.field}.stopLoss.type`, message: `This exchange does not offer ${stop.type} stop-loss orders.` });
    }
  }
  if (p.entryTier !== null && p.leverage.greaterThanOrEqualTo(p.entryTier.maxLeverage.times(LEVERAGE_NEAR_MAX_FRACTION))) {
    warnings.push({
      code: 'LEVERAGE_NEAR_TIER_MAX',
      field: `${p.field}.leverage`,
      message: `Leverage ${p.leverage.toFixed()}x is close to the ${p.entryTier.maxLeverage.toFixed()}x maximum of tier ${p.entryTier.index + 1}: a small move reaches liquidation.`,
    });
  }
  if (pastLiquidation) {
    warnings.push({ code: 'PAST_LIQUIDATION', field: `${p.field}.markPrice`, message: 'At the current price this position is already at or past its liquidation threshold.' });
  } else if (marginCall) {
    warnings.push({ code: 'MARGIN_CALL_NOW', field: `${p.field}.markPrice`, message: 'At the current price this position is already past the margin-call level.' });
  }
}

/** For each switched-on cost: liquidation price with every cost minus the price without it. */
function costsImpact(account: PreparedAccount, index: number, withAll: ThresholdSolution | null): CostsImpact {
  const impact = { tradingFees: null, funding: null, borrowInterest: null } as CostsImpact;
  for (const name of COST_NAMES) {
    if (!account.costsApplied[name]) continue;
    const switches: CostSwitches = { ...account.costsApplied, [name]: false };
    const without = thresholdsOf(prepareAccount(account.scenario, account.profile, switches), index).liquidation;
    const a = withAll?.price ?? null;
    const b = without?.price ?? null;
    impact[name] = a === null || b === null ? null : a.minus(b).toFixed();
  }
  return impact;
}

function distance(price: Decimal | null, current: Decimal): string | null {
  return price === null ? null : price.minus(current).div(current).times(100).toFixed();
}

function tierUsed(tier: MarginTier): TierUsed {
  return {
    index: tier.index,
    floor: tier.floor.toFixed(),
    cap: tier.cap?.toFixed() ?? null,
    mmr: tier.mmr.toFixed(),
    cum: tier.cum.toFixed(),
    maxLeverage: tier.maxLeverage.toFixed(),
    imr: tier.imr.toFixed(),
  };
}

function formulaOf(account: PreparedAccount, p: ValidatedPosition, pool: Pool | null): FormulaUsed {
  const cross = p.marginMode === 'cross' ? ' with M = WB - TMM1 + UPNL1 (other positions at their current prices)' : ' with M = the position margin';
  const fee = account.costsApplied.tradingFees && account.profile.closeFeeInMaintenance.value === true ? '; maintenance includes the taker fee to close' : '';
  const entryBasis = account.profile.maintenanceBasis.value === 'entry_notional';
  switch (p.instrument) {
    case 'spot':
      return { name: 'spot', text: 'equity = Q * P >= 0; worst case = the amount invested' };
    case 'linear':
      return entryBasis
        ? { name: 'linear_entry_notional', text: `LP = EP - s*(M - (Q*EP*MMR - cum))/Q; BP = EP - s*M/Q${cross}${fee}` }
        : { name: 'linear_mark_notional', text: `LP = (s*Q*EP - M - cum) / (Q*(s - MMR)); BP = EP - s*M/Q${cross}${fee}` };
    case 'inverse':
      return entryBasis
        ? { name: 'inverse_entry_notional', text: `LP = s*V / (M - (V/EP*MMR - cum) + s*V/EP); 1/BP = 1/EP + M/(s*V)${cross}${fee}` }
        : { name: 'inverse_mark_notional', text: `LP = V*(MMR + s) / (M + s*V/EP + cum); 1/BP = 1/EP + M/(s*V)${cross}${fee}` };
    case 'spot_margin':
      return pool?.requirementIsLiability === false
        ? { name: 'spot_margin_equity_over_used_margin', text: 'margin level = equity / used margin; liquidation where it reaches liquidationLevel; bankruptcy where equity = 0' }
        : { name: 'spot_margin_assets_over_liabilities', text: 'margin level = assets / liabilities; long: LP = (level*D - C)/Q, BP = (D - C)/Q' };
  }
}

/** Equity that can be lost while the venue works as designed (see Assessment.maxLossAsDesigned). */
function maxLossAsDesigned(account: PreparedAccount): Decimal {
  const free = account.freeLegs.reduce((t, leg) => t.plus(legValueAt(leg, account.prices)), ZERO);
  return account.pools.reduce((total, pool) => {
    const equity = poolEquityAt(pool, account.prices);
    const floor = poolEquityInfimum(pool);
    const keep = floor === null || floor.isNegative() ? ZERO : floor;
    return total.plus(Decimal.max(equity.minus(keep), ZERO));
  }, free);
}

/** Every asset gapped the way that hurts the account most (alone), then all together. */
function worstCaseGap(account: PreparedAccount, userLiable: boolean): WorstCase {
  let gap: Prices = account.prices;
  const down = (asset: string): Decimal => {
    const inverse = account.scenario.positions.some((p) => p.asset === asset && p.instrument === 'inverse');
    return parseDecimal('gap', inverse ? WORST_CASE_GAP.inverseLongPriceFactor : WORST_CASE_GAP.longPriceFactor);
  };
  for (const [asset, price] of account.prices) {
    const lower = withPrice(account.prices, asset, price.times(down(asset)));
    const higher = withPrice(account.prices, asset, price.times(WORST_CASE_GAP.shortPriceFactor));
    const worse = accountEquityAt(account, lower).lessThanOrEqualTo(accountEquityAt(account, higher)) ? lower : higher;
    gap = withPrice(gap, asset, worse.get(asset) as Decimal);
  }
  const free = account.freeLegs.reduce((t, leg) => t.plus(legValueAt(leg, gap)), account.freeCash);
  let kept = free;
  let deficit = ZERO;
  for (const pool of account.pools) {
    const equity = poolEquityAt(pool, gap);
    if (equity.isNegative()) deficit = deficit.minus(equity);
    else kept = kept.plus(equity);
  }
  const userOwes = userLiable ? deficit : ZERO;
  return {
    prices: Object.fromEntries([...gap].map(([asset, price]) => [asset, price.toFixed()])),
    deficit: deficit.toFixed(),
    userOwes: userOwes.toFixed(),
    balance: kept.minus(userOwes).toFixed(),
  };
}

function reasonFor(
  account: PreparedAccount,
  positions: PositionFigures[],
  canGoNegative: boolean,
  policy: string,
  worstCase: WorstCase,
): string {
  if (!canGoNegative) {
    const leveraged = positions.some((p) => p.instrument !== 'spot');
    return leveraged
      ? 'No position can lose more than the money behind it: at any price, even zero or far above today, every margin pool keeps an equity of zero or more (for example a 1x long has its bankruptcy price at 0, and a 1x inverse short is fully hedged). The most you can lose is what you put in.'
      : 'Spot holdings only: nothing is borrowed, prices cannot fall below zero, so the worst case is the amount invested (every asset at 0) and the balance cannot go negative.';
  }
  // Name the riskiest position: the one whose liquidation price is nearest the current price.
  const risky = positions
    .filter((p) => p.liquidationPrice !== null || p.bankruptcyPrice !== null)
    .sort((a, b) => nearness(a).comparedTo(nearness(b)))[0];
  const currency = account.scenario.settlementAsset;
  const gapPrices = Object.entries(worstCase.prices).map(([asset, price]) => `${asset} at ${round(price)}`).join(', ');
  const gap = new Decimal(worstCase.deficit).isZero()
    ? ` The worst-case gap used here (${gapPrices}) does not reach it, but a larger move would.`
    : ` In a gap straight to ${gapPrices} the loss past zero would be ${round(worstCase.deficit)} ${currency}.`;
  if (risky === undefined) {
    return `A deficit is possible in a gap: a price move past the point where the margin is exhausted leaves the account below zero.${gap} ${policy}`;
  }
  const tier = risky.tier === null
    ? ''
    : ` Tier used: level ${risky.tier.index + 1} (maintenance rate ${percent(risky.tier.mmr)}, maintenance amount ${risky.tier.cum} ${currency}, max ${round(risky.tier.maxLeverage)}x), the bracket of the notional at the liquidation price.`;
  const where = risky.liquidationPrice === null ? 'has no liquidation price' : `is liquidated at ${round(risky.liquidationPrice)}`;
  const bankrupt = risky.bankruptcyPrice === null ? '' : ` and its margin is exhausted at ${round(risky.bankruptcyPrice)} (bankruptcy price)`;
  return `Your ${risky.asset} ${risky.instrument.replace('_', ' ')} ${risky.side} (${risky.marginMode}) ${where}${bankrupt}; if the price gaps past that point before the position is closed, the account goes below zero. Formula: ${risky.formula.text}.${tier}${gap} ${policy}`;
}

function nearness(p: PositionFigures): Decimal {
  const d = p.liquidationDistancePercent ?? p.bankruptcyDistancePercent;
  return d === null ? new Decimal(Infinity) : new Decimal(d).abs();
}

function percent(rate: string): string {
  return `${new Decimal(rate).times(100).toFixed()}%`;
}

function round(value: string): string {
  const d = new Decimal(value);
  return d.abs().greaterThanOrEqualTo(1) ? d.toDecimalPlaces(2).toFixed() : d.toSignificantDigits(6).toFixed();
}
