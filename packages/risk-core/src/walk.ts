/**
 * The event-driven walk behind `simulate` and the Monte Carlo accounting (docs/design/risk-model.md
 * section 4). At each point of a timeline, in this order:
 * 1. liquidations seen earlier act once `liquidationLatencyMs` has passed, at the path's
 *    price then (linear between points) minus book slippage;
 * 2. stop-losses: market stops fill at the first point at or past the trigger (a gap fills at
 *    the gapped price) minus slippage; limit stops fill only at or better than their limit
 *    (in a gap they rest unfilled); guaranteed stops fill at the trigger and pay a premium;
 * 3. each open margin pool is checked: a margin-call warning once, and a breach of the
 *    liquidation threshold, acted on after the latency.
 * Partial liquidation (where the profile has it) closes a fraction or steps the position
 * down its tiers, then re-checks. A pool closed below zero has a deficit; the waterfall says
 * who pays it. All accounting is Decimal, through the margin primitives of margin/account.ts.
 */
import { Decimal, ONE, ZERO, parseDecimal } from './decimal.js';
import { publishedRate } from './costs.js';
import {
  type PreparedAccount,
  accountEquityAt,
  poolStatusAt,
  prepareAccount,
} from './margin/account.js';
import {
  type Leg,
  type Pool,
  type Prices,
  legRequirementAt,
  legTierAt,
  legFeeToCloseAt,
  legValueAt,
  toAxis,
} from './margin/pool.js';
import { WORST_CASE_GAP } from './methodology.js';
import type { DeficitPayer, LiquidationResidual } from './profiles/profile.js';
import type { ValidatedPosition } from './validate.js';
import { priceAfterSlippage, slippageFraction } from './slippage.js';
import { type Timeline, priceAtTime } from './timeline.js';
import { type DeficitWaterfall, applyDeficitWaterfall } from './waterfall.js';
import { unknownFigureSentence } from './warnings.js';

export type SimulationEventKind =
  | 'margin_call'
  | 'stop_triggered'
  | 'stop_filled'
  | 'stop_not_filled'
  | 'liquidation_triggered'
  | 'partial_liquidation'
  | 'liquidation'
  | 'deficit'
  | 'auto_deleveraging'
  | 'final_balance';

export interface SimulationEvent {
  timeMs: number;
  kind: SimulationEventKind;
  /** Scenario indexes of the positions concerned. */
  positions: number[];
  /** Fill price (stops, liquidations) or the asset's price at the event. */
  price?: string;
  /** Size closed (base units; USD for inverse). */
  size?: string;
  /** Money amount of the event (fee, premium, deficit, ADL part, balance), settlement currency. */
  amount?: string;
  waterfall?: DeficitWaterfall;
  description: string;
}

export interface WalkPoint {
  timeMs: number;
  prices: Record<string, string>;
  equity: string;
}

export interface WalkResult {
  events: SimulationEvent[];
  points: WalkPoint[];
  liquidated: boolean;
  deficit: Decimal;
  /** Every deficit's parts summed per payer, in first-paid order. */
  parts: Map<DeficitPayer, Decimal>;
  userOwes: Decimal;
  finalBalance: Decimal;
  /** Margin left after liquidations that the venue may or may not return (its rule is not
   * published): counted as lost in finalBalance. */
  residualAtStake: Decimal;
  notes: string[];
}

export interface WalkSettings {
  /** Record each point's prices and equity (the crash lab's chart); off for Monte Carlo. */
  recordPoints: boolean;
  /** Insurance fund capacity available to this account's deficits. */
  insuranceFund: Decimal;
}

/** More partial steps than this on one breach end in a full liquidation. */
const MAX_PARTIAL_STEPS = 50;

interface PoolState {
  pool: Pool;
  open: boolean;
  /** When the engine saw the breach it is about to act on; null when none pending. */
  seenAtMs: number | null;
  seenIndex: number;
  actAtMs: number;
  partialSteps: number;
  feesCollected: Decimal;
  warned: boolean;
}

interface PositionState {
  position: ValidatedPosition;
  size: Decimal;
  leg: Leg;
  open: boolean;
  /** The stop's state: untouched, resting (a limit that did not fill), or done. */
  stop: 'armed' | 'resting' | 'done';
}

