/**
 * Hand-derived figures for every instrument and margin mode. Each derivation is written out
 * in the comment; the expected numbers were worked by hand from it, not read from the code.
 */
import {
  assess,
  type PositionInput,
  type SafeguardProfile,
  type ScenarioInput,
  convertedSizing,
} from '../src/index.js';
import { sourced } from './fixtures/profiles.js';
import {
  binanceCoinm,
  binanceSpotMargin,
  binanceUsdm,
  bybitLinear,
  deribitLinear,
  fcmLinear,
  krakenSpotMargin,
} from './fixtures/profiles.js';
import { rounded } from './helpers.js';

function run(
  positions: PositionInput[],
  profile: SafeguardProfile,
  walletBalance = '0',
  costs?: ScenarioInput['account']['costs'],
) {
  return assess(
    {
      schemaVersion: 1,
      exchange: profile.slug,
      account: { walletBalance, positions, ...(costs ? { costs } : {}) },
    },
    profile,
  );
}

const btcLong = (
  size: string,
  entryPrice: string,
  leverage: string,
  extra: Partial<PositionInput> = {},
): PositionInput => ({
  asset: 'BTC',
  instrument: 'linear',
  side: 'long',
  entryPrice,
  size,
  leverage,
  marginMode: 'isolated',
  ...extra,
});

describe('linear, isolated, mark-notional maintenance (Binance-like)', () => {
  // 0.1 BTC at 40,000, 10x: M = 4,000 / 10 = 400; notional 4,000 -> tier 1 (MMR 0.4%, cum 0).
  it('long: LP = (Q*EP - M - cum) / (Q*(1 - MMR)) = 3,600 / 0.0996 = 36,144.58; BP = 40,000 - 400/0.1 = 36,000', () => {
    const [p] = run([btcLong('0.1', '40000', '10')], binanceUsdm).positions;
    expect(rounded(p?.liquidationPrice, 2)).toBe('36144.58');
    expect(p?.bankruptcyPrice).toBe('36000');
    // Margin call at maintenance / equity = 0.8: 400 + 0.1*(P - 40,000) = 1.25 * 0.1 * P * 0.004
    // -> 0.0995 P = 3,600 -> P = 36,180.90.
    expect(rounded(p?.marginCallPrice, 2)).toBe('36180.90');
    // (36,144.578 - 40,000) / 40,000 = -9.6386%.
    expect(rounded(p?.liquidationDistancePercent, 4)).toBe('-9.6386');
    expect(p?.initialMargin).toBe('400');
    expect(p?.maintenanceMargin).toBe('16'); // 4,000 * 0.4%
    expect(p?.marginRatio).toBe('0.04'); // 16 / 400
  });

  it('short: LP = (-Q*EP - M - cum) / (Q*(-1 - MMR)) = 4,400 / 0.1004 = 43,824.70; BP = 44,000', () => {
    const [p] = run([btcLong('0.1', '40000', '10', { side: 'short' })], binanceUsdm).positions;
    expect(rounded(p?.liquidationPrice, 2)).toBe('43824.70');
    expect(p?.bankruptcyPrice).toBe('44000');
  });

  it('uses the tier of the notional AT the liquidation price, re-solving in the neighbouring bracket', () => {
    // 26 BTC at 10,000 = 260,000 USDT: tier 3 at entry (MMR 1%, cum 1,300), 10x -> M = 26,000.
    // Tier 3: LP = (260,000 - 26,000 - 1,300) / (26 * 0.99) = 9,040.21 -> notional 235,045 < 250,000: tier 2.
    // Tier 2 (MMR 0.5%, cum 50): LP = (260,000 - 26,000 - 50) / (26 * 0.995) = 233,950 / 25.87 = 9,043.29,
    // notional 235,126 -> tier 2: consistent.
    const [p] = run([btcLong('26', '10000', '10')], binanceUsdm).positions;
    expect(p?.entryTier?.index).toBe(2);
    expect(p?.tier?.index).toBe(1);
    expect(p?.tier?.cum).toBe('50');
    expect(rounded(p?.liquidationPrice, 2)).toBe('9043.29');
  });

  it('averages in with adds (quantity-weighted): 1 at 100 + 1 at 200 -> EP 150', () => {
    const [p] = run(
      [{ ...btcLong('1', '100', '2'), adds: [{ price: '200', size: '1' }] }],
      binanceUsdm,
    ).positions;
    expect(p?.entryPrice).toBe('150');
    expect(p?.size).toBe('2');
    // M = 2 * 150 / 2 = 150; LP = (300 - 150) / (2 * 0.996) = 75.301...
    expect(rounded(p?.liquidationPrice, 3)).toBe('75.301');
  });

  it('a 1x long cannot go negative: its bankruptcy price is 0', () => {
    const result = run([btcLong('0.1', '40000', '1')], binanceUsdm);
    expect(result.answer).toBe('CANNOT_GO_NEGATIVE');
    expect(result.positions[0]?.liquidationPrice).toBeNull(); // (4,000 - 4,000 - 0) / (0.1 * 0.996) = 0: no positive price
  });
});

