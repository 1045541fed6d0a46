/**
 * The plain-language reason names the riskiest position (threshold nearest the current price)
 * with its rounded prices, the tier used and the worst-case gap. Figures worked by hand.
 */
import { assess, type PositionInput } from '../src/index.js';
import { binanceUsdm } from './fixtures/profiles.js';

const position = (side: 'long' | 'short', size: string, leverage: string): PositionInput => ({
  asset: 'BTC',
  instrument: 'linear',
  side,
  entryPrice: '40000',
  size,
  leverage,
  marginMode: 'isolated',
});

describe('reason', () => {
  // Long 0.1 BTC at 40,000, 10x: M = 400, LP = 3,600 / 0.0996 = 36,144.58 (-9.64% away).
  // Short 0.05 BTC at 40,000, 50x: M = 2,000 / 50 = 40 (tier 1: MMR 0.4%, cum 0, max 125x),
  //   LP = (-2,000 - 40) / (0.05 * (-1 - 0.004)) = 2,040 / 0.0502 = 40,637.450199... (+1.59%),
  //   BP = 40,000 + 40 / 0.05 = 40,800.
  // Worst-case gap: BTC at 0 leaves 400 - 4,000 = -3,600 (long) + 40 + 2,000 = 2,040 (short);
  //   BTC at 120,000 leaves 8,400 - 3,960 = 4,440: the fall is worse, its deficit is 3,600.
  const result = assess(
    {
      schemaVersion: 1,
      exchange: binanceUsdm.slug,
      account: { positions: [position('long', '0.1', '10'), position('short', '0.05', '50')] },
    },
    binanceUsdm,
  );

  it('names the position nearest its liquidation, with prices rounded to cents', () => {
    expect(result.reason).toContain(
      'Your BTC linear short (isolated) is liquidated at 40637.45 and its margin is exhausted at 40800 (bankruptcy price)',
    );
  });

  it('gives the tier at the liquidation price in percent and the maintenance amount', () => {
    expect(result.reason).toContain(
      'Tier used: level 1 (maintenance rate 0.4%, maintenance amount 0 USDT, max 125x)',
    );
  });

  it('gives the worst-case gap and the loss past zero in it', () => {
    expect(result.reason).toContain(
      'In a gap straight to BTC at 0 the loss past zero would be 3600 USDT.',
    );
    expect(result.worstCase.deficit).toBe('3600');
  });
});