export function walkTimeline(
  account: PreparedAccount,
  timeline: Timeline,
  settings: WalkSettings,
): WalkResult {
  return new Walk(account, timeline, settings).run();
}

class Walk {
  private readonly events: SimulationEvent[] = [];
  private readonly points: WalkPoint[] = [];
  private readonly notes: string[] = [];
  private readonly pools: PoolState[];
  private readonly positions: PositionState[];
  private freeCash: Decimal;
  private freeLegs: Leg[];
  private liquidated = false;
  private deficit = ZERO;
  private userOwes = ZERO;
  private insuranceFundLeft: Decimal;
  private readonly parts = new Map<DeficitPayer, Decimal>();
  private readonly latencyMs: number;
  private readonly liquidationFeeRate: Decimal;
  private readonly takerRate: Decimal;
  /** What the user keeps of the margin left after a liquidation (absent: not published). */
  private readonly residualRule: LiquidationResidual | 'unknown';
  private residualAtStake = ZERO;
  private readonly assets: string[];
  /** Lowest price an inverse contract's coin is taken to reach (see priceFloor). */
  private readonly priceFloors = new Map<string, Decimal>();

  constructor(
    private readonly account: PreparedAccount,
    private readonly timeline: Timeline,
    private readonly settings: WalkSettings,
  ) {
    const profile = account.profile;
    this.pools = account.pools.map((pool) => ({
      pool: { ...pool, legs: [...pool.legs] },
      open: true,
      seenAtMs: null,
      seenIndex: 0,
      actAtMs: 0,
      partialSteps: 0,
      feesCollected: ZERO,
      warned: false,
    }));
    this.positions = account.scenario.positions.map((position) => ({
      position,
      size: position.size,
      leg: account.legOf[position.index] as Leg,
      open: true,
      stop: position.stopLoss === null ? 'done' : 'armed',
    }));
    this.freeCash = account.freeCash;
    this.freeLegs = [...account.freeLegs];
    this.insuranceFundLeft = settings.insuranceFund;
    const latency = profile.liquidationLatencyMs.value;
    this.latencyMs = latency === 'unknown' ? 0 : latency;
    if (latency === 'unknown') this.notes.push('liquidation latency unknown: taken as 0 ms');
    this.liquidationFeeRate =
      publishedRate(profile.liquidationFeeRate, 'profile.liquidationFeeRate') ?? ZERO;
    this.takerRate = account.costsApplied.tradingFees
      ? (publishedRate(profile.takerFeeRate, 'profile.takerFeeRate') ?? ZERO)
      : ZERO;
    this.residualRule = profile.liquidationResidual?.value ?? 'unknown';
    this.assets = [...account.prices.keys()];
    // An inverse contract's coin figures are 1/price: at a price of 0 they are undefined (an
    // inverse long's loss in coin has no bound). Like assess's worst case, the price of a coin
    // with inverse positions is floored at 1% of its starting price (-99%).
    for (const position of account.scenario.positions) {
      if (position.instrument !== 'inverse') continue;
      const start = account.prices.get(position.asset) as Decimal;
      this.priceFloors.set(position.asset, start.times(WORST_CASE_GAP.inverseLongPriceFactor));
    }
  }

  run(): WalkResult {
    const last = this.timeline.length - 1;
    for (let index = 0; index <= last; index += 1) {
      const timeMs = this.timeline.timeMs(index);
      this.actOnDueLiquidations(timeMs);
      const prices = this.pricesAt(index);
      this.checkStops(timeMs, prices);
      this.checkPools(index, timeMs, prices);
      if (this.settings.recordPoints) this.record(timeMs, prices);
      else if (this.finished()) break;
    }
    // The price holds at its last value after the path ends: pending liquidations still act.
    this.actOnDueLiquidations(Number.POSITIVE_INFINITY);
    const endPrices = this.pricesAt(last);
    const finalBalance = this.equityAt(endPrices);
    this.events.push({
      timeMs: this.timeline.timeMs(last),
      kind: 'final_balance',
      positions: [],
      amount: finalBalance.toFixed(),
      description: finalBalance.isNegative()
        ? 'Final balance: below zero, owed to the venue'
        : 'Final balance',
    });
    return {
      events: this.events,
      points: this.points,
      liquidated: this.liquidated,
      deficit: this.deficit,
      parts: this.parts,
      userOwes: this.userOwes,
      finalBalance,
      residualAtStake: this.residualAtStake,
      notes: [...new Set([...this.notes, ...this.account.unknowns.map(unknownFigureSentence)])],
    };
  }

