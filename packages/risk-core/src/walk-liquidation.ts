/**
 * The liquidation engine of the walk: each open pool is checked at every point (a margin-call
 * warning once, a breach acted on after the venue's latency); partial liquidation (where the
 * profile has it) closes a fraction or steps the position down its tiers, then re-checks; a full
 * close leaves the margin left where the venue's residual rule says, or a deficit for the
 * waterfall.
 */
import { poolStatusAt } from './account/pool-status.js';
import { Decimal, ONE, ZERO, parseDecimal } from './decimal.js';
import { type PreparedAccount, prepareAccount } from './account/account.js';
import {
  type Leg,
  type Pool,
  type Prices,
  legFeeToCloseAt,
  legTierAt,
  legValueAt,
  toAxis,
} from './margin/pool.js';
import type { ValidatedPosition } from './validated-scenario.js';
import { priceAfterSlippage, slippageFraction } from './slippage.js';
import { applyDeficitWaterfall } from './waterfall.js';
import { unknownFigureSentence } from './warnings.js';
import type { PoolState, WalkLedger } from './walk-ledger.js';

/** More partial steps than this on one breach end in a full liquidation. */
const MAX_PARTIAL_STEPS = 50;

export function checkPools(
  ledger: WalkLedger,
  index: number,
  timeMs: number,
  prices: Prices,
): void {
  for (const state of ledger.pools) {
    if (!state.open || state.seenAtMs !== null) continue;
    const status = poolStatusAt(state.pool, prices);
    if (status.marginCall && !state.warned && !status.liquidatable) {
      state.warned = true;
      ledger.events.push({
        timeMs,
        kind: 'margin_call',
        positions: ledger.positionsOf(state.pool),
        price: ledger.movingPrice(state.pool, prices),
        description: 'margin call: the margin ratio reached the venue warning level',
      });
    }
    if (!status.liquidatable) continue;
    state.seenAtMs = timeMs;
    state.seenIndex = index;
    state.actAtMs = timeMs + ledger.latencyMs;
    state.partialSteps = 0;
    ledger.events.push({
      timeMs,
      kind: 'liquidation_triggered',
      positions: ledger.positionsOf(state.pool),
      price: ledger.movingPrice(state.pool, prices),
      description:
        ledger.latencyMs > 0
          ? `liquidation threshold breached; the engine acts after ${ledger.latencyMs} ms`
          : 'liquidation threshold breached',
    });
    if (ledger.latencyMs === 0) actOnDueLiquidations(ledger, timeMs);
  }
}

export function actOnDueLiquidations(ledger: WalkLedger, untilMs: number): void {
  for (const state of ledger.pools) {
    while (state.open && state.seenAtMs !== null && state.actAtMs <= untilMs)
      liquidate(ledger, state);
  }
}

