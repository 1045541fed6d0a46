/**
 * Spot margin (borrowing). Own margin m = Q*EP/L (+ extra margin, held as cash by the pool).
 *   long:  buys Q with m plus a quote loan D = Q*EP - m;   assets Q*P,         liabilities D*(1 + i)
 *   short: borrows Q coins and sells them;                  assets Q*EP + m,   liabilities Q*(1 + i)*P
 * i = hourly interest * holding hours (simple accrual) when borrow interest is switched on.
 * The margin level is assets / liabilities (Binance) or equity / used margin (Kraken). Used
 * margin is m, fixed at entry value, unless the venue holds it in the borrowed asset: then a
 * short's used margin is its Q/L coins at the current price, Q*P/L (Kraken's margin examples).
 * A single long with other cash C is liquidated at P = (level*D - C)/Q and
 * bankrupt at P = (D - C)/Q (docs/design/risk-model.md "Spot margin").
 */
import { type Decimal, ONE, ZERO } from '../decimal.js';
import type { SpotMarginRules, UsedMarginCurrency } from '../profiles/profile.js';
import { type Affine, affine } from '../margin/affine.js';
import type { Leg } from '../margin/pool.js';

export interface SpotMarginLegSpec {
  positionIndex: number;
  asset: string;
  sign: Decimal;
  size: Decimal;
  entryPrice: Decimal;
  leverage: Decimal;
  /** Interest accrued over the holding period as a fraction of the loan (0 when off). */
  interestFraction: Decimal;
  levelDefinition: SpotMarginRules['levelDefinition'];
  usedMarginCurrency: UsedMarginCurrency;
}

/** Own money in the position: Q*EP/L. */
export function spotMarginOwnMargin(
  size: Decimal,
  entryPrice: Decimal,
  leverage: Decimal,
): Decimal {
  return size.times(entryPrice).div(leverage);
}

/** The loan and the interest on it over the holding period (quote for a long, coin for a short). */
export function spotMarginLoan(
  spec: Pick<SpotMarginLegSpec, 'sign' | 'size' | 'entryPrice' | 'leverage' | 'interestFraction'>,
): {
  principal: Decimal;
  interest: Decimal;
} {
  const principal = spec.sign.isPositive()
    ? spec.size
        .times(spec.entryPrice)
        .minus(spotMarginOwnMargin(spec.size, spec.entryPrice, spec.leverage))
    : spec.size;
  return { principal, interest: principal.times(spec.interestFraction) };
}

export function spotMarginLeg(spec: SpotMarginLegSpec): Leg {
  const { sign, size: q, entryPrice: ep, leverage } = spec;
  const own = spotMarginOwnMargin(q, ep, leverage);
  const { principal, interest } = spotMarginLoan(spec);
  const owed = principal.plus(interest);
  const assets: Affine = sign.isPositive() ? affine(ZERO, q) : affine(q.times(ep).plus(own), ZERO);
  const liabilities: Affine = sign.isPositive() ? affine(owed, ZERO) : affine(ZERO, owed);
  const assetsOverLiabilities = spec.levelDefinition === 'assets_over_liabilities';
  const usedMargin =
    spec.usedMarginCurrency === 'borrowed_asset' && !sign.isPositive()
      ? affine(ZERO, q.div(leverage))
      : affine(own, ZERO);
  return {
    positionIndex: spec.positionIndex,
    asset: spec.asset,
    axis: 'price',
    value: assetsOverLiabilities
      ? assets
      : affine(assets.constant.minus(liabilities.constant), assets.slope.minus(liabilities.slope)),
    requirement: () => (assetsOverLiabilities ? liabilities : usedMargin),
    schedule: null,
    measureAt: () => q.times(ONE),
  };
}