describe('linear, entry-notional maintenance with the fee to close inside (Bybit-like)', () => {
  it('fees on: 400 + (P - 20,000) = 100 + 0.00055 P -> P = 19,700 / 0.99945 = 19,710.84; fees moved LP by 10.84', () => {
    const result = run([btcLong('1', '20000', '50')], bybitLinear, '0', { tradingFees: true });
    const p = result.positions[0];
    expect(rounded(p?.liquidationPrice, 2)).toBe('19710.84');
    expect(rounded(p?.costsImpact.tradingFees, 2)).toBe('10.84');
    expect(p?.costs.openingFee).toBe('11'); // 20,000 * 0.055%
    expect(p?.formula.name).toBe('linear_entry_notional');
  });
});

describe('linear, cross (Binance WB - TMM1 + UPNL1 form)', () => {
  // Wallet 1,000 + initial margins 400 (BTC 0.1 at 40,000, 10x) + 200 (ETH short 1 at 2,000, 10x): WB = 1,600.
  // ETH uses the '*' table: notional 2,000 -> MMR 1%, cum 0.
  const positions: PositionInput[] = [
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
  ];
  it('BTC with ETH at 2,000: TMM1 = 20, UPNL1 = 0 -> LP = (1,600 - 20 - 4,000) / (0.1*0.004 - 0.1) = 24,297.19', () => {
    const result = run(positions, binanceUsdm, '1000');
    expect(rounded(result.positions[0]?.liquidationPrice, 2)).toBe('24297.19');
    // ETH with BTC at 40,000: TMM1 = 16 -> LP = (1,600 - 16 + 2,000) / (0.01 + 1) = 3,548.51.
    expect(rounded(result.positions[1]?.liquidationPrice, 2)).toBe('3548.51');
    expect(result.positions[0]?.formula.text).toContain('WB - TMM1 + UPNL1');
  });
  it('holds the other positions at their CURRENT prices: BTC marked at 38,000 -> ETH LP 3,351.29', () => {
    // UPNL1 = 0.1 * (38,000 - 40,000) = -200, TMM1 = 3,800 * 0.4% = 15.2:
    // LP = (1,600 - 15.2 - 200 + 2,000) / 1.01 = 3,384.8 / 1.01 = 3,351.29.
    const marked = [
      { ...positions[0], markPrice: '38000' } as PositionInput,
      positions[1] as PositionInput,
    ];
    expect(rounded(run(marked, binanceUsdm, '1000').positions[1]?.liquidationPrice, 2)).toBe(
      '3351.29',
    );
  });
});

