/**
 * The venue rules that change a number (issue 14): each reproduces the venue's own published
 * example, typed in from the article named in the test, through the profile that carries the
 * rule. Hand derivations are written beside each figure.
 */
import fc from 'fast-check';
import {
  Decimal,
  assess,
  simulate,
  type PositionInput,
  type SafeguardProfile,
  type ScenarioInput,
} from '../src/index.js';
import { findProfile } from '../src/profile-data.js';
import { dynProfile } from './fixtures/dyn-profiles.js';
import { rounded } from './helpers.js';

function scenario(
  positions: PositionInput[],
  walletBalance: string,
  tradingFees = false,
): ScenarioInput {
  return {
    schemaVersion: 1,
    exchange: 'test',
    account: { walletBalance, positions, costs: { tradingFees, borrowInterest: false } },
  };
}

function only(input: ScenarioInput, profile: SafeguardProfile) {
  const result = assess(input, profile);
  const position = result.positions[0];
  if (position === undefined) throw new Error('no position');
  return { result, position };
}

/** A copy of a profile with one figure given as the article's example states it. */
function withFigure<K extends keyof SafeguardProfile>(
  profile: SafeguardProfile,
  key: K,
  value: SafeguardProfile[K],
): SafeguardProfile {
  return { ...profile, [key]: value };
}

