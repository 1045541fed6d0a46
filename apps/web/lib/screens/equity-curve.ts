/**
 * Samples for the crash lab's chart: the account's equity at evenly spaced prices of one
 * asset, each computed by risk-core (accountEquityAt); nothing is derived here.
 */
import {
  Decimal,
  accountEquityAt,
  prepareAccount,
  validateScenario,
  withPrice,
  type Assessment,
  type SafeguardProfile,
  type ScenarioInput,
} from '@belowzero/risk-core';
import type { ChartPoint } from '../../components/EquityChart';

const SAMPLES = 80;

/** The price range worth drawing: down to zero for a long, up to past the last named price. */
export function chartRange(assessment: Assessment, asset: string): { low: Decimal; high: Decimal } {
  const mine = assessment.positions.filter((position) => position.asset === asset);
  const current = new Decimal(mine[0]?.markPrice ?? '0');
  const named = mine.flatMap((position) => [
    position.liquidationPrice,
    position.bankruptcyPrice,
    position.marginCallPrice,
    position.entryPrice,
  ]);
  const highest = named.reduce(
    (top, price) => (price !== null && top.lessThan(price) ? new Decimal(price) : top),
    current,
  );
  const anyLong = mine.some((position) => position.side === 'long');
  return {
    low: anyLong ? new Decimal(0) : current.div(2),
    high: Decimal.max(current.times('1.25'), highest.times('1.1')),
  };
}

export function equityCurve(
  scenario: ScenarioInput,
  profile: SafeguardProfile,
  asset: string,
  low: Decimal,
  high: Decimal,
): ChartPoint[] {
  const account = prepareAccount(validateScenario(scenario, profile), profile);
  const step = high.minus(low).div(SAMPLES);
  return Array.from({ length: SAMPLES + 1 }, (_, index) => {
    const price = low.plus(step.times(index));
    return {
      price: price.toFixed(),
      equity: accountEquityAt(account, withPrice(account.prices, asset, price)).toFixed(),
    };
  });
}