describe('inverse (coin-margined), COIN-M-like', () => {
  const inverse = (
    side: 'long' | 'short',
    leverage: string,
    extra: Partial<PositionInput> = {},
  ): PositionInput => ({
    asset: 'BTC',
    instrument: 'inverse',
    side,
    entryPrice: '20000',
    size: '10000',
    leverage,
    marginMode: 'isolated',
    ...extra,
  });
  it('1x long is liquidated near HALF the entry: LP = V(1 + MMR)/(M + V/EP) = 10,040 / 1 = 10,040; BP = 10,000', () => {
    // V = 10,000 USD, EP = 20,000, M = V/EP/1 = 0.5 BTC; coin notional at 10,040 = 0.996 BTC -> tier 1 (0.4%).
    // 1/BP = 1/20,000 + 0.5/10,000 = 0.0001.
    const result = run([inverse('long', '1')], binanceCoinm);
    const p = result.positions[0];
    expect(p?.liquidationPrice).toBe('10040');
    expect(p?.bankruptcyPrice).toBe('10000');
    expect(result.answer).toBe('PROTECTED');
    expect(result.settlementAsset).toBe('BTC');
  });
  it('1x short has no liquidation or bankruptcy price: M - V/EP = 0, it is fully hedged', () => {
    const result = run([inverse('short', '1')], binanceCoinm);
    expect(result.positions[0]?.liquidationPrice).toBeNull();
    expect(result.positions[0]?.bankruptcyPrice).toBeNull();
    expect(result.answer).toBe('CANNOT_GO_NEGATIVE');
  });
  it('10x short: LP = V(MMR - 1)/(M - V/EP) = -9,960 / -0.45 = 22,133.33; 1/BP = 1/EP - M/V -> BP = 22,222.22', () => {
    const p = run([inverse('short', '10')], binanceCoinm).positions[0];
    expect(rounded(p?.liquidationPrice, 2)).toBe('22133.33');
    expect(rounded(p?.bankruptcyPrice, 2)).toBe('22222.22');
  });
  it('averages in harmonically: 10,000 USD at 20,000 + 10,000 USD at 40,000 -> EP = 20,000 / 0.75 = 26,666.67', () => {
    const p = run(
      [inverse('long', '2', { adds: [{ price: '40000', size: '10000' }] })],
      binanceCoinm,
    ).positions[0];
    expect(rounded(p?.entryPrice, 2)).toBe('26666.67');
  });
});

describe('spot', () => {
  it('cannot go negative; worst case = the amount invested', () => {
    const result = assess(
      {
        schemaVersion: 1,
        exchange: 'x',
        account: {
          holdings: [{ asset: 'USDT', quantity: '1000', price: '1' }],
          positions: [
            {
              asset: 'BTC',
              instrument: 'spot',
              side: 'long',
              entryPrice: '30000',
              size: '2',
              leverage: '1',
              marginMode: 'cross',
            },
          ],
        },
      },
      binanceSpotMargin,
    );
    expect(result.answer).toBe('CANNOT_GO_NEGATIVE');
    expect(result.maxLossAsDesigned).toBe('60000'); // 2 * 30,000
    expect(result.worstCase.balance).toBe('1000'); // BTC at 0, the USDT stays
    expect(result.positions[0]?.liquidationPrice).toBeNull();
  });
});

describe('spot margin, assets / liabilities (Binance-like, liquidation 1.1, call 1.3)', () => {
  // Long: 10,000 own at 3x and 30,000 -> Q = 1 BTC, loan D = 20,000.
  const long: PositionInput = {
    asset: 'BTC',
    instrument: 'spot_margin',
    side: 'long',
    entryPrice: '30000',
    amount: '10000',
    leverage: '3',
    marginMode: 'cross',
  };
  it('long: LP = 1.1 * 20,000 / 1 = 22,000; BP = 20,000; call = 1.3 * 20,000 = 26,000; level 30,000/20,000 = 1.5', () => {
    const result = run([long], binanceSpotMargin);
    const p = result.positions[0];
    expect(p?.liquidationPrice).toBe('22000');
    expect(p?.bankruptcyPrice).toBe('20000');
    expect(p?.marginCallPrice).toBe('26000');
    expect(p?.marginLevel).toBe('1.5');
    expect(p?.maintenanceMargin).toBe('2000'); // (1.1 - 1) * 20,000
    expect(result.answer).toBe('USER_LIABLE'); // the venue does not publish who pays
    expect(result.reason).toContain('does not publish');
  });
  it('borrow interest: 100 h at 0.001%/h = 0.1% on 20,000 = 20 -> LP = 1.1 * 20,020 = 22,022 (moved by 22)', () => {
    const result = run([long], binanceSpotMargin, '0', {
      tradingFees: false,
      borrowInterest: true,
      holdingHours: '100',
    });
    expect(result.positions[0]?.liquidationPrice).toBe('22022');
    expect(result.positions[0]?.costsImpact.borrowInterest).toBe('22');
    expect(result.positions[0]?.costs.borrowInterest).toBe('20');
  });
  it('short: assets 30,000 + 10,000 = 40,000 vs 1 BTC owed: LP = 40,000 / 1.1 = 36,363.64; BP = 40,000', () => {
    const p = run([{ ...long, side: 'short' }], binanceSpotMargin).positions[0];
    expect(rounded(p?.liquidationPrice, 2)).toBe('36363.64');
    expect(p?.bankruptcyPrice).toBe('40000');
    expect(rounded(p?.marginCallPrice, 2)).toBe('30769.23'); // 40,000 / 1.3
  });
});