describe('Kraken spot margin short: used margin held in the borrowed coin (support.kraken.com/hc/en-us/articles/203053156)', () => {
  const kraken = findProfile('kraken-margin');
  // "fund an account with $5,000 and open a $10,000 short position using 5x leverage with the
  // price of BTC/USD at 50,000": 0.2 BTC borrowed, used margin 0.04 BTC = $2,000. Our amount is
  // the used margin ($2,000) and walletBalance the rest of the $5,000.
  const short = (markPrice: string): ScenarioInput =>
    scenario(
      [
        {
          asset: 'BTC',
          instrument: 'spot_margin',
          side: 'short',
          entryPrice: '50000',
          amount: '2000',
          leverage: '5',
          marginMode: 'cross',
          markPrice,
        },
      ],
      '3000',
    );

  it('opens at a margin level of 250%', () => {
    const { position } = only(short('50000'), kraken);
    expect(position.size).toBe('0.2');
    expect(position.marginLevel).toBe('2.5');
  });

  it('at 65,200: loss $3,040, equity $1,960, used margin 0.04 BTC x 65,200 = $2,608, level 75%', () => {
    const { position, result } = only(short('65200'), kraken);
    expect(result.account.equity).toBe('1960');
    // 1,960 / 2,608 = 0.75153...: Kraken's "75%". Entry-valued margin would say 1,960 / 2,000 = 98%.
    expect(rounded(position.marginLevel, 4)).toBe('0.7515');
  });

  it('liquidation and margin-call prices where equity 15,000 - 0.2P meets 40% / 80% of 0.04P', () => {
    // Liquidation: 15,000 - 0.2P = 0.016P -> P = 15,000 / 0.216 = 69,444.44 (entry value: 71,000).
    // Margin call: 15,000 - 0.2P = 0.032P -> P = 15,000 / 0.232 = 64,655.17 (entry value: 67,000).
    const { position } = only(short('50000'), kraken);
    expect(rounded(position.liquidationPrice, 2)).toBe('69444.44');
    expect(rounded(position.marginCallPrice, 2)).toBe('64655.17');
    expect(position.bankruptcyPrice).toBe('75000');
  });

  it('where a venue does not say what used margin is held in, a short keeps it at entry value and the answer says so', () => {
    const unstated: SafeguardProfile = {
      ...kraken,
      spotMargin: {
        ...kraken.spotMargin!,
        usedMarginCurrency: { ...kraken.spotMargin!.usedMarginCurrency!, value: 'unknown' },
      },
    };
    const { position, result } = only(short('65200'), unstated);
    expect(position.marginLevel).toBe('0.98');
    expect(result.warnings.map((warning) => warning.message)).toContain(
      'The exchange does not publish whether used margin is held in the borrowed coin; it was kept at its entry value.',
    );
  });

  it('property: as the price rises, the margin level falls at least as fast as with entry-valued margin, so the prices only come closer', () => {
    const entryValued: SafeguardProfile = {
      ...kraken,
      spotMargin: {
        ...kraken.spotMargin!,
        usedMarginCurrency: { ...kraken.spotMargin!.usedMarginCurrency!, value: 'entry_value' },
      },
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 100000 }),
        fc.integer({ min: 11, max: 50 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 200 }),
        (entry, leverageTenths, wallet, risePercent) => {
          const input = scenario(
            [
              {
                asset: 'BTC',
                instrument: 'spot_margin',
                side: 'short',
                entryPrice: String(entry),
                amount: '1000',
                leverage: new Decimal(leverageTenths).div(10).toFixed(),
                marginMode: 'cross',
                markPrice: new Decimal(entry)
                  .times(100 + risePercent)
                  .div(100)
                  .toFixed(),
              },
            ],
            String(wallet),
          );
          const held = only(input, kraken).position;
          const fixed = only(input, entryValued).position;
          // Past bankruptcy (equity below zero) a margin level no longer measures anything.
          if (new Decimal(fixed.marginLevel!).isNegative()) return;
          // At most equal, up to the last digits of a size like 1,100 / 71,377 (non-terminating).
          const atMost = (a: string, b: string) =>
            new Decimal(a).minus(b).lte(new Decimal(b).abs().times('1e-25'));
          expect(atMost(held.marginLevel!, fixed.marginLevel!)).toBe(true);
          if (held.liquidationPrice !== null && fixed.liquidationPrice !== null)
            expect(atMost(held.liquidationPrice, fixed.liquidationPrice)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('Bybit inverse: the bankruptcy price includes the fee to close (help.bybit.com/hc/en-us/articles/360039261334)', () => {
  // "Trader B has account balance of 0.5BTC and buy long 10000 contracts at 8,000 USD using
  // Cross Margin": Bankruptcy Price = 1.00075 x 10000 / (10000/8000 + 0.5) = 5718.57, with the
  // article's 0.075% taker fee and BTC's 0.5% maintenance rate.
  const bybit = withFigure(findProfile('bybit-inverse'), 'takerFeeRate', {
    value: '0.00075',
    source: 'help.bybit.com/hc/en-us/articles/360039261334 (the fee in its formula)',
    asOf: '2026-11-24',
  });
  // At 10x the position's own margin is 1.25 / 10 = 0.125 BTC; the engine takes the opening fee
  // (1.25 x 0.075% = 0.0009375 BTC) from the balance, so the balance after it is 0.5 BTC.
  const input = scenario(
    [
      {
        asset: 'BTC',
        instrument: 'inverse',
        side: 'long',
        entryPrice: '8000',
        size: '10000',
        leverage: '10',
        marginMode: 'cross',
      },
    ],
    '0.3759375',
    true,
  );

  it('bankruptcy price 5,718.57 (fee-free it would be 10,000 / 1.75 = 5,714.29)', () => {
    const { position } = only(input, bybit);
    expect(rounded(position.bankruptcyPrice, 2)).toBe('5718.57');
  });

  it("liquidation price within 0.1% of the article's 5,739.50 (its cross formula values maintenance at entry with the fee at the bankruptcy price; the 2026 profile values it at the mark)", () => {
    // Mark basis, no fee in maintenance: 1.75 - 10,000/P = 0.005 x 10,000/P -> P = 10,050 / 1.75 = 5,742.86.
    const { position } = only(input, bybit);
    expect(rounded(position.liquidationPrice, 2)).toBe('5742.86');
    const gap = new Decimal(position.liquidationPrice!).minus('5739.50').abs().div('5739.50');
    expect(gap.lt('0.001')).toBe(true);
  });

  it('a gap to 5,700 leaves a deficit that counts the fee to close: 0.0043860 + 0.0013158 BTC', () => {
    // Equity at 5,700: 1.75 - 10,000/5,700 = -0.00438596...; fee to close 10,000/5,700 x 0.00075
    // = 0.00131578...; deficit = 0.00570175... BTC (fee-free: 0.00438596...).
    const fast = { ...bybit, liquidationLatencyMs: { ...bybit.liquidationLatencyMs, value: 0 } };
    const run = simulate(input, withFigure(fast, 'depthNotionalPerPercent', unknownDepth), {
      kind: 'points',
      points: [
        { timeMs: 0, price: '8000' },
        { timeMs: 1000, price: '5700' },
      ],
    });
    const expected = new Decimal(10000).div(5700).times('1.00075').minus('1.75');
    expect(new Decimal(run.deficit).minus(expected).abs().lt('1e-20')).toBe(true);
    expect(rounded(run.deficit, 7)).toBe('0.0057018');
  });
});

const unknownDepth = {
  value: 'unknown' as const,
  source: 'test: no book slippage, so the fill is the path price',
  asOf: '2026-12-05',
};

describe('Phemex USDT-M isolated: the margin holds the fee to close (phemex.com/help-center/liq-price-for-USDTM, /Order-Cost-USDT-Contract)', () => {
  // Order-cost article: "Trader A opens a long position of 1 BTC at 70,000 USDT with 10x
  // leverage": initial margin 7,000, fee to open 38.5, fee to close 1 x 70,000 x (1 - 10/100) x
  // 0.055% = 34.65. Liquidation article: assignedPosBalance = OpenValue/leverage + close fee =
  // 7,034.65, and Long LP = (OpenValue - assignedPosBalance - mmAmount) / (1 - taker - MMR) / size.
  const phemex = withFigure(findProfile('phemex-usdtm'), 'takerFeeRate', {
    value: '0.00055',
    source: "phemex.com/help-center/Order-Cost-USDT-Contract (the example's 0.055%)",
    asOf: '2026-11-24',
  });
  const input = scenario(
    [
      {
        asset: 'BTC',
        instrument: 'linear',
        side: 'long',
        entryPrice: '70000',
        size: '1',
        leverage: '10',
        marginMode: 'isolated',
      },
    ],
    '0',
    true,
  );

  it('opening fee 38.5 and LP = (70,000 - 7,034.65) / (0.99945 - 0.005) = 63,316.76 (without the reserve: 63,351.60)', () => {
    const { position } = only(input, phemex);
    expect(position.initialMargin).toBe('7000');
    expect(position.costs.openingFee).toBe('38.5');
    const expected = new Decimal('62965.35').div('0.99445');
    expect(new Decimal(position.liquidationPrice!).minus(expected).abs().lt('1e-20')).toBe(true);
    expect(rounded(position.liquidationPrice, 2)).toBe('63316.76');
  });
});

describe('What the user keeps after a liquidation, per venue rule', () => {
  // A 10x isolated long of 1 BTC at 10,000 (margin 1,000, bankruptcy 9,000, liquidation
  // 9,045.23 at 0.5% maintenance) filled at 9,040: 40 of margin left; liquidation fee 0.1% of
  // 9,040 = 9.04. Each rule is taken from the named venue's profile.
  const input = scenario(
    [
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
    '0',
  );
  const path = {
    kind: 'points' as const,
    points: [
      { timeMs: 0, price: '10000' },
      { timeMs: 1000, price: '9040' },
    ],
  };
  const residualOf = (slug: string) => {
    const rule = findProfile(slug).liquidationResidual;
    if (rule === undefined) throw new Error(`${slug} has no residual rule`);
    return rule.value;
  };
  const run = (residual: ReturnType<typeof residualOf>) =>
    simulate(input, dynProfile({ residual, liquidationFeeRate: '0.001' }), path);

  it('Bybit (lowest risk limit taken over at the bankruptcy price, the rest to the insurance fund): ends with 0', () => {
    const result = run(residualOf('bybit-linear'));
    expect(result.liquidated).toBe(true);
    expect(result.finalBalance).toBe('0');
    expect(result.residualAtStake).toBe('0');
    const liquidation = result.events.find((event) => event.kind === 'liquidation');
    expect(liquidation?.amount).toBe('40');
  });

  it('Binance (clearance fee: the insurance fund takes over at the bankruptcy price): ends with 0', () => {
    expect(run(residualOf('binance-usdm')).finalBalance).toBe('0');
  });

  it('Kraken Futures ("we don\'t" take your maintenance margin: you keep any surplus): ends with 40', () => {
    expect(run(residualOf('kraken-futures')).finalBalance).toBe('40');
  });

  it('GMX ("remaining collateral after deducting losses and fees is returned"): 40 - 9.04 = 30.96', () => {
    expect(run(residualOf('gmx-v2')).finalBalance).toBe('30.96');
  });

  it('a venue that does not publish it (Hyperliquid: market liquidation returns it, its backstop keeps it): 0 counted, up to 30.96 may come back', () => {
    expect(findProfile('hyperliquid').liquidationResidual).toBeUndefined();
    const result = run('unknown');
    expect(result.finalBalance).toBe('0');
    expect(result.residualAtStake).toBe('30.96');
    expect(result.notes.some((note) => note.includes('margin left after a liquidation'))).toBe(
      true,
    );
  });
});
