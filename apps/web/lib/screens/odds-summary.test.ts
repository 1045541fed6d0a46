import type { OddsResult } from '@belowzero/risk-core';
import { oddsSummary } from './odds-summary';

const probability = (value: string, paths: number) => ({
  probability: value,
  paths,
  interval: { low: value, high: value, level: '0.95' },
});

function result(liquidation: string, deficit: string, owes: string): OddsResult {
  return {
    liquidation: probability(liquidation, 0),
    deficit: probability(deficit, 0),
    userOwes: probability(owes, 0),
    paths: 20000,
  } as unknown as OddsResult;
}

describe('oddsSummary: the odds in one sentence', () => {
  it('1 in 6 liquidated, 1 in 60 past zero, covered by the venue', () => {
    // 0.1667 -> 1/0.1667 = 6.0; 0.0167 -> 59.9 -> 60.
    expect(oddsSummary(result('0.1667', '0.0167', '0'))).toBe(
      'About 1 in 6 chance of a liquidation; a deficit in about 1 in 60; you would not pay it.',
    );
  });

  it('the user owes where the venue makes users liable', () => {
    expect(oddsSummary(result('0.5', '0.01', '0.01'))).toBe(
      'About 1 in 2 chance of a liquidation; a deficit in about 1 in 100; you would owe money in about 1 in 100.',
    );
  });

  it('nothing happened in any path', () => {
    expect(oddsSummary(result('0', '0', '0'))).toBe(
      'No liquidation in any of the 20,000 paths; no deficit past zero.',
    );
  });
});