describe('costs: funding over the holding period', () => {
  it('0.01% per 8 h over 24 h = 3 intervals * 0.01% * 4,000 = 1.2 USDT from the margin -> LP moves by 1.2/0.0996 = 12.05', () => {
    const p = run([btcLong('0.1', '40000', '10')], binanceUsdm, '0', {
      tradingFees: false,
      fundingRatePerInterval: '0.0001',
      fundingIntervalHours: '8',
      holdingHours: '24',
    }).positions[0];
    expect(p?.costs.funding).toBe('1.2');
    expect(rounded(p?.costsImpact.funding, 2)).toBe('12.05');
    expect(rounded(p?.liquidationPrice, 2)).toBe('36156.63'); // 3,601.2 / 0.0996
  });
});

describe('worst case, max loss and warnings', () => {
  it('10x long, 1,000 free: gap to 0 leaves a 3,600 deficit that the venue covers; as designed at most the 400 margin is lost', () => {
    // Pool equity at 0: 400 + 0.1 * (0 - 40,000) = -3,600.
    const result = run([btcLong('0.1', '40000', '10')], binanceUsdm, '1000');
    expect(result.answer).toBe('PROTECTED');
    expect(result.worstCase.deficit).toBe('3600');
    expect(result.worstCase.userOwes).toBe('0');
    expect(result.worstCase.balance).toBe('1000');
    expect(result.maxLossAsDesigned).toBe('400');
    expect(result.account.equity).toBe('1400');
  });
  it('stop-loss beyond the liquidation price and leverage near the tier maximum are flagged', () => {
    const result = run(
      [btcLong('0.1', '40000', '120', { stopLoss: { type: 'market', triggerPrice: '39000' } })],
      binanceUsdm,
    );
    // 120x: M = 33.33..., LP = (4,000 - 33.33) / 0.0996 = 39,826.6 > stop 39,000.
    const codes = result.warnings.map((w) => w.code);
    expect(codes).toContain('STOP_BEYOND_LIQUIDATION');
    expect(codes).toContain('LEVERAGE_NEAR_TIER_MAX');
    expect(result.warnings.find((w) => w.code === 'STOP_BEYOND_LIQUIDATION')?.field).toBe(
      'account.positions.0.stopLoss.triggerPrice',
    );
  });
  it('results carry the methodology version and the profile identity', () => {
    const result = run([btcLong('0.1', '40000', '10')], binanceUsdm);
    expect(result.methodologyVersion).toBe('1.1.0');
    expect(result.profileSlug).toBe('test-binance-usdm');
    expect(result.asOf).toBe('2026-11-24');
    expect(result.profileVersion).toBe(1);
    expect(result.reason).toContain('level 1');
    expect(result.reason).toContain('LP = (s*Q*EP - M - cum)');
  });
});

describe('the answer follows the profile data', () => {
  it('USER_LIABLE on a venue whose terms leave the customer owing: 1,000 free - 3,600 deficit = -2,600', () => {
    const result = run([btcLong('0.1', '40000', '10')], fcmLinear, '1000');
    expect(result.answer).toBe('USER_LIABLE');
    expect(result.worstCase.userOwes).toBe('3600');
    expect(result.worstCase.balance).toBe('-2600');
  });
  it('SOCIALIZED where the waterfall ends in a socialised loss', () => {
    const result = run([{ ...btcLong('1', '100000', '10'), marginMode: 'cross' }], deribitLinear);
    expect(result.answer).toBe('SOCIALIZED');
    expect(result.reason).toContain('socialised loss');
  });
  it('a 1x short can still go negative: the gap to 3x the price leaves 4,000 - 0.1 * 80,000 = -4,000', () => {
    const result = run([btcLong('0.1', '40000', '1', { side: 'short' })], binanceUsdm);
    expect(result.answer).toBe('PROTECTED');
    expect(result.worstCase.prices).toEqual({ BTC: '120000' });
    expect(result.worstCase.deficit).toBe('4000');
  });
});

