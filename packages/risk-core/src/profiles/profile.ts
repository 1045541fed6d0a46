/**
 * A safeguard profile: everything an exchange product publishes about how it margins,
 * liquidates and covers a deficit. Data, not code: one JSON-compatible object per product,
 * every field carrying its source and as-of date.
 *
 * Decimal figures are strings (never JS numbers) so a profile round-trips through JSON,
 * the database and the API without losing a digit.
 */
import type { InstrumentKind, MarginMode, StopLossType } from '../scenario.js';

/** Where a figure comes from. `assumption: true` marks a belowzero modelling assumption
 * (latency, depth) rather than a published fact; the UI shows it as one. */
export interface Provenance {
  /** URL or document title of the exchange's own material (or of our assumption note). */
  source: string;
  /** ISO date (YYYY-MM-DD) of the material, or of the reading when the page is undated. */
  asOf: string;
  assumption?: boolean;
  note?: string;
}

/** A sourced value. `'unknown'` means the exchange does not publish it: never guessed. */
export interface Sourced<T> extends Provenance {
  value: T | 'unknown';
}

/** One bracket of a tiered margin table. The maintenance amount (cum) is derived from the
 * brackets, never typed in: cum_i = cum_{i-1} + floor_i * (mmr_i - mmr_{i-1})
 * (only for `tierRule: 'deduction'`; a `whole_position` table has cum = 0 in every bracket). */
export interface MarginTierInput {
  /** Lower bound of the bracket, in the table's `bracketUnit` (default: notional in the quote
   * currency; coin for inverse contracts). The first bracket starts at 0; each next floor
   * equals the previous cap. */
  floor: string;
  /**
   * Upper bound, exclusive of the next bracket's floor; null = open-ended last bracket.
   * A non-null cap on the LAST bracket means the published table stops there: a larger
   * position has no known tier (assess rejects it rather than guess).
   */
  cap: string | null;
  maxLeverage: string;
  /** Maintenance margin rate as a fraction (0.004 = 0.4%). */
  mmr: string;
  /** Initial margin rate as published, when the venue publishes it as a rate (BitMEX, OKX,
   * dYdX). It and maxLeverage agree within rounding (OKX: 75x <-> 1.33%; BitMEX 1.5% ->
   * "66.66"); use imr, when present, for the exact initial margin. */
  imr?: string;
}

/**
 * How a tier's rate applies. `deduction` (Binance, Bybit "MM deduction"): tax-bracket style,
 * MM = notional * mmr - cum. `whole_position` (BitMEX risk limits, OKX position tiers): the
 * tier's rate applies to the whole position, MM = notional * mmr (cum = 0).
 */
export type TierRule = 'deduction' | 'whole_position';

/** Unit of the bracket bounds: `notional` (quote currency for linear, coin for inverse, the
 * default) or `contracts` (a count of contracts, as OKX and Kraken publish them; usable only
 * when the contract's size is known). */
export type BracketUnit = 'notional' | 'contracts';

/**
 * Margin rates that grow linearly with the position size instead of in brackets (Deribit):
 * rate(size) = base + size * perUnit, size in base units of `sizeUnit` (e.g. BTC).
 * initial = notional * initialRate(size); maintenance = notional * maintenanceRate(size).
 */
export interface SizeLinearMargin {
  sizeUnit: string;
  initialBase: string;
  initialPerUnit: string;
  maintenanceBase: string;
  maintenancePerUnit: string;
}

/** Tier table for one contract (asset), e.g. BTC, ETH, or '*' for every other asset. */
export interface ContractTiers {
  asset: string;
  instrument: Extract<InstrumentKind, 'linear' | 'inverse'>;
  /** The venue's own symbol for the contract (BTCUSDT, BTC-USDT-SWAP, PF_XBTUSD), when known. */
  symbol?: string;
  /** Contract face value in USD for inverse contracts (e.g. 100); absent for linear. */
  contractValueUsd?: string;
  /** Base-coin amount of one linear contract (OKX BTC-USDT-SWAP: 0.01 BTC), for tables whose
   * bounds count contracts. */
  contractSize?: string;
  /** false when the venue publishes no tier table for this contract at all (its rule is not
   * public); absent or true: published, though belowzero may not hold it yet. */
  tablePublished?: boolean;
  /** Default 'deduction'. */
  tierRule?: TierRule;
  /** Default 'notional'. */
  bracketUnit?: BracketUnit;
  /** Brackets; `'unknown'` when the venue's table for this contract is not published (the
   * note says what was checked). With `sizeLinearMargin` set, tiers is `'unknown'`. */
  tiers: Sourced<MarginTierInput[]>;
  /** Present for venues whose rates grow linearly with size (Deribit) instead of brackets. */
  sizeLinearMargin?: Sourced<SizeLinearMargin>;
}

/** How the venue values maintenance margin; the formula variants seen in published docs. */
export type MaintenanceBasis = 'mark_notional' | 'entry_notional';

export type DeficitPayer =
  | 'remaining_margin'
  | 'insurance_fund'
  | 'backstop_vault'
  | 'auto_deleveraging'
  | 'socialized_loss'
  | 'user'
  | 'venue';

export interface PartialLiquidation {
  /** full: the whole position is closed at once; partial: reduced in steps first. */
  kind: 'full' | 'partial';
  /** Fraction of the position closed per step when partial (e.g. 0.2 for 20% clips). */
  stepFraction?: string;
  /** Tiers stepped down per partial liquidation (OKX, Bitget: 2). */
  tiersPerStep?: number;
  /** Milliseconds between steps (Hyperliquid: 30 s cooldown). */
  stepIntervalMs?: number;
}

