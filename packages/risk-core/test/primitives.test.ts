/**
 * The lower-level primitives the simulator builds on, checked against hand derivations.
 */
import {
  Decimal,
  accountEquityAt,
  prepareAccount,
  validateScenario,
  withPrice,
  type PositionInput,
  type SafeguardProfile,
} from '../src/index.js';
import { deficitAtFill, poolStatusAt } from '../src/account/pool-status.js';
import { maintenanceAt } from '../src/account/account.js';
import { binanceCoinm, binanceSpotMargin, binanceUsdm } from './fixtures/profiles.js';
import { rounded } from './helpers.js';

function prepared(positions: PositionInput[], profile: SafeguardProfile, walletBalance = '0') {
  return prepareAccount(
    validateScenario(
      { schemaVersion: 1, exchange: 'x', account: { walletBalance, positions } },
      profile,
    ),
    profile,
  );
}

describe('account primitives', () => {
  // Cross: wallet 1,000 + BTC long 0.1 at 40,000 10x (IM 400) + ETH short 1 at 2,000 10x (IM 200): WB 1,600.
  const cross = prepared(
    [
      {
        asset: 'BTC',
        instrument: 'linear',
        side: 'long',
        entryPrice: '40000',
        size: '0.1',
        leverage: '10',
        marginMode: 'cross',
      },
      {
        asset: 'ETH',
        instrument: 'linear',
        side: 'short',
        entryPrice: '2000',
        size: '1',
        leverage: '10',
        marginMode: 'cross',
      },
    ],
    binanceUsdm,
    '1000',
  );

  it('maintenanceAt: 4,000 * 0.4% + 2,000 * 1% = 36 at entry; at BTC 60,000 the BTC notional 6,000 gives 24 + 20 = 44', () => {
    expect(maintenanceAt(cross, cross.prices).toFixed()).toBe('36');
    expect(maintenanceAt(cross, withPrice(cross.prices, 'BTC', new Decimal(60000))).toFixed()).toBe(
      '44',
    );
  });

  it('accountEquityAt: 1,600 + 0.1 * (30,000 - 40,000) - 1 * (2,500 - 2,000) = 100', () => {
    const prices = withPrice(
      withPrice(cross.prices, 'BTC', new Decimal(30000)),
      'ETH',
      new Decimal(2500),
    );
    expect(accountEquityAt(cross, prices).toFixed()).toBe('100');
  });

  it('poolStatusAt: margin ratio 36 / 1,600 = 2.25%; at BTC 25,000 and ETH 2,500 the pool is past liquidation', () => {
    const pool = cross.pools[0];
    if (pool === undefined) throw new Error('no pool');
    expect(poolStatusAt(pool, cross.prices).marginRatio?.toFixed()).toBe('0.0225');
    // Equity 1,600 - 1,500 - 500 = -400 < maintenance: liquidatable, and negative.
    const status = poolStatusAt(
      pool,
      withPrice(withPrice(cross.prices, 'BTC', new Decimal(25000)), 'ETH', new Decimal(2500)),
    );
    expect(status.equity.toFixed()).toBe('-400');
    expect(status.liquidatable).toBe(true);
  });

  it('deficitAtFill, inverse: 10x long 10,000 USD at 20,000 (M = 0.05 BTC) filled at 15,000 -> V*(1/15,000 - 1/BP) = 0.116667 BTC', () => {
    // 1/BP = 1/20,000 + 0.05/10,000 = 0.000055; 10,000 * (0.0000666... - 0.000055) = 0.11666...
    const account = prepared(
      [
        {
          asset: 'BTC',
          instrument: 'inverse',
          side: 'long',
          entryPrice: '20000',
          size: '10000',
          leverage: '10',
          marginMode: 'isolated',
        },
      ],
      binanceCoinm,
    );
    expect(rounded(deficitAtFill(account, 0, new Decimal(15000)).toFixed(), 6)).toBe('0.116667');
    expect(deficitAtFill(account, 0, new Decimal(19000)).toFixed()).toBe('0'); // above BP 18,181.82: no deficit
  });

  it('deficitAtFill, spot margin: loan 20,000 against 1 BTC sold at 15,000 leaves L - A = 5,000', () => {
    const account = prepared(
      [
        {
          asset: 'BTC',
          instrument: 'spot_margin',
          side: 'long',
          entryPrice: '30000',
          amount: '10000',
          leverage: '3',
          marginMode: 'cross',
        },
      ],
      binanceSpotMargin,
    );
    expect(deficitAtFill(account, 0, new Decimal(15000)).toFixed()).toBe('5000');
  });
});
