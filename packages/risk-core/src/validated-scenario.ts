/**
 * A scenario as validateScenario (validate.ts) returns it: every figure parsed to a Decimal,
 * every position with its margin tiers, the current prices, the settlement currency. The
 * inner layers (margin, costs, the walk) take these types from here, not from the validator.
 */
import type { Decimal } from './decimal.js';
import type { Fill } from './instruments/average-entry.js';
import type { MarginSchedule, MarginTier } from './margin/tiers.js';
import type { InstrumentKind, MarginMode, Side, StopLossType } from './scenario.js';

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