export interface SpotMarginRules {
  /** How the margin level is defined: Binance-style assets / liabilities, or
   * Kraken-style equity / used margin. */
  levelDefinition: 'assets_over_liabilities' | 'equity_over_used_margin';
  marginCallLevel: Sourced<string>;
  liquidationLevel: Sourced<string>;
  maxLeverage: Sourced<string>;
  /** Borrow interest per hour as a fraction, for the default borrowed asset. */
  hourlyInterestRate: Sourced<string>;
  /** What the used margin (equity / used margin) is held in; absent: `entry_value`. */
  usedMarginCurrency?: Sourced<UsedMarginCurrency>;
}

/**
 * What an equity / used margin venue holds a position's used margin in. `entry_value`: a
 * quote amount fixed when the position opens. `borrowed_asset`: the currency borrowed, so a
 * short's used margin is coins, worth more as the price rises (Kraken: "Because your Used
 * Margin is in terms of BTC..."); a long's, in quote, is unchanged.
 */
export const USED_MARGIN_CURRENCIES = ['entry_value', 'borrowed_asset'] as const;
export type UsedMarginCurrency = (typeof USED_MARGIN_CURRENCIES)[number];

/** How the bankruptcy price is defined: where the margin is exhausted (`fee_free`), or where
 * it is exhausted with the fee to close paid at that price (`includes_close_fee`, Bybit inverse). */
export const BANKRUPTCY_PRICE_RULES = ['fee_free', 'includes_close_fee'] as const;
export type BankruptcyPriceRule = (typeof BANKRUPTCY_PRICE_RULES)[number];

/**
 * What becomes of the margin left when the engine closes a position better than its
 * bankruptcy price: `to_venue` (taken over at the bankruptcy price, the rest to the insurance
 * fund or as a clearance fee: Bybit, Binance, BitMEX), `returned` (Kraken Futures' "you keep
 * any surplus"), `returned_less_fee` (returned after the liquidation fee: GMX, dYdX).
 */
export const LIQUIDATION_RESIDUALS = ['to_venue', 'returned', 'returned_less_fee'] as const;
export type LiquidationResidual = (typeof LIQUIDATION_RESIDUALS)[number];

export interface StopLossOffer {
  type: StopLossType;
  /** Premium for a guaranteed stop, as a fraction of notional; absent when not published. */
  premiumRate?: string;
}

/** Whether `contracts` is everything the venue lists (`complete`: an asset absent from it is
 * not listed) or only the contracts belowzero has a record of (`partial`). */
export type ContractListing = 'complete' | 'partial';

/** A venue's contracts as read from its own endpoints (packages/venue-data), with how
 * complete the listing is: the shape the importers produce and the profiles take in. */
export interface VenueContracts {
  contracts: ContractTiers[];
  listing: Sourced<ContractListing>;
}

export interface SafeguardProfile {
  /** Stable identifier, e.g. "binance-usdm". */
  slug: string;
  exchange: string;
  product: string;
  /** Incremented whenever the data changes; with asOf it makes old results reproducible. */
  version: number;
  /** Date the profile as a whole was last checked against the exchange's material. */
  asOf: string;
  /** Currency that margin and results are denominated in, e.g. "USDT" ("coin" for inverse). */
  settlementCurrency: string;
  instruments: InstrumentKind[];
  marginModes: MarginMode[];

  contracts: ContractTiers[];
  /** How complete `contracts` is, with the listing it was read from; absent = partial. */
  contractListing?: Sourced<ContractListing>;
  maintenanceBasis: Sourced<MaintenanceBasis>;
  /** Whether the estimated fee to close counts inside maintenance margin (Bybit, OKX). */
  closeFeeInMaintenance: Sourced<boolean>;
  /** Whether the bankruptcy price includes the fee to close; absent: `fee_free`, the price
   * where the margin is exhausted, as venues define it. */
  bankruptcyPrice?: Sourced<BankruptcyPriceRule>;
  /** Whether an isolated position's margin also holds the fee to close it at its bankruptcy
   * price (Phemex: position balance = initial margin + fee to close); absent: false. */
  isolatedCloseFeeReserve?: Sourced<boolean>;
  /** What the user keeps of the margin left after a liquidation; absent: not published (the
   * margin left counts as lost, and a simulation says how much may come back). */
  liquidationResidual?: Sourced<LiquidationResidual>;
  takerFeeRate: Sourced<string>;
  makerFeeRate: Sourced<string>;
  /** Fee charged on a liquidation, as a fraction of the liquidated notional. */
  liquidationFeeRate: Sourced<string>;
  liquidation: Sourced<PartialLiquidation>;
  /** Delay between the trigger and the engine's fill. Usually an assumption. */
  liquidationLatencyMs: Sourced<number>;
  /** Book depth assumption: the notional that moves the fill price 1% against the order. */
  depthNotionalPerPercent: Sourced<string>;
  /** Margin ratio (maintenance / equity) at which the venue warns, e.g. "0.8". */
  marginCallRatio: Sourced<string>;
  spotMargin?: SpotMarginRules;
  /** Insurance fund capacity available to one contract's deficits, in the settlement currency. */
  insuranceFundCapacity: Sourced<string>;
  autoDeleveraging: Sourced<boolean>;
  socializedLoss: Sourced<boolean>;
  /** Order in which a deficit past bankruptcy is paid. */
  deficitWaterfall: Sourced<DeficitPayer[]>;
  /** Whether the terms leave the user owing a deficit that the waterfall did not cover. */
  userLiableForDeficit: Sourced<boolean>;
  /** The venue's written negative-balance promise, verbatim, or null when none is published. */
  negativeBalancePromise: Sourced<string | null>;
  stopLossTypes: Sourced<StopLossOffer[]>;
}
