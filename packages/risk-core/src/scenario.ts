/**
 * The user's scenario as plain data: what the PWA encodes in a URL, what the API stores as
 * JSON and what every computation takes. Decimal figures are strings; `validateScenario`
 * turns this into parsed, checked values or typed errors naming the field.
 */

/** Bumped when the shape below changes incompatibly; stored with every saved scenario. */
export const SCENARIO_SCHEMA_VERSION = 1;

export const INSTRUMENT_KINDS = ['spot', 'spot_margin', 'linear', 'inverse'] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];
export const SIDES = ['long', 'short'] as const;
export type Side = (typeof SIDES)[number];
export const MARGIN_MODES = ['isolated', 'cross'] as const;
export type MarginMode = (typeof MARGIN_MODES)[number];
export const STOP_LOSS_TYPES = ['market', 'limit', 'guaranteed'] as const;
export type StopLossType = (typeof STOP_LOSS_TYPES)[number];

export interface StopLossInput {
  type: StopLossType;
  /** Price at which the stop triggers. */
  triggerPrice: string;
  /** Worst acceptable fill for a limit stop; ignored for other types. */
  limitPrice?: string;
}

/** A later fill added to the same position (averaging in). */
export interface AddInput {
  price: string;
  /** Same unit as the position's size. */
  size: string;
}

export interface PositionInput {
  /** Asset symbol, e.g. "BTC". Selects the profile's tier table. */
  asset: string;
  instrument: InstrumentKind;
  side: Side;
  entryPrice: string;
  /**
   * Size: base units for spot, spot margin and linear; USD value of the contracts for
   * inverse. Give either size or amount.
   */
  size?: string;
  /**
   * Amount of the user's own money put in (quote currency; coin for inverse). With the
   * leverage it sets the size: size = amount * leverage / entry (inverse: amount * leverage * entry).
   */
  amount?: string;
  /** Leverage; "1" for spot. */
  leverage: string;
  marginMode: MarginMode;
  /** Current (mark) price; defaults to the entry price. */
  markPrice?: string;
  /** Margin added to an isolated position beyond its initial margin. */
  extraMargin?: string;
  stopLoss?: StopLossInput;
  adds?: AddInput[];
  /**
   * The maintenance margin rate the user's exchange shows for this position, as a fraction
   * ("0.005" = 0.5%). When given, it replaces the profile's tier table for this position, so a
   * contract belowzero holds no table for still gets an answer (which says it used this figure).
   */
  maintenanceMarginRate?: string;
  /** The maintenance amount (deduction) the exchange shows beside that rate; default 0. */
  maintenanceAmount?: string;
}

/** Plain cash or coin held in the account (spot holdings and collateral). */
export interface HoldingInput {
  asset: string;
  quantity: string;
  /** Price in the quote currency; "1" for the quote currency itself. */
  price: string;
}

export interface CostsInput {
  /** Trading fees on open and close (taker rate from the profile). */
  tradingFees: boolean;
  /** Funding paid (positive) or received (negative) per interval, as a fraction of notional. */
  fundingRatePerInterval?: string;
  fundingIntervalHours?: string;
  /** Holding period over which funding and borrow interest accrue. */
  holdingHours?: string;
  /** Borrow interest for spot margin (uses the profile's hourly rate when true). */
  borrowInterest?: boolean;
}

export interface AccountInput {
  /** Quote-currency cash in the margin wallet beyond the positions' own margin (cross). */
  walletBalance?: string;
  holdings?: HoldingInput[];
  positions: PositionInput[];
  costs?: CostsInput;
}

export interface ScenarioInput {
  schemaVersion: number;
  /** Slug of the safeguard profile (exchange product), e.g. "binance-usdm". */
  exchange: string;
  account: AccountInput;
}
