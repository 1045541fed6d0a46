/**
 * What the walk (walk.ts) reports: its events, the points of a recorded path, and its result.
 */
import type { Decimal } from './decimal.js';
import type { DeficitPayer } from './profiles/profile.js';
import type { DeficitWaterfall } from './waterfall.js';

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
