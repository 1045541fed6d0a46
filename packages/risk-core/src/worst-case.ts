/**
 * What the account can lose: as designed (liquidation fills between the liquidation and the
 * bankruptcy price), and in a worst-case gap (WORST_CASE_GAP) after the venue's rules.
 */
import { withPrice } from './account/pool-status.js';
import type { WorstCase } from './assessment.js';
import { Decimal, ZERO } from './decimal.js';
import { type PreparedAccount, accountEquityAt } from './account/account.js';
import { type Prices, legValueAt, poolEquityAt } from './margin/pool.js';
import { WORST_CASE_GAP } from './methodology.js';

/** Equity that can be lost while the venue works as designed (see Assessment.maxLossAsDesigned);
 * `floors` are the pools' poolEquityInfimum, in pool order. */
export function maxLossAsDesigned(
  account: PreparedAccount,
  floors: readonly (Decimal | null)[],
): Decimal {
  const free = account.freeLegs.reduce((t, leg) => t.plus(legValueAt(leg, account.prices)), ZERO);
  return account.pools.reduce((total, pool, index) => {
    const equity = poolEquityAt(pool, account.prices);
    const floor = floors[index] ?? null;
    const keep = floor === null || floor.isNegative() ? ZERO : floor;
    return total.plus(Decimal.max(equity.minus(keep), ZERO));
  }, free);
}

const LONG_FACTOR = new Decimal(WORST_CASE_GAP.longPriceFactor);
const INVERSE_LONG_FACTOR = new Decimal(WORST_CASE_GAP.inverseLongPriceFactor);
const SHORT_FACTOR = new Decimal(WORST_CASE_GAP.shortPriceFactor);

/** The worst-case gap in Decimals: the prices, the sum of every pool's loss past zero, and
 * what the account keeps before anything is owed (free cash, holdings, pools above zero). */
export interface WorstCaseGap {
  prices: Prices;
  deficit: Decimal;
  kept: Decimal;
}

/** Every asset gapped the way that hurts the account most (alone), then all together. */
export function worstCaseGap(account: PreparedAccount): WorstCaseGap {
  let gap: Prices = account.prices;
  const down = (asset: string): Decimal => {
    const inverse = account.scenario.positions.some(
      (p) => p.asset === asset && p.instrument === 'inverse',
    );
    return inverse ? INVERSE_LONG_FACTOR : LONG_FACTOR;
  };
  for (const [asset, price] of account.prices) {
    const lower = withPrice(account.prices, asset, price.times(down(asset)));
    const higher = withPrice(account.prices, asset, price.times(SHORT_FACTOR));
    const worse = accountEquityAt(account, lower).lessThanOrEqualTo(
      accountEquityAt(account, higher),
    )
      ? lower
      : higher;
    gap = withPrice(gap, asset, worse.get(asset) as Decimal);
  }
  const free = account.freeLegs.reduce((t, leg) => t.plus(legValueAt(leg, gap)), account.freeCash);
  let kept = free;
  let deficit = ZERO;
  for (const pool of account.pools) {
    const equity = poolEquityAt(pool, gap);
    if (equity.isNegative()) deficit = deficit.minus(equity);
    else kept = kept.plus(equity);
  }
  return { prices: gap, deficit, kept };
}

/** The gap as reported: the user owes the deficit only when the venue leaves it to them. */
export function worstCaseFigures(gap: WorstCaseGap, userLiable: boolean): WorstCase {
  const userOwes = userLiable ? gap.deficit : ZERO;
  return {
    prices: Object.fromEntries([...gap.prices].map(([asset, price]) => [asset, price.toFixed()])),
    deficit: gap.deficit.toFixed(),
    userOwes: userOwes.toFixed(),
    balance: gap.kept.minus(userOwes).toFixed(),
  };
}
