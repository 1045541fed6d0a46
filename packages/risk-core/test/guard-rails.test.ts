import { Decimal } from '../src/decimal.js';
import { ValidationError } from '../src/errors.js';
import { guardRails } from '../src/guard-rails.js';
import type { PositionInput, ScenarioInput } from '../src/scenario.js';
import { simulate } from '../src/simulate.js';
import { dynProfile } from './fixtures/dyn-profiles.js';

function scenario(position: Partial<PositionInput>): ScenarioInput {
  return {
    schemaVersion: 1,
    exchange: 'dyn-perp',
    account: {
      positions: [
        {
          asset: 'BTC',
          instrument: 'linear',
          side: 'long',
          entryPrice: '10000',
          amount: '1000',
          leverage: '3',
          marginMode: 'isolated',
          ...position,
        },
      ],
    },
  };
}

const liable = dynProfile({
  waterfall: ['remaining_margin'],
  insuranceFund: '0',
  userLiable: true,
});

describe('guardRails', () => {
  it('finds the leverage at which a 20% gap just reaches bankruptcy: 1/(1 - 0.8) = 5x', () => {
    // A linear long at L has BP = EP * (1 - 1/L) (entry = current price, no fees). A gap of
    // 20% fills at 0.8 * EP with no latency or slippage: no deficit iff BP <= 0.8 EP, i.e.
    // L <= 1 / 0.2 = 5. A short gapping +20% gives the same bound: BP = EP(1 + 1/L) >= 1.2 EP.
    for (const side of ['long', 'short'] as const) {
      const rails = guardRails(scenario({ side }), liable, '20');
      expect(rails.maxLeverageWithoutDeficit).toBe('5');
      expect(rails.maxSafeLeverage).toBe('5');
    }
    // Cross-check with the simulator: at 5x the gap leaves nothing owed; at 5.0001x it does.
    const gap = { kind: 'shock' as const, dropPercent: '20', durationMs: 1, steps: 1 };
    expect(simulate(scenario({ leverage: '5' }), liable, gap).userOwes).toBe('0');
    expect(
      new Decimal(simulate(scenario({ leverage: '5.0001' }), liable, gap).userOwes).greaterThan(0),
    ).toBe(true);
  });

  it('lowers the safe leverage when the book is thin (slippage on the forced sale)', () => {
    // Amount 1,000 at L: Q = L / 10 BTC. The forced sale happens at the gapped price 8,000,
    // notional 800 L; depth 100,000 per 1% gives slippage 800 L / 10,000,000 = 0.00008 L.
    // No deficit iff 8,000 * (1 - 0.00008 L) >= BP = 10,000 * (1 - 1/L), i.e.
    // 0.000064 L^2 + 0.2 L - 1 <= 0: L <= (-0.2 + sqrt(0.04 + 0.000256)) / 0.000128 = 4.99202...
    // so the 0.0001 grid gives 4.992.
    const rails = guardRails(
      scenario({}),
      dynProfile({
        waterfall: [],
        insuranceFund: '0',
        userLiable: true,
        depthPerPercent: '100000',
      }),
      '20',
    );
    expect(rails.maxLeverageWithoutDeficit).toBe('4.992');
  });

  it('allows the venue maximum when the venue never passes a deficit to the user', () => {
    const rails = guardRails(scenario({}), dynProfile(), '20');
    expect(rails.userLiable).toBe(false);
    expect(rails.maxLeverageWithoutDeficit).toBe('5');
    expect(rails.maxSafeLeverage).toBe('100');
  });

  it('places the stop so that a 10% gap past it still fills at bankruptcy: BP / 0.9', () => {
    // 10x long at 10,000 (amount 1,000, 1 BTC): BP = 9,000. A market stop at T gapping 10%
    // fills at 0.9 T: safe iff 0.9 T >= 9,000, i.e. T >= 10,000. At 4x: BP = 7,500 -> T >= 8,333.33...
    const tenX = guardRails(scenario({ leverage: '10' }), liable, '10').stops[0];
    expect(tenX?.safeStopPrice).toBe('10000');
    const fourX = guardRails(
      scenario({ leverage: '4', stopLoss: { type: 'market', triggerPrice: '8400' } }),
      liable,
      '10',
    ).stops[0];
    expect(fourX?.safeStopPrice).toBe('8333.3334');
    expect(fourX?.currentStopSafe).toBe(true);
    expect(fourX?.beyondLiquidation).toBe(false);
  });

  it("places a short's stop so that a 10% gap up still fills at bankruptcy: BP / 1.1", () => {
    // 4x short at 10,000: BP = 10,000 * (1 + 1/4) = 12,500. A stop at T gapping +10% fills at
    // 1.1 T: safe iff 1.1 T <= 12,500, i.e. T <= 11,363.6363...; rounded down to 8 digits.
    const rails = guardRails(scenario({ side: 'short', leverage: '4' }), liable, '10').stops[0];
    expect(rails?.safeStopPrice).toBe('11363.636');
    expect(rails?.safeStopDistancePercent).toBe('13.63636');
  });

  it('rejects a gap that is not a percentage between 0 and 100', () => {
    expect(() => guardRails(scenario({}), liable, '100')).toThrow(ValidationError);
    expect(() => guardRails(scenario({}), liable, 'x')).toThrow(ValidationError);
  });
});