describe('whole-position tiers (BitMEX/OKX rule): MM = notional * MMR, no deduction', () => {
  const jumpy: SafeguardProfile = {
    ...binanceUsdm,
    slug: 'test-whole-position',
    contracts: [
      {
        asset: 'BTC',
        instrument: 'linear',
        tierRule: 'whole_position',
        tiers: sourced([
          { floor: '0', cap: '5000', maxLeverage: '100', mmr: '0.005' },
          { floor: '5000', cap: null, maxLeverage: '10', mmr: '0.05' },
        ]),
      },
    ],
  };
  it('a short whose tier-1 solution lands in tier 2 and back is liquidated where its notional reaches tier 2', () => {
    // Short 40 at 100 (notional 4,000, tier 1), 4x + 100 extra: M = 1,000 + 100 = 1,100.
    // Tier 1: P = (4,000 + 1,100) / (40 * 1.005) = 126.87 -> notional 5,075: tier 2.
    // Tier 2: P = 5,100 / (40 * 1.05) = 121.43 -> notional 4,857: tier 1. No consistent tier.
    // At 125 (notional 5,000, tier 2): equity 1,100 - 40 * 25 = 100 < MM 5,000 * 5% = 250, while just
    // below 125 (tier 1) MM is about 25 < equity: liquidation at exactly 125.
    const result = run(
      [
        {
          asset: 'BTC',
          instrument: 'linear',
          side: 'short',
          entryPrice: '100',
          size: '40',
          leverage: '4',
          extraMargin: '100',
          marginMode: 'isolated',
        },
      ],
      jumpy,
    );
    expect(result.positions[0]?.liquidationPrice).toBe('125');
    expect(result.positions[0]?.tier?.index).toBe(1);
    expect(result.warnings.map((w) => w.code)).toContain('TIER_NOT_CONSISTENT');
  });
});

describe('cross, two positions in the same asset (hedge): both move with the price', () => {
  it('long 0.1 and short 0.05 BTC at 40,000, 10x: 600 + 0.05 (P - 40,000) = 0.15 P * 0.4% -> P = 1,400 / 0.0494 = 28,340.08', () => {
    // WB = 0 + 400 + 200 = 600; net long 0.05; maintenance 0.1 P * 0.4% + 0.05 P * 0.4% = 0.0006 P.
    const positions: PositionInput[] = [
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
        asset: 'BTC',
        instrument: 'linear',
        side: 'short',
        entryPrice: '40000',
        size: '0.05',
        leverage: '10',
        marginMode: 'cross',
      },
    ];
    const result = run(positions, binanceUsdm);
    expect(rounded(result.positions[0]?.liquidationPrice, 2)).toBe('28340.08');
    expect(rounded(result.positions[1]?.liquidationPrice, 2)).toBe('28340.08');
  });
});

describe('spot margin, equity / used margin (Kraken-like, call 80%, liquidation 40%)', () => {
  it('1,000 free + long 1.5 BTC at 30,000 with 5:1 (used margin 9,000, loan 36,000): LP, call and BP solve equity = level * 9,000', () => {
    // Equity(P) = 1,000 + 1.5 P - 36,000. Liquidation: = 0.4 * 9,000 = 3,600 -> P = 38,600 / 1.5 = 25,733.33.
    // Margin call: = 0.8 * 9,000 = 7,200 -> P = 42,200 / 1.5 = 28,133.33. Bankruptcy: = 0 -> P = 35,000 / 1.5 = 23,333.33.
    const result = run(
      [
        {
          asset: 'BTC',
          instrument: 'spot_margin',
          side: 'long',
          entryPrice: '30000',
          amount: '9000',
          leverage: '5',
          marginMode: 'cross',
        },
      ],
      krakenSpotMargin,
      '1000',
    );
    const p = result.positions[0];
    expect(rounded(p?.liquidationPrice, 2)).toBe('25733.33');
    expect(rounded(p?.marginCallPrice, 2)).toBe('28133.33');
    expect(rounded(p?.bankruptcyPrice, 2)).toBe('23333.33');
    expect(p?.marginLevel).toBe('1.111111111111111111111111111111111111111'); // 10,000 / 9,000
    expect(result.worstCase.balance).toBe('-35000'); // BTC at 0: 1,000 - 36,000, the user is liable
  });
});

