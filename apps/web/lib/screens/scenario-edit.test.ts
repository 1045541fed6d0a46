import type { ScenarioInput } from '@belowzero/risk-core';
import {
  addPosition,
  removePosition,
  sizingOf,
  withAdds,
  withMaintenanceRate,
  withOptional,
  withSizing,
  withStopLoss,
} from './scenario-edit';

const base: ScenarioInput = {
  schemaVersion: 1,
  exchange: 'bybit-usdt',
  account: {
    positions: [
      {
        asset: 'BTC',
        instrument: 'linear',
        side: 'long',
        entryPrice: '20000',
        size: '1',
        leverage: '50',
        marginMode: 'isolated',
      },
    ],
  },
};

describe('form edits of a scenario', () => {
  it('switches size to amount converting the figure, and never sends both', () => {
    // 1 BTC at 20,000 with 50x is 20,000 / 50 = 400 invested: the figure keeps its meaning.
    const { scenario: next, converted } = withSizing(base, 0, 'amount');
    const position = next.account.positions[0]!;
    expect(converted).toBe(true);
    expect(position.amount).toBe('400');
    expect('size' in position).toBe(false);
    expect(sizingOf(position)).toBe('amount');
    // Without an entry price there is nothing to convert: the figure is cleared.
    const unpriced = structuredClone(base);
    unpriced.account.positions[0]!.entryPrice = '';
    const cleared = withSizing(unpriced, 0, 'amount');
    expect(cleared.converted).toBe(false);
    expect(cleared.scenario.account.positions[0]!.amount).toBe('');
    expect(base.account.positions[0]!.size).toBe('1'); // the original is untouched
  });

  it('adds and removes a stop-loss and optional prices', () => {
    const withStop = withStopLoss(base, 0, { type: 'market', triggerPrice: '19000' });
    expect(withStop.account.positions[0]!.stopLoss).toEqual({
      type: 'market',
      triggerPrice: '19000',
    });
    expect('stopLoss' in withStopLoss(withStop, 0, undefined).account.positions[0]!).toBe(false);
    const marked = withOptional(base, 0, 'markPrice', '19500');
    expect(marked.account.positions[0]!.markPrice).toBe('19500');
    expect('markPrice' in withOptional(marked, 0, 'markPrice', '').account.positions[0]!).toBe(
      false,
    );
  });

  it("keeps the user's own maintenance amount only beside their own rate", () => {
    const rated = withOptional(withMaintenanceRate(base, 0, '0.005'), 0, 'maintenanceAmount', '5');
    expect(rated.account.positions[0]).toMatchObject({
      maintenanceMarginRate: '0.005',
      maintenanceAmount: '5',
    });
    const cleared = withMaintenanceRate(rated, 0, '').account.positions[0]!;
    expect('maintenanceMarginRate' in cleared).toBe(false);
    expect('maintenanceAmount' in cleared).toBe(false);
  });

  it('adds and removes positions of a portfolio', () => {
    const two = addPosition(base, { ...base.account.positions[0]!, asset: 'ETH' });
    expect(two.account.positions.map((p) => p.asset)).toEqual(['BTC', 'ETH']);
    expect(removePosition(two, 0).account.positions.map((p) => p.asset)).toEqual(['ETH']);
  });

  it('adds fills to average into a position and removes them all', () => {
    const averaged = withAdds(base, 0, [{ price: '18000', size: '1' }]);
    expect(averaged.account.positions[0]!.adds).toEqual([{ price: '18000', size: '1' }]);
    expect('adds' in withAdds(averaged, 0, []).account.positions[0]!).toBe(false);
  });
});
