import type { ScenarioInput } from '@belowzero/risk-core';
import { decodeScenario, encodeScenario, scenarioHref } from './scenario-url';

// Binance USDⓈ-M worked example WE-1 (binance.com/en/support/faq/25edcd7fe0e544839d0847b8cbb2e400):
// wallet 500 USDT, long 0.02 BTC @ 50,000, 20x, cross.
const we1: ScenarioInput = {
  schemaVersion: 1,
  exchange: 'binance-usdm',
  account: {
    walletBalance: '500',
    positions: [
      {
        asset: 'BTC',
        instrument: 'linear',
        side: 'long',
        entryPrice: '50000',
        size: '0.02',
        leverage: '20',
        marginMode: 'cross',
      },
    ],
  },
};

describe('scenario in the URL', () => {
  it('round-trips every figure as the exact string typed', () => {
    const precise: ScenarioInput = {
      ...we1,
      account: { ...we1.account, walletBalance: '12345678901234.123456789012345678' },
    };
    expect(decodeScenario(encodeScenario(precise))).toEqual(precise);
  });

  it('is URL-safe: no +, / or = that a query string would mangle', () => {
    // A title-like asset with non-ASCII text exercises the UTF-8 path too.
    const text = encodeScenario({
      ...we1,
      account: { ...we1.account, holdings: [{ asset: 'ÜSD€', quantity: '1', price: '1' }] },
    });
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeScenario(text)?.account.holdings?.[0]?.asset).toBe('ÜSD€');
  });

  it('rejects a truncated or foreign parameter instead of throwing', () => {
    const text = encodeScenario(we1);
    expect(decodeScenario(text.slice(0, text.length - 7))).toBeNull();
    expect(decodeScenario('not-a-scenario')).toBeNull();
    expect(decodeScenario(Buffer.from('{"exchange":"x"}').toString('base64url'))).toBeNull();
    expect(decodeScenario(null)).toBeNull();
  });

  it('builds a link for another screen with the same scenario', () => {
    const href = scenarioHref('/crash', we1);
    expect(href.startsWith('/crash?s=')).toBe(true);
    expect(decodeScenario(new URLSearchParams(href.split('?')[1]).get('s'))).toEqual(we1);
  });
});
