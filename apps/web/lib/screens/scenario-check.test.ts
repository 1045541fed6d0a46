import type { ScenarioInput } from '@belowzero/risk-core';
import { defaultScenario } from './default-scenario';
import { checkScenario } from './scenario-check';

describe('the quick check through risk-core', () => {
  it("opens on Binance's WE-1: liquidation at 25,100.40 (binance.com/en/support/faq/25edcd7fe0e544839d0847b8cbb2e400)", () => {
    const check = checkScenario(defaultScenario);
    if (!check.ok) throw new Error(check.error.message);
    // Hand check: LP = (WB + cum - Q*EP) / (Q*MMR - Q) = (500 + 0 - 1000) / (0.02*0.004 - 0.02) = 25,100.4016...
    expect(check.assessment.positions[0]?.liquidationPrice?.startsWith('25100.4016')).toBe(true);
  });

  it('names the field of a bad input', () => {
    const bad: ScenarioInput = {
      ...defaultScenario,
      account: {
        ...defaultScenario.account,
        positions: [{ ...defaultScenario.account.positions[0]!, entryPrice: 'abc' }],
      },
    };
    const check = checkScenario(bad);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.error.field).toBe('account.positions.0.entryPrice');
  });

  it('names the exchange when the slug is unknown', () => {
    const check = checkScenario({ ...defaultScenario, exchange: 'no-such-venue' });
    expect(check.ok ? null : check.error.field).toBe('exchange');
  });
});
