/**
 * Figures derived from a profile (the parsed tier table with its maintenance amounts) are kept
 * per profile object, never per slug: a second profile object with the same slug but a
 * different table must get its own figures, and the first keeps its own afterwards.
 */
import { Decimal, assess, type SafeguardProfile } from '../src/index.js';
import { findProfile } from '../src/profile-data.js';
import { rounded } from './helpers.js';

const input = {
  schemaVersion: 1,
  exchange: 'binance-usdm',
  account: {
    walletBalance: '0',
    positions: [
      {
        asset: 'BTC',
        instrument: 'linear',
        side: 'long',
        entryPrice: '60000',
        size: '0.1',
        leverage: '10',
        marginMode: 'isolated',
      },
    ],
  },
} as const;

/** Binance USDⓈ-M with level 1 of the BTC table at MMR 1% (max 50x) instead of 0.4%. */
function withFirstTierMmr(mmr: string): SafeguardProfile {
  const copy = JSON.parse(JSON.stringify(findProfile('binance-usdm'))) as SafeguardProfile;
  const btc = copy.contracts.find((c) => c.asset === 'BTC' && c.instrument === 'linear')!;
  if (btc.tiers.value === 'unknown') throw new Error('the BTC table is published');
  btc.tiers.value[0] = { ...btc.tiers.value[0]!, mmr, maxLeverage: '50' };
  return copy;
}

// Isolated long, Q = 0.1, EP = 60,000, 10x: M = 6,000 / 10 = 600, notional in level 1 (cum 0).
// Binance: LP = (s*Q*EP - M - cum) / (Q*(s - MMR)) = (6,000 - 600) / (0.1 * (1 - MMR)).
const published = new Decimal(5400).div(new Decimal('0.1').times(new Decimal(1).minus('0.004'))); // 54,216.87
const edited = new Decimal(5400).div(new Decimal('0.1').times(new Decimal(1).minus('0.01'))); // 54,545.45

test('two profile objects with the same slug but different tiers give their own answers', () => {
  const original = findProfile('binance-usdm');
  const changed = withFirstTierMmr('0.01');
  expect(changed.slug).toBe(original.slug);

  const before = assess(input, original).positions[0]!;
  const after = assess(input, changed).positions[0]!;
  const again = assess(input, original).positions[0]!;

  expect(rounded(before.liquidationPrice, 2)).toBe(published.toDecimalPlaces(2).toFixed(2));
  expect(before.tier?.mmr).toBe('0.004');
  expect(rounded(after.liquidationPrice, 2)).toBe(edited.toDecimalPlaces(2).toFixed(2));
  expect(after.tier?.mmr).toBe('0.01');
  expect(after.tier?.maxLeverage).toBe('50');
  expect(again).toEqual(before);
});