describe('inverse, cross: the coin wallet backs the position', () => {
  it('0.1 BTC free + long 10,000 USD at 20,000, 10x: M = 0.1 + 0.05 = 0.15 -> LP = 10,000 * 1.004 / (0.15 + 0.5) = 15,446.15', () => {
    const result = run(
      [
        {
          asset: 'BTC',
          instrument: 'inverse',
          side: 'long',
          entryPrice: '20000',
          size: '10000',
          leverage: '10',
          marginMode: 'cross',
        },
      ],
      binanceCoinm,
      '0.1',
    );
    expect(rounded(result.positions[0]?.liquidationPrice, 2)).toBe('15446.15');
    // 1/BP = 1/20,000 + 0.15/10,000 = 0.000065 -> BP = 15,384.62.
    expect(rounded(result.positions[0]?.bankruptcyPrice, 2)).toBe('15384.62');
    expect(result.account.equity).toBe('0.15');
  });
});

describe('spot margin, isolated: only the pair account backs the loan', () => {
  it('long 1 BTC (10,000 own, 3x, loan 20,000) + 1,000 extra margin: LP 1,000 + P = 1.1 * 20,000 -> 21,000; BP 19,000', () => {
    const result = run(
      [
        {
          asset: 'BTC',
          instrument: 'spot_margin',
          side: 'long',
          entryPrice: '30000',
          amount: '10000',
          leverage: '3',
          marginMode: 'isolated',
          extraMargin: '1000',
        },
      ],
      binanceSpotMargin,
      '5000',
    );
    expect(result.positions[0]?.liquidationPrice).toBe('21000');
    expect(result.positions[0]?.bankruptcyPrice).toBe('19000');
    // BTC at 0: the pair account is 1,000 - 20,000 = -19,000; the 5,000 in the wallet is separate but the
    // venue does not say the user is safe, so it is taken: 5,000 - 19,000 = -14,000.
    expect(result.worstCase.deficit).toBe('19000');
    expect(result.worstCase.balance).toBe('-14000');
  });
});

describe('warnings at the current price', () => {
  // 0.1 BTC long at 40,000, 10x: LP 36,144.58, margin call 36,180.90 (derived above).
  const codes = (extra: Partial<PositionInput>) =>
    run([btcLong('0.1', '40000', '10', extra)], binanceUsdm).warnings.map((w) => w.code);
  it('past the liquidation price at 36,100', () =>
    expect(codes({ markPrice: '36100' })).toContain('PAST_LIQUIDATION'));
  it('between the margin call and the liquidation at 36,170', () => {
    const found = codes({ markPrice: '36170' });
    expect(found).toContain('MARGIN_CALL_NOW');
    expect(found).not.toContain('PAST_LIQUIDATION');
  });
  it('neither at 40,000', () => expect(codes({})).toEqual([]));
  it('a long stop above the price, and a stop type the venue does not offer', () => {
    const found = codes({ stopLoss: { type: 'guaranteed', triggerPrice: '41000' } });
    expect(found).toContain('STOP_ON_WRONG_SIDE');
    expect(found).toContain('STOP_TYPE_NOT_OFFERED');
  });
});

describe('convertedSizing: the other figure of a position, for a form that switches', () => {
  const base = {
    asset: 'BTC',
    instrument: 'linear' as const,
    side: 'long' as const,
    entryPrice: '60000',
    leverage: '10',
    marginMode: 'isolated' as const,
  };

  it('0.1 BTC at 60,000 with 10x is 600 invested, and back', () => {
    // Hand derivation: amount = 0.1 x 60,000 / 10 = 600; size = 600 x 10 / 60,000 = 0.1.
    expect(convertedSizing({ ...base, size: '0.1' }, 'amount')).toBe('600');
    expect(convertedSizing({ ...base, amount: '600' }, 'size')).toBe('0.1');
  });

  it('inverse: 6,000 USD of contracts at 60,000 with 10x is 0.01 BTC invested', () => {
    // amount = 6,000 / 10 / 60,000 = 0.01 BTC.
    expect(convertedSizing({ ...base, instrument: 'inverse', size: '6000' }, 'amount')).toBe(
      '0.01',
    );
  });

  it('nothing to convert while the entry, leverage or figure is not a positive number', () => {
    expect(convertedSizing({ ...base, entryPrice: '', size: '0.1' }, 'amount')).toBeNull();
    expect(convertedSizing({ ...base, leverage: 'x', size: '0.1' }, 'amount')).toBeNull();
    expect(convertedSizing({ ...base, size: '0' }, 'amount')).toBeNull();
  });
});
