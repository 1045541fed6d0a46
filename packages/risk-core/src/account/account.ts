/**
 * The account as margin pools, and the primitives the simulator needs (all pure, all in the
 * settlement currency, all at prices the caller gives):
 * - prepareAccount(scenario, profile, costs?) -> PreparedAccount: pools, legs, free cash;
 * - accountEquityAt(account, prices): what the whole account is worth (may be negative);
 * - maintenanceAt(account, prices): total maintenance margin of the derivative pools.
 * A pool's standing and the deficit at a fill are in pool-status.ts; each position's leg is
 * built in position-leg.ts.
 */
import { positionLeg } from './position-leg.js';
import { type Decimal, ONE, ZERO, parseDecimal } from '../decimal.js';
import {
  type CostSwitches,
  borrowInterestFraction,
  enabledCosts,
  fundingPaid,
  openingFee,
  publishedRate,
} from '../costs.js';
import { spotLeg } from '../instruments/spot.js';
import { spotMarginLoan } from '../instruments/spot-margin.js';
import type { SafeguardProfile, UsedMarginCurrency } from '../profiles/profile.js';
import type { ValidatedPosition, ValidatedScenario } from '../validated-scenario.js';
import {
  type PoolThresholds,
  crossPool,
  derivativeThresholds,
  isolatedPool,
} from '../margin/cross.js';
import {
  type Leg,
  type Pool,
  type Prices,
  legValueAt,
  poolEquityAt,
  poolRequirementAt,
} from '../margin/pool.js';
import { perObject } from '../memo.js';

/** Cost amounts of one position, settlement currency (funding: negative = received). */
export interface PositionCosts {
  openingFee: Decimal;
  funding: Decimal;
  /** Borrow interest (spot margin; quote for a long, coin units for a short). */
  borrowInterest: Decimal;
}

export interface PreparedAccount {
  scenario: ValidatedScenario;
  profile: SafeguardProfile;
  costsApplied: CostSwitches;
  /** Current prices of every non-cash asset. */
  prices: Prices;
  pools: Pool[];
  /** Index into `pools` of each position's pool; null for spot positions. */
  poolOf: (number | null)[];
  /** The leg of each position (in its pool, or among the free legs for spot). */
  legOf: Leg[];
  /** Own margin committed to each position (initial margin; spot: its cost). */
  ownMargin: Decimal[];
  costs: PositionCosts[];
  /** Cash that backs no position (wallet when no cross pool holds it, cash holdings). */
  freeCash: Decimal;
  /** Spot positions and holdings that back no pool. */
  freeLegs: Leg[];
  /** Profile figures that were needed but are 'unknown' (taken as zero). */
  unknowns: string[];
}

