/**
 * The result of `assess`: plain JSON, every figure a decimal string at full precision.
 */
import type { Answer } from './answer.js';
import type { CostName } from './costs.js';
import type { InstrumentKind, MarginMode, Side } from './scenario.js';

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
  /** The formula in the notation of docs/design/risk-model.md. */
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
  | 'TIER_BEYOND_TABLE'
  | 'PROFILE_FIGURE_UNKNOWN'
  | 'USER_MARGIN_FIGURE'
  | 'VENUE_DATA_STALE';

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
   * reach zero, and spot holdings going to zero. Cash backing nothing is never at risk.
   * Stop-losses are not counted on: a gap can skip them (the simulator shows when they fill). */
  maxLossAsDesigned: string;
  worstCase: WorstCase;
  warnings: AssessmentWarning[];
  methodologyVersion: string;
  asOf: string;
  profileSlug: string;
  profileVersion: number;
}
