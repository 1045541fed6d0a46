/**
 * The event-driven walk behind `simulate` and the Monte Carlo accounting (docs/design/risk-model.md
 * section 4). At each point of a timeline, in this order:
 * 1. liquidations seen earlier act once `liquidationLatencyMs` has passed, at the path's
 *    price then (linear between points) minus book slippage (walk-liquidation.ts);
 * 2. stop-losses fill or rest (walk-stops.ts);
 * 3. each open margin pool is checked: a margin-call warning once, and a breach of the
 *    liquidation threshold, acted on after the latency (walk-liquidation.ts).
 * A pool closed below zero has a deficit; the waterfall says who pays it. All accounting is
 * Decimal, through the account primitives of account/account.ts; the state is walk-ledger.ts.
 */
import type { PreparedAccount } from './account/account.js';
import type { Timeline } from './timeline.js';
import { unknownFigureSentence } from './warnings.js';
import type { WalkResult, WalkSettings } from './walk-events.js';
import { WalkLedger } from './walk-ledger.js';
import { actOnDueLiquidations, checkPools } from './walk-liquidation.js';
import { checkStops } from './walk-stops.js';

export type {
  SimulationEvent,
  SimulationEventKind,
  WalkPoint,
  WalkResult,
  WalkSettings,
} from './walk-events.js';

export function walkTimeline(
  account: PreparedAccount,
  timeline: Timeline,
  settings: WalkSettings,
): WalkResult {
  const ledger = new WalkLedger(account, timeline, settings);
  const last = timeline.length - 1;
  for (let index = 0; index <= last; index += 1) {
    const timeMs = timeline.timeMs(index);
    actOnDueLiquidations(ledger, timeMs);
    const prices = ledger.pricesAt(index);
    checkStops(ledger, timeMs, prices);
    checkPools(ledger, index, timeMs, prices);
    if (settings.recordPoints) ledger.record(timeMs, prices);
    else if (ledger.finished()) break;
  }
  // The price holds at its last value after the path ends: pending liquidations still act.
  actOnDueLiquidations(ledger, Number.POSITIVE_INFINITY);
  const finalBalance = ledger.equityAt(ledger.pricesAt(last));
  ledger.events.push({
    timeMs: timeline.timeMs(last),
    kind: 'final_balance',
    positions: [],
    amount: finalBalance.toFixed(),
    description: finalBalance.isNegative()
      ? 'Final balance: below zero, owed to the venue'
      : 'Final balance',
  });
  return {
    events: ledger.events,
    points: ledger.points,
    liquidated: ledger.liquidated,
    deficit: ledger.deficit,
    parts: ledger.parts,
    userOwes: ledger.userOwes,
    finalBalance,
    residualAtStake: ledger.residualAtStake,
    notes: [...new Set([...ledger.notes, ...account.unknowns.map(unknownFigureSentence)])],
  };
}