/** Builds the account's pools at the scenario's prices with the given costs switched on. */
export function prepareAccount(
  scenario: ValidatedScenario,
  profile: SafeguardProfile,
  costsApplied: CostSwitches = enabledCosts(scenario.costs),
): PreparedAccount {
  const unknowns: string[] = [];
  const known = (name: string, value: Decimal | null): Decimal => {
    if (value !== null) return value;
    if (!unknowns.includes(name)) unknowns.push(name);
    return ZERO;
  };
  const taker = costsApplied.tradingFees
    ? known('takerFeeRate', publishedRate(profile.takerFeeRate, 'profile.takerFeeRate'))
    : ZERO;
  // Only figures the scenario's instruments use are looked up (and reported when unknown).
  const derivatives = scenario.positions.some(
    (p) => p.instrument === 'linear' || p.instrument === 'inverse',
  );
  const basis = derivatives
    ? sourcedValue(profile.maintenanceBasis.value, 'mark_notional', 'maintenanceBasis', unknowns)
    : 'mark_notional';
  const closeFeeInside =
    derivatives && costsApplied.tradingFees
      ? sourcedValue(profile.closeFeeInMaintenance.value, false, 'closeFeeInMaintenance', unknowns)
      : false;
  const closeFeeRate = closeFeeInside ? taker : ZERO;
  // The fee rules below only change a number when fees are counted.
  const feeRules = derivatives && costsApplied.tradingFees;
  const bankruptcyRule = feeRules
    ? sourcedValue(
        profile.bankruptcyPrice?.value ?? 'fee_free',
        'fee_free',
        'bankruptcyPrice',
        unknowns,
      )
    : 'fee_free';
  const bankruptcyFeeRate = bankruptcyRule === 'includes_close_fee' ? taker : ZERO;
  const closeFeeReserveRate =
    feeRules &&
    sourcedValue(
      profile.isolatedCloseFeeReserve?.value ?? false,
      false,
      'isolatedCloseFeeReserve',
      unknowns,
    )
      ? taker
      : ZERO;
  // Only a short's used margin changes with what it is held in (a long's is quote either way).
  const usedMarginMatters =
    profile.spotMargin?.levelDefinition === 'equity_over_used_margin' &&
    scenario.positions.some((p) => p.instrument === 'spot_margin' && p.sign.isNegative());
  const usedMarginCurrency = usedMarginMatters
    ? sourcedValue<UsedMarginCurrency>(
        profile.spotMargin?.usedMarginCurrency?.value ?? 'entry_value',
        'entry_value',
        'spotMargin.usedMarginCurrency',
        unknowns,
      )
    : 'entry_value';
  const interestFraction = costsApplied.borrowInterest
    ? known('spotMargin.hourlyInterestRate', borrowInterestFraction(profile, scenario.costs))
    : ZERO;
  const marginCallRatio = publishedRate(profile.marginCallRatio, 'profile.marginCallRatio');
  if (derivatives && marginCallRatio === null) unknowns.push('marginCallRatio');
  if (
    scenario.positions.some((p) => p.instrument === 'spot_margin') &&
    profile.spotMargin?.liquidationLevel.value === 'unknown'
  ) {
    unknowns.push('spotMargin.liquidationLevel');
  }

  const costs: PositionCosts[] = [];
  const legOf: Leg[] = [];
  const ownMargin: Decimal[] = [];
  for (const p of scenario.positions) {
    const derivative = p.instrument === 'linear' || p.instrument === 'inverse';
    const leg = positionLeg(
      p,
      { basis, closeFeeRate, bankruptcyFeeRate, interestFraction, usedMarginCurrency },
      profile,
    );
    legOf.push(leg);
    ownMargin.push(p.instrument === 'spot' ? p.size.times(p.entryPrice) : initialMargin(p));
    costs.push({
      openingFee: openingFee(p, taker),
      funding: derivative && costsApplied.funding ? fundingPaid(p, scenario.costs) : ZERO,
      borrowInterest:
        p.instrument === 'spot_margin' ? spotMarginLoan({ ...p, interestFraction }).interest : ZERO,
    });
  }

  const pools: Pool[] = [];
  const poolOf: (number | null)[] = scenario.positions.map(() => null);
  const freeLegs: Leg[] = [];
  let freeCash = ZERO;
  const cross = scenario.positions.filter(
    (p) => p.instrument !== 'spot' && p.marginMode === 'cross',
  );
  const crossKind = cross[0]?.instrument === 'spot_margin' ? 'spot_margin' : 'derivative';
  const derivativeLimits =
    marginCallRatio === null ? derivativeThresholds(null) : derivativeLimitsFor(marginCallRatio);
  const spotLimits = spotMarginThresholds(profile);

  for (const p of scenario.positions) {
    const leg = legOf[p.index] as Leg;
    const cost = costs[p.index] as PositionCosts;
    if (p.instrument === 'spot') {
      freeLegs.push(leg);
    } else if (p.marginMode === 'isolated') {
      const derivative = p.instrument !== 'spot_margin';
      const margin = derivative
        ? (ownMargin[p.index] as Decimal)
            .plus(closeFeeReserve(p, closeFeeReserveRate))
            .plus(p.extraMargin)
            .minus(cost.funding)
        : p.extraMargin;
      poolOf[p.index] = pools.length;
      pools.push(
        isolatedPool(
          derivative ? 'derivative' : 'spot_margin',
          margin,
          leg,
          derivative ? derivativeLimits : spotLimits,
        ),
      );
    }
  }
  const cashHoldings = scenario.holdings
    .filter((h) => h.cash)
    .reduce((t, h) => t.plus(h.quantity.times(h.price)), ZERO);
  const riskyHoldings = scenario.holdings
    .filter((h) => !h.cash)
    .map((h) => spotLeg(null, h.asset, h.quantity));
  if (cross.length > 0) {
    const crossLegs = cross.map((p) => legOf[p.index] as Leg);
    let balance = scenario.walletBalance;
    for (const p of cross) {
      const cost = costs[p.index] as PositionCosts;
      balance = balance.minus(cost.openingFee).minus(cost.funding);
      if (crossKind === 'derivative') balance = balance.plus(ownMargin[p.index] as Decimal);
    }
    if (crossKind === 'spot_margin') {
      // A cross margin account's every asset is collateral.
      balance = balance.plus(cashHoldings);
      crossLegs.push(...riskyHoldings);
    } else {
      freeCash = freeCash.plus(cashHoldings);
      freeLegs.push(...riskyHoldings);
    }
    for (const p of cross) poolOf[p.index] = pools.length;
    pools.push(
      crossPool(
        crossKind,
        balance,
        crossLegs,
        crossKind === 'derivative' ? derivativeLimits : spotLimits,
      ),
    );
  } else {
    freeCash = scenario.walletBalance.plus(cashHoldings);
    freeLegs.push(...riskyHoldings);
  }

  return {
    scenario,
    profile,
    costsApplied,
    prices: scenario.prices,
    pools,
    poolOf,
    legOf,
    ownMargin,
    costs,
    freeCash,
    freeLegs,
    unknowns,
  };
}