  private finished(): boolean {
    return (
      this.pools.every((state) => !state.open) &&
      this.positions.every((p) => p.stop === 'done' || !p.open)
    );
  }

  private pricesAt(index: number): Prices {
    const prices = new Map<string, Decimal>();
    for (const asset of this.assets)
      prices.set(asset, this.priceFloor(asset, this.timeline.price(asset, index)));
    return prices;
  }

  private pricesAtTime(timeMs: number, fromIndex: number): Prices {
    const prices = new Map<string, Decimal>();
    for (const asset of this.assets)
      prices.set(
        asset,
        this.priceFloor(asset, priceAtTime(this.timeline, asset, timeMs, fromIndex)),
      );
    return prices;
  }

  /** The price, or the floor of a coin with inverse positions when the price is below it. */
  private priceFloor(asset: string, price: Decimal): Decimal {
    const floor = this.priceFloors.get(asset);
    if (floor === undefined || price.greaterThanOrEqualTo(floor)) return price;
    const note = `${asset} floored at 1% of its starting price: inverse contracts are undefined at a price of 0`;
    if (!this.notes.includes(note)) this.notes.push(note);
    return floor;
  }

  private equityAt(prices: Prices): Decimal {
    const open = this.pools.filter((state) => state.open).map((state) => state.pool);
    return accountEquityAt(
      { ...this.account, pools: open, freeLegs: this.freeLegs, freeCash: this.freeCash },
      prices,
    ).minus(this.userOwes);
  }

  private record(timeMs: number, prices: Prices): void {
    const shown: Record<string, string> = {};
    for (const [asset, price] of prices) shown[asset] = price.toFixed();
    this.points.push({ timeMs, prices: shown, equity: this.equityAt(prices).toFixed() });
  }

  // ---- stops -------------------------------------------------------------------------

  private checkStops(timeMs: number, prices: Prices): void {
    for (const state of this.positions) {
      const stop = state.position.stopLoss;
      if (stop === null || state.stop === 'done' || !state.open) continue;
      const price = prices.get(state.position.asset) as Decimal;
      const long = state.position.sign.isPositive();
      const closingSide = long ? 'sell' : 'buy';
      if (state.stop === 'armed') {
        const triggered = long
          ? price.lessThanOrEqualTo(stop.triggerPrice)
          : price.greaterThanOrEqualTo(stop.triggerPrice);
        if (!triggered) continue;
        this.events.push({
          timeMs,
          kind: 'stop_triggered',
          positions: [state.position.index],
          price: price.toFixed(),
          description: `${stop.type} stop-loss triggered at ${stop.triggerPrice.toFixed()}`,
        });
      }
      const type = this.offeredStopType(stop.type);
      if (type === 'guaranteed') {
        const premiumRate = this.guaranteedPremiumRate();
        this.closeByStop(
          state,
          stop.triggerPrice,
          premiumRate,
          timeMs,
          'guaranteed stop filled at its trigger',
        );
        continue;
      }
      const slipped = this.priceFloor(
        state.position.asset,
        priceAfterSlippage(price, closingSide, this.slippageFor(state, price)),
      );
      if (type === 'limit') {
        const limit = stop.limitPrice ?? stop.triggerPrice;
        const reachable = long ? price.greaterThanOrEqualTo(limit) : price.lessThanOrEqualTo(limit);
        if (!reachable) {
          if (state.stop === 'armed') {
            this.events.push({
              timeMs,
              kind: 'stop_not_filled',
              positions: [state.position.index],
              price: price.toFixed(),
              description: `limit stop not filled: the price gapped past its limit ${limit.toFixed()}`,
            });
          }
          state.stop = 'resting';
          continue;
        }
        // A limit order never fills worse than its limit.
        const fill = long ? Decimal.max(slipped, limit) : Decimal.min(slipped, limit);
        this.closeByStop(state, fill, ZERO, timeMs, 'limit stop filled');
        continue;
      }
      this.closeByStop(
        state,
        slipped,
        ZERO,
        timeMs,
        'market stop filled at the first price at or past its trigger, less slippage',
      );
    }
  }

