/**
 * The walk's state and the figures its parts share (walk.ts drives it; walk-stops.ts and
 * walk-liquidation.ts act on it): every pool and position as it stands, the cash outside them,
 * the events and notes so far, who has paid what, and the venue's figures the walk uses.
 */
import { Decimal, ZERO } from './decimal.js';
import { publishedRate } from './costs.js';
import { type PreparedAccount, accountEquityAt } from './account/account.js';
import { type Leg, type Pool, type Prices, legRequirementAt, legValueAt } from './margin/pool.js';
import { WORST_CASE_GAP } from './methodology.js';
import type { DeficitPayer, LiquidationResidual } from './profiles/profile.js';
import type { ValidatedPosition } from './validated-scenario.js';
import { slippageFraction } from './slippage.js';
import { type Timeline, priceAtTime } from './timeline.js';
import type { SimulationEvent, WalkPoint, WalkSettings } from './walk-events.js';

export interface PoolState {
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

export interface PositionState {
  position: ValidatedPosition;
  size: Decimal;
  leg: Leg;
  open: boolean;
  /** The stop's state: untouched, resting (a limit that did not fill), or done. */
  stop: 'armed' | 'resting' | 'done';
}

export class WalkLedger {
  readonly events: SimulationEvent[] = [];
  readonly points: WalkPoint[] = [];
  readonly notes: string[] = [];
  readonly pools: PoolState[];
  readonly positions: PositionState[];
  freeCash: Decimal;
  freeLegs: Leg[];
  liquidated = false;
  deficit = ZERO;
  userOwes = ZERO;
  insuranceFundLeft: Decimal;
  readonly parts = new Map<DeficitPayer, Decimal>();
  readonly latencyMs: number;
  readonly liquidationFeeRate: Decimal;
  readonly takerRate: Decimal;
  /** What the user keeps of the margin left after a liquidation (absent: not published). */
  readonly residualRule: LiquidationResidual | 'unknown';
  /** Margin left after liquidations whose fate the venue does not publish. */
  residualAtStake = ZERO;
  private readonly assets: string[];
  /** Lowest price an inverse contract's coin is taken to reach (see priceFloor). */
  private readonly priceFloors = new Map<string, Decimal>();

  constructor(
    readonly account: PreparedAccount,
    readonly timeline: Timeline,
    readonly settings: WalkSettings,
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

  /** Adds a note to the result once. */
  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  finished(): boolean {
    return (
      this.pools.every((state) => !state.open) &&
      this.positions.every((p) => p.stop === 'done' || !p.open)
    );
  }

  pricesAt(index: number): Prices {
    const prices = new Map<string, Decimal>();
    for (const asset of this.assets)
      prices.set(asset, this.priceFloor(asset, this.timeline.price(asset, index)));
    return prices;
  }

  pricesAtTime(timeMs: number, fromIndex: number): Prices {
    const prices = new Map<string, Decimal>();
    for (const asset of this.assets)
      prices.set(
        asset,
        this.priceFloor(asset, priceAtTime(this.timeline, asset, timeMs, fromIndex)),
      );
    return prices;
  }

  /** The price, or the floor of a coin with inverse positions when the price is below it. */
  priceFloor(asset: string, price: Decimal): Decimal {
    const floor = this.priceFloors.get(asset);
    if (floor === undefined || price.greaterThanOrEqualTo(floor)) return price;
    const note = `${asset} floored at 1% of its starting price: inverse contracts are undefined at a price of 0`;
    if (!this.notes.includes(note)) this.notes.push(note);
    return floor;
  }

  equityAt(prices: Prices): Decimal {
    const open = this.pools.filter((state) => state.open).map((state) => state.pool);
    return accountEquityAt(
      { ...this.account, pools: open, freeLegs: this.freeLegs, freeCash: this.freeCash },
      prices,
    ).minus(this.userOwes);
  }

  record(timeMs: number, prices: Prices): void {
    const shown: Record<string, string> = {};
    for (const [asset, price] of prices) shown[asset] = price.toFixed();
    this.points.push({ timeMs, prices: shown, equity: this.equityAt(prices).toFixed() });
  }

  /** A leg's contribution to its pool's equity (value, less liabilities for spot margin). */
  legEquityAt(pool: Pool, leg: Leg, prices: Prices): Decimal {
    const value = legValueAt(leg, prices);
    return pool.requirementIsLiability ? value.minus(legRequirementAt(leg, prices)) : value;
  }

  fillPrices(asset: string, fill: Decimal): Prices {
    const prices = new Map(this.account.prices);
    prices.set(asset, fill);
    return prices;
  }

  positionOfLeg(leg: Leg): PositionState | null {
    return this.positions.find((state) => state.leg === leg) ?? null;
  }

  positionsOf(pool: Pool): number[] {
    return this.positions
      .filter((state) => pool.legs.includes(state.leg))
      .map((state) => state.position.index);
  }

  movingPrice(pool: Pool, prices: Prices): string | undefined {
    const asset = pool.legs[0]?.asset;
    return asset === undefined ? undefined : prices.get(asset)?.toFixed();
  }

  /** Notional in the quote currency (USD for inverse): what book depth is measured in. */
  quoteNotional(position: ValidatedPosition, size: Decimal, price: Decimal): Decimal {
    return position.instrument === 'inverse' ? size : size.times(price);
  }

  /** Notional in the settlement currency (coin for inverse): what fees are charged on. */
  settlementNotional(position: ValidatedPosition, size: Decimal, price: Decimal): Decimal {
    if (position.instrument !== 'inverse') return size.times(price);
    return price.isZero() ? ZERO : size.div(price);
  }

  slippageFor(state: PositionState, price: Decimal): Decimal {
    return this.slippageForSize(state.position, state.size, price);
  }

  slippageForSize(position: ValidatedPosition, size: Decimal, price: Decimal): Decimal {
    return slippageFraction(this.quoteNotional(position, size, price), this.account.profile);
  }
}
