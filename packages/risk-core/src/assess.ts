/**
 * assess: the point figures of one account under one exchange profile (the "quick check"):
 * per position the initial and maintenance margin, margin ratio, liquidation / bankruptcy /
 * margin-call price and their distance from the current price, the tier and formula used,
 * and how much each cost moved the liquidation price; for the account its equity, the most
 * it can lose while the venue works as designed, the balance after a worst-case gap, and the
 * answer to "can it go negative?" with the reason in plain words.
 * Every figure is a decimal string (full precision); nothing here uses floats.
 */
import { thresholdSolver } from './margin/thresholds.js';
import { solveThreshold } from './margin/thresholds.js';
import { poolEquityInfimum } from './margin/thresholds.js';
import { type ThresholdSolution } from './margin/thresholds.js';
import { poolStatusAt } from './account/pool-status.js';
import { type Answer, deficitPolicy } from './answer.js';
import type {
  Assessment,
  AssessmentWarning,
  CostsImpact,
  FormulaUsed,
  PositionFigures,
  TierUsed,
} from './assessment.js';
import { COST_NAMES, type CostSwitches } from './costs.js';
import { type Decimal, ONE, ZERO } from './decimal.js';
import {
  type PreparedAccount,
  accountEquityAt,
  maintenanceAt,
  prepareAccount,
} from './account/account.js';
import { type Leg, type Pool, legRequirementAt, toAxis } from './margin/pool.js';
import type { MarginTier } from './margin/tiers.js';
import { perObject } from './memo.js';
import { METHODOLOGY_VERSION } from './methodology.js';
import type { SafeguardProfile } from './profiles/profile.js';
import { type PositionForReason, reasonFor } from './reason.js';
import { validateScenario } from './validate.js';
import type { ValidatedPosition } from './validated-scenario.js';
import { marginDataWarnings, positionWarnings, unknownFigureWarnings } from './warnings.js';
import { maxLossAsDesigned, worstCaseFigures, worstCaseGap } from './worst-case.js';

// The result types live in assessment.ts; they are part of assess's public surface.
export type {
  Assessment,
  AssessmentWarning,
  CostsImpact,
  FormulaUsed,
  PositionFigures,
  TierUsed,
  WarningCode,
  WorstCase,
} from './assessment.js';

export interface AssessOptions {
  /** ISO date against which venue figures are judged stale; default today (UTC). */
  today?: string;
  /** ISO date the venue's tables were last read again and found unchanged (the API's venue
   * refresh); staleness counts from it when it is later than the tables' own date. */
  venueCheckedOn?: string;
}

/** Validates the scenario and computes its point figures; throws ValidationError on bad input. */
export function assess(
  input: unknown,
  profile: SafeguardProfile,
  options: AssessOptions = {},
): Assessment {
  const scenario = validateScenario(input, profile);
  const account = prepareAccount(scenario, profile);
  const warnings: AssessmentWarning[] = [];
  const solved = scenario.positions.map((p) => thresholdsOf(account, p.index));
  const impacts = costsImpacts(account, solved);
  const positions = scenario.positions.map((p) =>
    positionFigures(
      account,
      p,
      solved[p.index] as Thresholds,
      impacts[p.index] as CostsImpact,
      warnings,
    ),
  );
  warnings.push(...unknownFigureWarnings(account));
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  for (const p of scenario.positions)
    warnings.push(...marginDataWarnings(p, today, options.venueCheckedOn));

  const policy = deficitPolicy(profile);
  const floors = account.pools.map(poolEquityInfimum);
  const canGoNegative = floors.some((floor) => floor === null || floor.isNegative());
  const gap = worstCaseGap(account);
  const answer: Answer = canGoNegative ? policy.answer : 'CANNOT_GO_NEGATIVE';

  return {
    answer,
    reason: reasonFor(positions, canGoNegative, policy.explanation, gap, scenario.settlementAsset),
    settlementAsset: scenario.settlementAsset,
    positions: positions.map((p) => p.figures),
    account: {
      equity: accountEquityAt(account, account.prices).toFixed(),
      maintenanceMargin: maintenanceAt(account, account.prices).toFixed(),
    },
    maxLossAsDesigned: maxLossAsDesigned(account, floors).toFixed(),
    worstCase: worstCaseFigures(gap, policy.userLiable),
    warnings,
    methodologyVersion: METHODOLOGY_VERSION,
    asOf: profile.asOf,
    profileSlug: profile.slug,
    profileVersion: profile.version,
  };
}

interface Thresholds {
  liquidation: ThresholdSolution | null;
  bankruptcy: ThresholdSolution | null;
  marginCall: ThresholdSolution | null;
}