  private offeredStopType(
    requested: 'market' | 'limit' | 'guaranteed',
  ): 'market' | 'limit' | 'guaranteed' {
    const offers = this.account.profile.stopLossTypes.value;
    if (offers === 'unknown' || offers.some((offer) => offer.type === requested)) return requested;
    const note = `this venue offers no ${requested} stop: simulated as a market stop`;
    if (!this.notes.includes(note)) this.notes.push(note);
    return 'market';
  }

  private guaranteedPremiumRate(): Decimal {
    const offers = this.account.profile.stopLossTypes.value;
    const offer = offers === 'unknown' ? undefined : offers.find((o) => o.type === 'guaranteed');
    return offer?.premiumRate === undefined
      ? ZERO
      : parseDecimal('profile.stopLossTypes.premiumRate', offer.premiumRate);
  }

  private closeByStop(
    state: PositionState,
    fill: Decimal,
    premiumRate: Decimal,
    timeMs: number,
    words: string,
  ): void {
    const { position } = state;
    const notional = this.settlementNotional(position, state.size, fill);
    const fee = notional.times(this.takerRate);
    const premium = premiumRate.isZero()
      ? ZERO
      : this.quoteNotional(position, state.size, fill).times(premiumRate);
    const costs = fee.plus(premium);
    state.stop = 'done';
    state.open = false;
    this.events.push({
      timeMs,
      kind: 'stop_filled',
      positions: [position.index],
      price: fill.toFixed(),
      size: state.size.toFixed(),
      amount: costs.toFixed(),
      description: premium.isZero() ? words : `${words}; premium ${premium.toFixed()}`,
    });
    const poolIndex = this.account.poolOf[position.index];
    const prices = this.fillPrices(position.asset, fill);
    if (poolIndex === null || poolIndex === undefined) {
      this.freeCash = this.freeCash.plus(legValueAt(state.leg, prices)).minus(costs);
      this.freeLegs = this.freeLegs.filter((leg) => leg !== state.leg);
      return;
    }
    const poolState = this.pools[poolIndex] as PoolState;
    const pool = poolState.pool;
    pool.constant = pool.constant.plus(this.legEquityAt(pool, state.leg, prices)).minus(costs);
    pool.legs = pool.legs.filter((leg) => leg !== state.leg);
    if (pool.legs.length === 0) this.closePool(poolState, timeMs, ZERO);
  }

  // ---- liquidation engine --------------------------------------------------------------

  private checkPools(index: number, timeMs: number, prices: Prices): void {
    for (const state of this.pools) {
      if (!state.open || state.seenAtMs !== null) continue;
      const status = poolStatusAt(state.pool, prices);
      if (status.marginCall && !state.warned && !status.liquidatable) {
        state.warned = true;
        this.events.push({
          timeMs,
          kind: 'margin_call',
          positions: this.positionsOf(state.pool),
          price: this.movingPrice(state.pool, prices),
          description: 'margin call: the margin ratio reached the venue warning level',
        });
      }
      if (!status.liquidatable) continue;
      state.seenAtMs = timeMs;
      state.seenIndex = index;
      state.actAtMs = timeMs + this.latencyMs;
      state.partialSteps = 0;
      this.events.push({
        timeMs,
        kind: 'liquidation_triggered',
        positions: this.positionsOf(state.pool),
        price: this.movingPrice(state.pool, prices),
        description:
          this.latencyMs > 0
            ? `liquidation threshold breached; the engine acts after ${this.latencyMs} ms`
            : 'liquidation threshold breached',
      });
      if (this.latencyMs === 0) this.actOnDueLiquidations(timeMs);
    }
  }