function liquidate(ledger: WalkLedger, state: PoolState): void {
  const actMs = state.actAtMs;
  const prices = ledger.pricesAtTime(actMs, state.seenIndex);
  ledger.liquidated = true;
  const fractions =
    state.partialSteps < MAX_PARTIAL_STEPS ? partialFractions(ledger, state.pool, prices) : null;
  if (fractions === null) {
    closePool(ledger, state, actMs, null, prices);
    return;
  }
  state.partialSteps += 1;
  let fees = ZERO;
  const closed: number[] = [];
  for (const [leg, fraction] of fractions) {
    const position = ledger.positionOfLeg(leg);
    if (position === null || !fraction.greaterThan(0)) continue;
    const price = prices.get(leg.asset) as Decimal;
    const closeSize = position.size.times(fraction);
    const side = position.position.sign.isPositive() ? 'sell' : 'buy';
    const fill = ledger.priceFloor(
      leg.asset,
      priceAfterSlippage(price, side, ledger.slippageForSize(position.position, closeSize, price)),
    );
    const fillPrices = ledger.fillPrices(leg.asset, fill);
    const reduced = resizedLeg(ledger.account, position.position, position.size.minus(closeSize));
    const realized = legValueAt(leg, fillPrices).minus(legValueAt(reduced, fillPrices));
    const fee = ledger
      .settlementNotional(position.position, closeSize, fill)
      .times(ledger.liquidationFeeRate);
    fees = fees.plus(fee);
    state.pool.constant = state.pool.constant.plus(realized).minus(fee);
    state.pool.legs = state.pool.legs.map((l) => (l === leg ? reduced : l));
    position.leg = reduced;
    position.size = position.size.minus(closeSize);
    closed.push(position.position.index);
    ledger.events.push({
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
  const interval = ledger.account.profile.liquidation.value;
  const stepMs = interval === 'unknown' ? 0 : (interval.stepIntervalMs ?? 0);
  state.actAtMs = actMs + stepMs;
}

/** Fractions of each leg a partial step closes, or null for a full liquidation. */
function partialFractions(
  ledger: WalkLedger,
  pool: Pool,
  prices: Prices,
): Map<Leg, Decimal> | null {
  const rule = ledger.account.profile.liquidation.value;
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
    if (target?.cap === null || target === undefined || !measure.greaterThan(target.cap)) continue;
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
export function closePool(
  ledger: WalkLedger,
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
  const closedPositions = ledger.positionsOf(pool);
  if (prices !== undefined) {
    for (const leg of pool.legs) {
      const position = ledger.positionOfLeg(leg);
      const price = prices.get(leg.asset) as Decimal;
      const long = position === null || position.position.sign.isPositive();
      const notional =
        position === null
          ? leg.measureAt(price).times(price)
          : ledger.quoteNotional(position.position, position.size, price);
      const fill = ledger.priceFloor(
        leg.asset,
        priceAfterSlippage(
          price,
          long ? 'sell' : 'buy',
          slippageFraction(notional, ledger.account.profile),
        ),
      );
      fillShown = fillShown ?? fill;
      const fillPrices = ledger.fillPrices(leg.asset, fill);
      equity = equity
        .plus(ledger.legEquityAt(pool, leg, fillPrices))
        .minus(legFeeToCloseAt(leg, fillPrices));
      if (position !== null) {
        fee = fee.plus(
          ledger
            .settlementNotional(position.position, position.size, fill)
            .times(ledger.liquidationFeeRate),
        );
        position.open = false;
      }
    }
  }
  state.open = false;
  state.seenAtMs = null;
  pool.legs = [];
  const kept = equity.isNegative() ? ZERO : residualKept(ledger, equity, fee, prices !== undefined);
  if (prices !== undefined) {
    const lost = equity.isNegative() ? ZERO : equity.minus(kept);
    ledger.events.push({
      timeMs,
      kind: 'liquidation',
      positions: closedPositions,
      ...(fillShown === null ? {} : { price: fillShown.toFixed() }),
      ...(lost.isZero() ? {} : { amount: lost.toFixed() }),
      description: `${
        seenAtMs !== null && timeMs > seenAtMs
          ? `liquidated ${timeMs - seenAtMs} ms after the breach, at the price then less slippage`
          : 'liquidated at the price of the breach, less slippage'
      }${lost.isZero() ? '' : `; ${residualWords(ledger, lost)}`}`,
    });
  }
  if (!equity.isNegative()) {
    ledger.freeCash = ledger.freeCash.plus(kept);
    return;
  }
  const deficit = equity.negated();
  // The pool's equity already counted all its margin, so none remains; only liquidation
  // fees collected by earlier partial steps can still pay (step 1 of the waterfall).
  const waterfall = applyDeficitWaterfall(deficit, ledger.account.profile, {
    remainingMargin: ZERO,
    liquidationFeesCollected: state.feesCollected,
    insuranceFundAvailable: ledger.insuranceFundLeft,
  });
  ledger.insuranceFundLeft = ledger.insuranceFundLeft.minus(waterfall.insuranceFundUsed);
  ledger.deficit = ledger.deficit.plus(deficit);
  ledger.userOwes = ledger.userOwes.plus(waterfall.userOwes);
  for (const part of waterfall.parts)
    ledger.parts.set(part.payer, (ledger.parts.get(part.payer) ?? ZERO).plus(part.amount));
  for (const note of waterfall.notes) ledger.note(note);
  ledger.events.push({
    timeMs,
    kind: 'deficit',
    positions: closedPositions,
    amount: deficit.toFixed(),
    waterfall,
    description: `closed past the bankruptcy price: a deficit of ${deficit.toFixed()}`,
  });
  const adl = waterfall.parts.find((part) => part.payer === 'auto_deleveraging');
  if (adl !== undefined) {
    ledger.events.push({
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
function residualKept(
  ledger: WalkLedger,
  equity: Decimal,
  fee: Decimal,
  liquidated: boolean,
): Decimal {
  const lessFee = equity.minus(Decimal.min(fee, equity));
  if (!liquidated) return lessFee;
  switch (ledger.residualRule) {
    case 'returned':
      return equity;
    case 'returned_less_fee':
      return lessFee;
    case 'to_venue':
      return ZERO;
    case 'unknown': {
      ledger.residualAtStake = ledger.residualAtStake.plus(lessFee);
      const note = unknownFigureSentence('liquidationResidual');
      if (!lessFee.isZero()) ledger.note(note);
      return ZERO;
    }
  }
}

function residualWords(ledger: WalkLedger, lost: Decimal): string {
  switch (ledger.residualRule) {
    case 'to_venue':
      return `the ${lost.toFixed()} of margin left goes to the venue (insurance fund or clearance fee)`;
    case 'unknown':
      return `the ${lost.toFixed()} of margin left is counted as lost: the venue does not say whether it is returned`;
    default:
      return `liquidation fee ${lost.toFixed()}`;
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
