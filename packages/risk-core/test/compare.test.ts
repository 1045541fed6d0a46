import { findProfile } from '../src/profile-data.js';
import { compare } from '../src/compare.js';
import { ValidationError } from '../src/errors.js';
import type { ScenarioInput } from '../src/scenario.js';
import { dynProfile } from './fixtures/dyn-profiles.js';

// Long 1 BTC at 10,000, 10x isolated: M = 1,000, BP = 9,000.
const input: ScenarioInput = {
  schemaVersion: 1,
  exchange: 'dyn-perp',
  account: {
    positions: [
      {
        asset: 'BTC',
        instrument: 'linear',
        side: 'long',
        entryPrice: '10000',
        size: '1',
        leverage: '10',
        marginMode: 'isolated',
      },
    ],
  },
};

describe('compare', () => {
  const protectedVenue = dynProfile({ slug: 'dyn-protected' });
  const liableVenue = dynProfile({
    slug: 'dyn-liable',
    waterfall: ['remaining_margin', 'insurance_fund'],
    insuranceFund: '300',
    userLiable: true,
  });
  // Higher MMR (2%) puts liquidation nearer: LP = 9,000 / 0.98 = 9,183.67 vs 9,045.23.
  const nearLiquidation = dynProfile({ slug: 'dyn-near', mmr: '0.02' });
  const spotOnly = dynProfile({ slug: 'dyn-spot', instruments: ['spot'] });

  it('ranks by the outcome of a gap, then by distance to liquidation, and skips venues without the product', () => {
    // Gap 10,000 -> 8,000: deficit 1,000 everywhere. The liable venue's fund pays 300, the user
    // 700 (balance -700); the others cover it (balance 0). Between those two, the farther
    // liquidation (MMR 0.5%: 9.55% away) ranks before the nearer (MMR 2%: 8.16% away).
    const result = compare(input, [liableVenue, nearLiquidation, spotOnly, protectedVenue], {
      kind: 'points',
      points: [
        { timeMs: 0, price: '10000' },
        { timeMs: 1000, price: '8000' },
      ],
    });
    expect(
      result.ranked.map((entry) => [entry.rank, entry.profileSlug, entry.outcomeBalance]),
    ).toEqual([
      [1, 'dyn-protected', '0'],
      [2, 'dyn-near', '0'],
      [3, 'dyn-liable', '-700'],
    ]);
    expect(result.ranked[2]?.simulation?.deficitPaidBy).toEqual([
      { payer: 'insurance_fund', amount: '300' },
      { payer: 'user', amount: '700' },
    ]);
    expect(result.skipped.map((s) => [s.profileSlug, s.field, s.rule])).toEqual([
      ['dyn-spot', 'account.positions.0.instrument', 'unsupported_instrument'],
    ]);
  });

  it('ranks by the worst-case gap of assess when no path is given', () => {
    const result = compare(input, [liableVenue, protectedVenue]);
    expect(result.ranked.map((entry) => entry.profileSlug)).toEqual([
      'dyn-protected',
      'dyn-liable',
    ]);
    expect(result.ranked[1]?.answer).toBe('USER_LIABLE');
  });

  it('throws on bad input instead of skipping every venue', () => {
    const bad = {
      ...input,
      account: { positions: [{ ...input.account.positions[0]!, entryPrice: '-5' }] },
    };
    expect(() => compare(bad, [protectedVenue])).toThrow(ValidationError);
  });
});

describe('a venue with no answer says why in a sentence', () => {
  it('SOL inverse on Bybit: not listed, with what Bybit does list, and no field path or echoed value', () => {
    const bybit = findProfile('bybit-inverse');
    const result = compare(
      {
        schemaVersion: 1,
        exchange: 'bybit-inverse',
        account: {
          positions: [
            {
              asset: 'SOL',
              instrument: 'inverse',
              side: 'long',
              entryPrice: '150',
              size: '1000',
              leverage: '5',
              marginMode: 'isolated',
            },
          ],
        },
      },
      [bybit],
    );
    const listed = bybit.contracts
      .filter((contract) => contract.instrument === 'inverse')
      .map((contract) => contract.asset)
      .join(', ');
    expect(result.skipped).toEqual([
      expect.objectContaining({
        profileSlug: 'bybit-inverse',
        rule: 'not_listed',
        reason: `Bybit ${bybit.product} does not list a SOL inverse contract; it lists ${listed}.`,
      }),
    ]);
  });
});