  private actOnDueLiquidations(untilMs: number): void {
    for (const state of this.pools) {
      while (state.open && state.seenAtMs !== null && state.actAtMs <= untilMs)
        this.liquidate(state);
    }
  }

  private liquidate(state: PoolState): void {
    const actMs = state.actAtMs;
    const prices = this.pricesAtTime(actMs, state.seenIndex);
    this.liquidated = true;
    const fractions =
      state.partialSteps < MAX_PARTIAL_STEPS ? this.partialFractions(state.pool, prices) : null;
    if (fractions === null) {
      this.closePool(state, actMs, null, prices);
      return;
    }
    state.partialSteps += 1;
    let fees = ZERO;
    const closed: number[] = [];
    for (const [leg, fraction] of fractions) {
      const position = this.positionOfLeg(leg);
      if (position === null || !fraction.greaterThan(0)) continue;
      const price = prices.get(leg.asset) as Decimal;
      const closeSize = position.size.times(fraction);
      const side = position.position.sign.isPositive() ? 'sell' : 'buy';
      const fill = this.priceFloor(
        leg.asset,
        priceAfterSlippage(price, side, this.slippageForSize(position.position, closeSize, price)),
      );
      const fillPrices = this.fillPrices(leg.asset, fill);
      const reduced = resizedLeg(this.account, position.position, position.size.minus(closeSize));
      const realized = legValueAt(leg, fillPrices).minus(legValueAt(reduced, fillPrices));
      const fee = this.settlementNotional(position.position, closeSize, fill).times(
        this.liquidationFeeRate,
      );
      fees = fees.plus(fee);
      state.pool.constant = state.pool.constant.plus(realized).minus(fee);
      state.pool.legs = state.pool.legs.map((l) => (l === leg ? reduced : l));
      position.leg = reduced;
      position.size = position.size.minus(closeSize);
      closed.push(position.position.index);
      this.events.push({
        timeMs: actMs,
        kind: 'partial_liquidation',
        positions: [position.position.index],
        price: fill.toFixed(),
        size: closeSize.toFixed(),
        amount: fee.toFixed(),
        description: `partial liquidation: ${closeSize.toFixed()} closed to step the position down its margin tiers`,
      });
    }
    state.feesCollected = state.feesCollected.plus(fees);
    const status = poolStatusAt(state.pool, prices);
    if (!status.liquidatable) {
      state.seenAtMs = null;
      return;
    }
    const interval = this.account.profile.liquidation.value;
    const stepMs = interval === 'unknown' ? 0 : (interval.stepIntervalMs ?? 0);
    state.actAtMs = actMs + stepMs;
  }

  /** Fractions of each leg a partial step closes, or null for a full liquidation. */
  private partialFractions(pool: Pool, prices: Prices): Map<Leg, Decimal> | null {
    const rule = this.account.profile.liquidation.value;
    if (rule === 'unknown' || rule.kind !== 'partial' || pool.kind !== 'derivative') return null;
    const fractions = new Map<Leg, Decimal>();
    if (rule.stepFraction !== undefined) {
      const fraction = parseDecimal('profile.liquidation.stepFraction', rule.stepFraction);
      if (fraction.greaterThanOrEqualTo(ONE) || !fraction.greaterThan(0)) return null;
      for (const leg of pool.legs) fractions.set(leg, fraction);
      return fractions;
    }
    const tiersPerStep = rule.tiersPerStep ?? 1;
    for (const leg of pool.legs) {
      if (leg.schedule === null) continue;
      const u = toAxis(leg.axis, prices.get(leg.asset) as Decimal);
      const tier = legTierAt(leg, u);
      const measure = leg.measureAt(u);
      if (tier === null) continue;
      // A position reduced exactly to a cap sits at the next bracket's floor: count it in the
      // lower bracket, which it has reached (caps are inclusive for this purpose).
      const index = tier.index > 0 && measure.equals(tier.floor) ? tier.index - 1 : tier.index;
      if (index === 0) continue;
      const target = leg.schedule.tiers[Math.max(0, index - tiersPerStep)];
      if (target?.cap === null || target === undefined || !measure.greaterThan(target.cap))
        continue;
      // Close down to the target tier's upper bound (OKX WE-18: 15,000 -> 2,000 contracts).
      fractions.set(leg, ONE.minus(target.cap.div(measure)));
    }
    return fractions.size === 0 ? null : fractions;
  }