/** Own margin: notional at entry / leverage (inverse: coin; spot margin: Q*EP/L). */
export function initialMargin(p: ValidatedPosition): Decimal {
  if (p.instrument === 'inverse') return p.size.div(p.entryPrice).div(p.leverage);
  return p.size.times(p.entryPrice).div(p.leverage);
}

/**
 * The fee to close an isolated position at its fee-free bankruptcy price, which the venue holds
 * in the position's margin beside the initial margin (Phemex: "assignedPosBalance = OpenValue /
 * leverage + close fee"; close fee = bankruptcy value * taker fee): linear Q*EP*(1 - s/L)*f,
 * inverse (V/EP)*(1 + s/L)*f. Zero when the venue holds none (rate 0).
 */
export function closeFeeReserve(p: ValidatedPosition, rate: Decimal): Decimal {
  if (rate.isZero()) return ZERO;
  const bankruptcyShare = ONE.div(p.leverage).times(p.sign);
  return p.instrument === 'inverse'
    ? p.size.div(p.entryPrice).times(ONE.plus(bankruptcyShare)).times(rate)
    : p.size.times(p.entryPrice).times(ONE.minus(bankruptcyShare)).times(rate);
}

/** What the account is worth at these prices: free cash and holdings plus every pool's equity. */
export function accountEquityAt(account: PreparedAccount, prices: Prices): Decimal {
  const free = account.freeLegs.reduce(
    (t, leg) => t.plus(legValueAt(leg, prices)),
    account.freeCash,
  );
  return account.pools.reduce((t, pool) => t.plus(poolEquityAt(pool, prices)), free);
}

/** Total maintenance margin of the derivative pools at these prices (tier of each position's
 * notional at its price). Spot-margin pools have liabilities, not maintenance: see poolStatusAt. */
export function maintenanceAt(account: PreparedAccount, prices: Prices): Decimal {
  return account.pools
    .filter((pool) => pool.kind === 'derivative')
    .reduce((t, pool) => t.plus(poolRequirementAt(pool, prices)), ZERO);
}

/** Read-only, so shared by every pool of every account built on the same figures. */
const derivativeLimitsFor = perObject((marginCallRatio: Decimal) =>
  Object.freeze(derivativeThresholds(marginCallRatio)),
);

const spotMarginThresholds = perObject((profile: SafeguardProfile): PoolThresholds => {
  const rules = profile.spotMargin;
  const level = (name: 'liquidationLevel' | 'marginCallLevel'): Decimal | null => {
    const value = rules?.[name].value;
    return value === undefined || value === 'unknown'
      ? null
      : parseDecimal(`profile.spotMargin.${name}`, value);
  };
  const assetsOverLiabilities =
    (rules?.levelDefinition ?? 'assets_over_liabilities') === 'assets_over_liabilities';
  return Object.freeze({
    liquidation: level('liquidationLevel'),
    marginCall: level('marginCallLevel'),
    bankruptcy: assetsOverLiabilities ? ONE : ZERO,
    requirementIsLiability: assetsOverLiabilities,
  });
});

function sourcedValue<T>(value: T | 'unknown', fallback: T, name: string, unknowns: string[]): T {
  if (value !== 'unknown') return value;
  if (!unknowns.includes(name)) unknowns.push(name);
  return fallback;
}
