/**
 * Answers on the venue data, and the honest refusals when there is none (issue: venue data).
 * Prices are hand-derived in the comments: isolated linear long, no fees, liquidation where
 * margin + Q x (P - EP) = Q x P x MMR, so P = (Q x EP - M) / (Q x (1 - MMR)).
 */
import { ValidationError, assess, guardRails, type PositionInput } from '../src/index.js';
import { findProfile } from '../src/profile-data.js';
import { rounded } from './helpers.js';

const long = (overrides: Partial<PositionInput>): PositionInput => ({
  asset: 'BTC',
  instrument: 'linear',
  side: 'long',
  entryPrice: '60000',
  size: '0.1',
  leverage: '10',
  marginMode: 'isolated',
  ...overrides,
});

const run = (slug: string, position: PositionInput, today = '2026-12-05') =>
  assess(
    { schemaVersion: 1, exchange: slug, account: { positions: [position] } },
    findProfile(slug),
    { today },
  );

function refusal(slug: string, position: PositionInput): ValidationError {
  try {
    run(slug, position);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('not refused');
}

test('OKX counts its tiers in contracts of 0.01 BTC: 0.1 BTC = 10 contracts, tier 1 (MMR 0.4%)', () => {
  // M = 6,000 / 10 = 600; P = (6,000 - 600) / (0.1 x 0.996) = 54,216.87
  const figures = run('okx-perp', long({})).positions[0]!;
  expect(rounded(figures.liquidationPrice, 2)).toBe('54216.87');
  // 6 BTC = 600 contracts, past the recorded tier 1 (500 contracts): refused, not guessed.
  expect(refusal('okx-perp', long({ size: '6', leverage: '5' })).rule).toBe('within_range');
});

describe("the user's own maintenance figure", () => {
  const eth = long({ asset: 'ETH', entryPrice: '3000', size: '1', leverage: '5' });

  test('Bybit lists ETHUSDT but belowzero holds no table: refused with the way forward', () => {
    const error = refusal('bybit-linear', eth);
    expect(error).toMatchObject({
      field: 'account.positions.0.asset',
      rule: 'needs_margin_figure',
    });
    expect(error.message).toContain('enter the maintenance margin rate your exchange shows');
  });

  test('with the rate the exchange shows (0.5%) it answers, and says whose figure it used', () => {
    // Bybit linear values maintenance on the ENTRY notional (its profile's maintenanceBasis):
    // MM = 3,000 x 0.5% = 15, M = 3,000 / 5 = 600; P = 3,000 - (600 - 15) / 1 = 2,415
    const result = run('bybit-linear', { ...eth, maintenanceMarginRate: '0.005' });
    expect(rounded(result.positions[0]?.liquidationPrice, 2)).toBe('2415.00');
    expect(result.warnings.map((w) => w.code)).toContain('USER_MARGIN_FIGURE');
  });

  test('a maintenance amount lowers the requirement: 0.5% less 3 USDT moves the price to 2,412', () => {
    // MM = 15 - 3 = 12; P = 3,000 - (600 - 12) = 2,412
    const result = run('bybit-linear', {
      ...eth,
      maintenanceMarginRate: '0.005',
      maintenanceAmount: '3',
    });
    expect(rounded(result.positions[0]?.liquidationPrice, 2)).toBe('2412.00');
  });

  test("the user's rate is no tier of the venue's: no 'close to the tier maximum' warning at 5x", () => {
    const result = run('bybit-linear', { ...eth, maintenanceMarginRate: '0.005' });
    expect(result.warnings.map((w) => w.code)).not.toContain('LEVERAGE_NEAR_TIER_MAX');
  });

  test("where the venue's table is known, its highest leverage still bounds the position", () => {
    // Binance BTCUSDT's first bracket allows 150x (recorded 2026-07-02).
    const withRate = long({ maintenanceMarginRate: '0.004' });
    const scenario = {
      schemaVersion: 1,
      exchange: 'binance-usdm',
      account: { positions: [withRate] },
    };
    expect(guardRails(scenario, findProfile('binance-usdm'), '20').venueMaxLeverage).toBe('150');
    expect(refusal('binance-usdm', { ...withRate, leverage: '200' }).rule).toBe(
      'leverage_within_bracket',
    );
  });

  test('bad figures name their field', () => {
    expect(refusal('bybit-linear', { ...eth, maintenanceMarginRate: '1.5' })).toMatchObject({
      field: 'account.positions.0.maintenanceMarginRate',
      rule: 'within_range',
    });
    expect(refusal('bybit-linear', { ...eth, maintenanceAmount: '3' })).toMatchObject({
      field: 'account.positions.0.maintenanceAmount',
      rule: 'consistent',
    });
  });
});

test("a contract the venue's complete listing lacks: 'not listed', with what it does list", () => {
  const error = refusal(
    'bybit-inverse',
    long({ asset: 'SOL', instrument: 'inverse', size: '500', entryPrice: '150' }),
  );
  expect(error.rule).toBe('not_listed');
  expect(error.message).toContain('it lists BTC, ETH, XRP');
});

test('an asset absent from a partial listing: no record, and the way forward', () => {
  const error = refusal(
    'hyperliquid',
    long({ asset: 'AVAX', entryPrice: '30', size: '10', leverage: '3' }),
  );
  expect(error.rule).toBe('needs_margin_figure');
  expect(error.message).toContain(
    'belowzero has no record of a AVAX linear contract on Hyperliquid',
  );
});

test('tiers older than 30 days are flagged with their date; fresh ones are not', () => {
  // Binance's BTCUSDT brackets were recorded on 2026-07-02: 156 days before 2026-12-05.
  const stale = run('binance-usdm', long({})).warnings.find((w) => w.code === 'VENUE_DATA_STALE');
  expect(stale?.message).toContain('from 2026-07-02 (156 days old)');
  const fresh = run('binance-usdm', long({}), '2026-07-20').warnings;
  expect(fresh.some((w) => w.code === 'VENUE_DATA_STALE')).toBe(false);
});

test('a later read that found the same tables restarts the 30 days, and the warning says so', () => {
  const stale = (today: string, venueCheckedOn?: string) =>
    assess(
      { schemaVersion: 1, exchange: 'binance-usdm', account: { positions: [long({})] } },
      findProfile('binance-usdm'),
      { today, venueCheckedOn },
    ).warnings.find((w) => w.code === 'VENUE_DATA_STALE');
  // Confirmed on 2026-11-20: 15 days before 2026-12-05, so not stale.
  expect(stale('2026-12-05', '2026-11-20')).toBeUndefined();
  // Confirmed on 2026-10-01: 65 days before 2026-12-05 (30 + 30 + 5).
  expect(stale('2026-12-05', '2026-10-01')?.message).toContain(
    'from 2026-07-02, last confirmed on 2026-10-01 (65 days ago)',
  );
  // A check dated before the tables themselves does not make them older.
  expect(stale('2026-12-05', '2026-06-01')?.message).toContain('from 2026-07-02 (156 days old)');
});