  /**
   * Closes every leg of a pool (at `prices` less slippage) or, with `prices` absent, a pool
   * already emptied by stops. Where the venue's bankruptcy price includes the fee to close, that
   * fee is paid first. Equity left after a liquidation goes where the venue's residual rule
   * says (liquidationResidual); equity below zero is a deficit for the waterfall.
   */
  private closePool(
    state: PoolState,
    timeMs: number,
    extraFee: Decimal | null,
    prices?: Prices,
  ): void {
    const pool = state.pool;
    const seenAtMs = state.seenAtMs;
    let equity = pool.constant;
    let fee = extraFee ?? ZERO;
    let fillShown: Decimal | null = null;
    const closedPositions = this.positionsOf(pool);
    if (prices !== undefined) {
      for (const leg of pool.legs) {
        const position = this.positionOfLeg(leg);
        const price = prices.get(leg.asset) as Decimal;
        const long = position === null || position.position.sign.isPositive();
        const notional =
          position === null
            ? leg.measureAt(price).times(price)
            : this.quoteNotional(position.position, position.size, price);
        const fill = this.priceFloor(
          leg.asset,
          priceAfterSlippage(
            price,
            long ? 'sell' : 'buy',
            slippageFraction(notional, this.account.profile),
          ),
        );
        fillShown = fillShown ?? fill;
        const fillPrices = this.fillPrices(leg.asset, fill);
        equity = equity
          .plus(this.legEquityAt(pool, leg, fillPrices))
          .minus(legFeeToCloseAt(leg, fillPrices));
        if (position !== null) {
          fee = fee.plus(
            this.settlementNotional(position.position, position.size, fill).times(
              this.liquidationFeeRate,
            ),
          );
          position.open = false;
        }
      }
    }
    state.open = false;
    state.seenAtMs = null;
    pool.legs = [];
    const kept = equity.isNegative() ? ZERO : this.residualKept(equity, fee, prices !== undefined);
    if (prices !== undefined) {
      const lost = equity.isNegative() ? ZERO : equity.minus(kept);
      this.events.push({
        timeMs,
        kind: 'liquidation',
        positions: closedPositions,
        ...(fillShown === null ? {} : { price: fillShown.toFixed() }),
        ...(lost.isZero() ? {} : { amount: lost.toFixed() }),
        description: `${
          seenAtMs !== null && timeMs > seenAtMs
            ? `liquidated ${timeMs - seenAtMs} ms after the breach, at the price then less slippage`
            : 'liquidated at the price of the breach, less slippage'
        }${lost.isZero() ? '' : `; ${this.residualWords(lost)}`}`,
      });
    }
    if (!equity.isNegative()) {
      this.freeCash = this.freeCash.plus(kept);
      return;
    }
    const deficit = equity.negated();
    // The pool's equity already counted all its margin, so none remains; only liquidation
    // fees collected by earlier partial steps can still pay (step 1 of the waterfall).
    const waterfall = applyDeficitWaterfall(deficit, this.account.profile, {
      remainingMargin: ZERO,
      liquidationFeesCollected: state.feesCollected,
      insuranceFundAvailable: this.insuranceFundLeft,
    });
    this.insuranceFundLeft = this.insuranceFundLeft.minus(waterfall.insuranceFundUsed);
    this.deficit = this.deficit.plus(deficit);
    this.userOwes = this.userOwes.plus(waterfall.userOwes);
    for (const part of waterfall.parts)
      this.parts.set(part.payer, (this.parts.get(part.payer) ?? ZERO).plus(part.amount));
    for (const note of waterfall.notes) if (!this.notes.includes(note)) this.notes.push(note);
    this.events.push({
      timeMs,
      kind: 'deficit',
      positions: closedPositions,
      amount: deficit.toFixed(),
      waterfall,
      description: `closed past the bankruptcy price: a deficit of ${deficit.toFixed()}`,
    });
    const adl = waterfall.parts.find((part) => part.payer === 'auto_deleveraging');
    if (adl !== undefined) {
      this.events.push({
        timeMs,
        kind: 'auto_deleveraging',
        positions: closedPositions,
        amount: adl.amount,
        description:
          'auto-deleveraging: profitable opposite positions closed at the bankruptcy price to cover the rest',
      });
    }
  }

