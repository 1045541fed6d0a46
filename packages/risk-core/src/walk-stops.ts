/**
 * Stop-losses in the walk: market stops fill at the first point at or past the trigger (a gap
 * fills at the gapped price) less slippage; limit stops fill only at or better than their limit
 * (in a gap they rest unfilled); guaranteed stops fill at the trigger and pay a premium.
 */
import { Decimal, ZERO, parseDecimal } from './decimal.js';
import { legValueAt, type Prices } from './margin/pool.js';
import { priceAfterSlippage } from './slippage.js';
import { closePool } from './walk-liquidation.js';
import type { PoolState, PositionState, WalkLedger } from './walk-ledger.js';

export function checkStops(ledger: WalkLedger, timeMs: number, prices: Prices): void {
  for (const state of ledger.positions) {
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
      ledger.events.push({
        timeMs,
        kind: 'stop_triggered',
        positions: [state.position.index],
        price: price.toFixed(),
        description: `${stop.type} stop-loss triggered at ${stop.triggerPrice.toFixed()}`,
      });
    }
    const type = offeredStopType(ledger, stop.type);
    if (type === 'guaranteed') {
      const premiumRate = guaranteedPremiumRate(ledger);
      closeByStop(
        ledger,
        state,
        stop.triggerPrice,
        premiumRate,
        timeMs,
        'guaranteed stop filled at its trigger',
      );
      continue;
    }
    const slipped = ledger.priceFloor(
      state.position.asset,
      priceAfterSlippage(price, closingSide, ledger.slippageFor(state, price)),
    );
    if (type === 'limit') {
      const limit = stop.limitPrice ?? stop.triggerPrice;
      const reachable = long ? price.greaterThanOrEqualTo(limit) : price.lessThanOrEqualTo(limit);
      if (!reachable) {
        if (state.stop === 'armed') {
          ledger.events.push({
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
      closeByStop(ledger, state, fill, ZERO, timeMs, 'limit stop filled');
      continue;
    }
    closeByStop(
      ledger,
      state,
      slipped,
      ZERO,
      timeMs,
      'market stop filled at the first price at or past its trigger, less slippage',
    );
  }
}

function offeredStopType(
  ledger: WalkLedger,
  requested: 'market' | 'limit' | 'guaranteed',
): 'market' | 'limit' | 'guaranteed' {
  const offers = ledger.account.profile.stopLossTypes.value;
  if (offers === 'unknown' || offers.some((offer) => offer.type === requested)) return requested;
  const note = `this venue offers no ${requested} stop: simulated as a market stop`;
  ledger.note(note);
  return 'market';
}

function guaranteedPremiumRate(ledger: WalkLedger): Decimal {
  const offers = ledger.account.profile.stopLossTypes.value;
  const offer = offers === 'unknown' ? undefined : offers.find((o) => o.type === 'guaranteed');
  return offer?.premiumRate === undefined
    ? ZERO
    : parseDecimal('profile.stopLossTypes.premiumRate', offer.premiumRate);
}

function closeByStop(
  ledger: WalkLedger,
  state: PositionState,
  fill: Decimal,
  premiumRate: Decimal,
  timeMs: number,
  words: string,
): void {
  const { position } = state;
  const notional = ledger.settlementNotional(position, state.size, fill);
  const fee = notional.times(ledger.takerRate);
  const premium = premiumRate.isZero()
    ? ZERO
    : ledger.quoteNotional(position, state.size, fill).times(premiumRate);
  const costs = fee.plus(premium);
  state.stop = 'done';
  state.open = false;
  ledger.events.push({
    timeMs,
    kind: 'stop_filled',
    positions: [position.index],
    price: fill.toFixed(),
    size: state.size.toFixed(),
    amount: costs.toFixed(),
    description: premium.isZero() ? words : `${words}; premium ${premium.toFixed()}`,
  });
  const poolIndex = ledger.account.poolOf[position.index];
  const prices = ledger.fillPrices(position.asset, fill);
  if (poolIndex === null || poolIndex === undefined) {
    ledger.freeCash = ledger.freeCash.plus(legValueAt(state.leg, prices)).minus(costs);
    ledger.freeLegs = ledger.freeLegs.filter((leg) => leg !== state.leg);
    return;
  }
  const poolState = ledger.pools[poolIndex] as PoolState;
  const pool = poolState.pool;
  pool.constant = pool.constant.plus(ledger.legEquityAt(pool, state.leg, prices)).minus(costs);
  pool.legs = pool.legs.filter((leg) => leg !== state.leg);
  if (pool.legs.length === 0) closePool(ledger, poolState, timeMs, ZERO);
}