/** The three threshold prices of a position's pool as the position's asset moves. */
function thresholdsOf(account: PreparedAccount, index: number): Thresholds {
  const pool = poolOfPosition(account, index);
  const position = account.scenario.positions[index];
  if (pool === undefined || position === undefined) {
    return { liquidation: null, bankruptcy: null, marginCall: null };
  }
  const solve = thresholdSolver(pool, position.asset, account.prices);
  const at = (k: Decimal | null): ThresholdSolution | null => (k === null ? null : solve(k));
  return {
    liquidation: at(pool.liquidationThreshold),
    bankruptcy: at(pool.bankruptcyThreshold),
    marginCall: at(pool.marginCallThreshold),
  };
}

function liquidationOf(account: PreparedAccount, index: number): ThresholdSolution | null {
  const pool = poolOfPosition(account, index);
  const position = account.scenario.positions[index];
  const k = pool?.liquidationThreshold ?? null;
  return pool === undefined || position === undefined || k === null
    ? null
    : solveThreshold(pool, position.asset, k, account.prices);
}

function poolOfPosition(account: PreparedAccount, index: number): Pool | undefined {
  const poolIndex = account.poolOf[index];
  return poolIndex === null || poolIndex === undefined ? undefined : account.pools[poolIndex];
}

function positionFigures(
  account: PreparedAccount,
  p: ValidatedPosition,
  solved: Thresholds,
  impact: CostsImpact,
  warnings: AssessmentWarning[],
): PositionForReason {
  const leg = account.legOf[p.index] as Leg;
  const poolIndex = account.poolOf[p.index];
  const pool =
    poolIndex === null || poolIndex === undefined ? null : (account.pools[poolIndex] as Pool);
  const status = pool === null ? null : poolStatusAt(pool, account.prices);
  const liquidationPrice = solved.liquidation?.price ?? null;
  const tierAtLiquidation = solved.liquidation?.tiers.get(leg) ?? null;
  const cost = account.costs[p.index];

  if (solved.liquidation !== null && !solved.liquidation.consistent) {
    warnings.push({
      code: 'TIER_NOT_CONSISTENT',
      field: `${p.field}.size`,
      message:
        'No margin tier is consistent with its own liquidation price: the maintenance rate jumps between brackets, so liquidation comes where the position enters the higher bracket.',
    });
  }
  const lastCap = p.schedule?.bounded
    ? (p.schedule.tiers[p.schedule.tiers.length - 1]?.cap ?? null)
    : null;
  if (
    liquidationPrice !== null &&
    lastCap !== null &&
    leg.measureAt(toAxis(leg.axis, liquidationPrice)).greaterThanOrEqualTo(lastCap)
  ) {
    warnings.push({
      code: 'TIER_BEYOND_TABLE',
      field: `${p.field}.size`,
      message: `At the liquidation price the position is larger than the exchange's published tier table (which ends at ${lastCap.toFixed()}); its last tier was used.`,
    });
  }
  positionWarnings(
    account,
    p,
    liquidationPrice,
    status?.liquidatable ?? false,
    status?.marginCall ?? false,
    warnings,
  );

  const liquidationDistance = distance(liquidationPrice, p.markPrice);
  const bankruptcyPrice = solved.bankruptcy?.price ?? null;
  const bankruptcyDistance = distance(bankruptcyPrice, p.markPrice);
  const marginCallPrice = solved.marginCall?.price ?? null;
  const figures: PositionFigures = {
    index: p.index,
    asset: p.asset,
    instrument: p.instrument,
    side: p.side,
    marginMode: p.marginMode,
    size: p.size.toFixed(),
    entryPrice: p.entryPrice.toFixed(),
    markPrice: p.markPrice.toFixed(),
    leverage: p.leverage.toFixed(),
    notional: (p.instrument === 'inverse'
      ? p.size.div(p.markPrice)
      : p.size.times(p.markPrice)
    ).toFixed(),
    initialMargin: (account.ownMargin[p.index] as Decimal).toFixed(),
    maintenanceMargin: positionMaintenance(account, pool, leg).toFixed(),
    marginRatio: status?.marginRatio?.toFixed() ?? null,
    marginLevel: status?.marginLevel?.toFixed() ?? null,
    liquidationPrice: liquidationPrice?.toFixed() ?? null,
    bankruptcyPrice: bankruptcyPrice?.toFixed() ?? null,
    marginCallPrice: marginCallPrice?.toFixed() ?? null,
    liquidationDistancePercent: liquidationDistance?.toFixed() ?? null,
    bankruptcyDistancePercent: bankruptcyDistance?.toFixed() ?? null,
    marginCallDistancePercent: distance(marginCallPrice, p.markPrice)?.toFixed() ?? null,
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
  return {
    figures,
    liquidationPrice,
    bankruptcyPrice,
    distance: liquidationDistance ?? bankruptcyDistance,
    tier: tierAtLiquidation,
  };
}

/** Maintenance at the current price; for spot margin the equity required before liquidation. */
function positionMaintenance(account: PreparedAccount, pool: Pool | null, leg: Leg): Decimal {
  if (pool === null) return ZERO;
  const requirement = legRequirementAt(leg, account.prices);
  if (pool.kind === 'derivative') return requirement;
  const level = pool.liquidationThreshold;
  if (level === null) return ZERO;
  return pool.requirementIsLiability
    ? level.minus(ONE).times(requirement)
    : level.times(requirement);
}

/** For each position and each switched-on cost: the liquidation price with every cost minus
 * the price with that one switched off (the account is rebuilt once per cost). */
function costsImpacts(account: PreparedAccount, solved: Thresholds[]): CostsImpact[] {
  const impacts = solved.map(
    () => ({ tradingFees: null, funding: null, borrowInterest: null }) as CostsImpact,
  );
  for (const name of COST_NAMES) {
    if (!account.costsApplied[name]) continue;
    const switches: CostSwitches = { ...account.costsApplied, [name]: false };
    const without = prepareAccount(account.scenario, account.profile, switches);
    solved.forEach((thresholds, index) => {
      const a = thresholds.liquidation?.price ?? null;
      const b = liquidationOf(without, index)?.price ?? null;
      (impacts[index] as CostsImpact)[name] =
        a === null || b === null ? null : a.minus(b).toFixed();
    });
  }
  return impacts;
}

/** (price - current) / current * 100: negative when the price must fall to get there. */
function distance(price: Decimal | null, current: Decimal): Decimal | null {
  return price === null ? null : price.minus(current).div(current).times(100);
}

/** A fresh copy per result of the tier's figures, formatted once per tier object (the tiers
 * of a published table are shared and frozen; see marginScheduleFor). */
function tierUsed(tier: MarginTier): TierUsed {
  return { ...tierFigures(tier) };
}

const tierFigures = perObject((tier: MarginTier): TierUsed => {
  return {
    index: tier.index,
    floor: tier.floor.toFixed(),
    cap: tier.cap?.toFixed() ?? null,
    mmr: tier.mmr.toFixed(),
    cum: tier.cum.toFixed(),
    maxLeverage: tier.maxLeverage.toFixed(),
    imr: tier.imr.toFixed(),
  };
});

function formulaOf(account: PreparedAccount, p: ValidatedPosition, pool: Pool | null): FormulaUsed {
  const cross =
    p.marginMode === 'cross'
      ? ' with M = WB - TMM1 + UPNL1 (other positions at their current prices)'
      : ' with M = the position margin';
  const fee =
    account.costsApplied.tradingFees && account.profile.closeFeeInMaintenance.value === true
      ? '; maintenance includes the taker fee to close'
      : '';
  const entryBasis = account.profile.maintenanceBasis.value === 'entry_notional';
  switch (p.instrument) {
    case 'spot':
      return { name: 'spot', text: 'equity = Q * P >= 0; worst case = the amount invested' };
    case 'linear':
      return entryBasis
        ? {
            name: 'linear_entry_notional',
            text: `LP = EP - s*(M - (Q*EP*MMR - cum))/Q; BP = EP - s*M/Q${cross}${fee}`,
          }
        : {
            name: 'linear_mark_notional',
            text: `LP = (s*Q*EP - M - cum) / (Q*(s - MMR)); BP = EP - s*M/Q${cross}${fee}`,
          };
    case 'inverse':
      return entryBasis
        ? {
            name: 'inverse_entry_notional',
            text: `LP = s*V / (M - (V/EP*MMR - cum) + s*V/EP); 1/BP = 1/EP + M/(s*V)${cross}${fee}`,
          }
        : {
            name: 'inverse_mark_notional',
            text: `LP = V*(MMR + s) / (M + s*V/EP + cum); 1/BP = 1/EP + M/(s*V)${cross}${fee}`,
          };
    case 'spot_margin':
      return pool?.requirementIsLiability === false
        ? {
            name: 'spot_margin_equity_over_used_margin',
            text: 'margin level = equity / used margin; liquidation where it reaches liquidationLevel; bankruptcy where equity = 0',
          }
        : {
            name: 'spot_margin_assets_over_liabilities',
            text: 'margin level = assets / liabilities; long: LP = (level*D - C)/Q, BP = (D - C)/Q',
          };
  }
}