  /**
   * What the user keeps of the equity (>= 0) left in a closed pool. A pool emptied by stops
   * keeps it less any fee; after a liquidation the venue's residual rule decides. Where the
   * rule is unknown the equity is counted as lost (the unsafe side is to promise it back) and
   * what might come back is added to `residualAtStake`.
   */
  private residualKept(equity: Decimal, fee: Decimal, liquidated: boolean): Decimal {
    const lessFee = equity.minus(Decimal.min(fee, equity));
    if (!liquidated) return lessFee;
    switch (this.residualRule) {
      case 'returned':
        return equity;
      case 'returned_less_fee':
        return lessFee;
      case 'to_venue':
        return ZERO;
      case 'unknown': {
        this.residualAtStake = this.residualAtStake.plus(lessFee);
        const note = unknownFigureSentence('liquidationResidual');
        if (!lessFee.isZero() && !this.notes.includes(note)) this.notes.push(note);
        return ZERO;
      }
    }
  }

  private residualWords(lost: Decimal): string {
    switch (this.residualRule) {
      case 'to_venue':
        return `the ${lost.toFixed()} of margin left goes to the venue (insurance fund or clearance fee)`;
      case 'unknown':
        return `the ${lost.toFixed()} of margin left is counted as lost: the venue does not say whether it is returned`;
      default:
        return `liquidation fee ${lost.toFixed()}`;
    }
  }

  // ---- helpers ---------------------------------------------------------------------------

  /** A leg's contribution to its pool's equity (value, less liabilities for spot margin). */
  private legEquityAt(pool: Pool, leg: Leg, prices: Prices): Decimal {
    const value = legValueAt(leg, prices);
    return pool.requirementIsLiability ? value.minus(legRequirementAt(leg, prices)) : value;
  }

  private fillPrices(asset: string, fill: Decimal): Prices {
    const prices = new Map(this.account.prices);
    prices.set(asset, fill);
    return prices;
  }

  private positionOfLeg(leg: Leg): PositionState | null {
    return this.positions.find((state) => state.leg === leg) ?? null;
  }

  private positionsOf(pool: Pool): number[] {
    return this.positions
      .filter((state) => pool.legs.includes(state.leg))
      .map((state) => state.position.index);
  }

  private movingPrice(pool: Pool, prices: Prices): string | undefined {
    const asset = pool.legs[0]?.asset;
    return asset === undefined ? undefined : prices.get(asset)?.toFixed();
  }

  /** Notional in the quote currency (USD for inverse): what book depth is measured in. */
  private quoteNotional(position: ValidatedPosition, size: Decimal, price: Decimal): Decimal {
    return position.instrument === 'inverse' ? size : size.times(price);
  }

  /** Notional in the settlement currency (coin for inverse): what fees are charged on. */
  private settlementNotional(position: ValidatedPosition, size: Decimal, price: Decimal): Decimal {
    if (position.instrument !== 'inverse') return size.times(price);
    return price.isZero() ? ZERO : size.div(price);
  }

  private slippageFor(state: PositionState, price: Decimal): Decimal {
    return this.slippageForSize(state.position, state.size, price);
  }

  private slippageForSize(position: ValidatedPosition, size: Decimal, price: Decimal): Decimal {
    return slippageFraction(this.quoteNotional(position, size, price), this.account.profile);
  }
}

/** The leg of a position reduced to `size`, built by the same margin code as the original. */
function resizedLeg(account: PreparedAccount, position: ValidatedPosition, size: Decimal): Leg {
  const reduced = { ...position, index: 0, size };
  const single = prepareAccount(
    { ...account.scenario, positions: [reduced] },
    account.profile,
    account.costsApplied,
  );
  const leg = single.legOf[0] as Leg;
  return { ...leg, positionIndex: position.index };
}
