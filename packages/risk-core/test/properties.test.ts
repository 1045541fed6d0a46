/**
 * Properties that hold for every input (fast-check):
 * - a spot-only account's equity is never negative, at any prices;
 * - a higher leverage never puts the liquidation price further from the entry;
 * - bad input always ends in a ValidationError, never another exception.
 */
import fc from 'fast-check';
import {
  Decimal,
  ValidationError,
  accountEquityAt,
  assess,
  prepareAccount,
  validateScenario,
  type PositionInput,
  type ScenarioInput,
} from '../src/index.js';
import { binanceCoinm, binanceSpotMargin, binanceUsdm, bybitLinear } from './fixtures/profiles.js';

const decimalText = (min: number, max: number, places = 4) =>
  fc
    .integer({ min: min * 10 ** places, max: max * 10 ** places })
    .map((n) => new Decimal(n).div(10 ** places).toFixed());

describe('properties', () => {
  it('spot equity is never negative, for any holdings and any prices', () => {
    const holding = fc.record({
      asset: fc.constantFrom('BTC', 'ETH', 'SOL'),
      size: decimalText(0, 1000),
      entry: decimalText(0, 100000),
    });
    fc.assert(
      fc.property(
        fc.array(holding, { minLength: 1, maxLength: 5 }),
        fc.array(decimalText(0, 200000), { minLength: 3, maxLength: 3 }),
        (holdings, prices) => {
          const positions: PositionInput[] = holdings
            .filter(
              (h) => new Decimal(h.size).greaterThan(0) && new Decimal(h.entry).greaterThan(0),
            )
            .map((h) => ({
              asset: h.asset,
              instrument: 'spot',
              side: 'long',
              entryPrice: h.entry,
              size: h.size,
              leverage: '1',
              marginMode: 'cross',
            }));
          if (positions.length === 0) return;
          // One price per asset: the first position of each asset sets it.
          const input: ScenarioInput = { schemaVersion: 1, exchange: 'x', account: { positions } };
          const account = prepareAccount(
            validateScenario(input, binanceSpotMargin),
            binanceSpotMargin,
          );
          const at = new Map(
            ['BTC', 'ETH', 'SOL'].map((asset, i) => [asset, new Decimal(prices[i] ?? '0')]),
          );
          expect(accountEquityAt(account, at).isNegative()).toBe(false);
          expect(assess(input, binanceSpotMargin).answer).toBe('CANNOT_GO_NEGATIVE');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a higher leverage never gives a liquidation price further from the entry', () => {
    const cases = fc.record({
      profile: fc.constantFrom(binanceUsdm, bybitLinear, binanceCoinm),
      side: fc.constantFrom<'long' | 'short'>('long', 'short'),
      marginMode: fc.constantFrom<'isolated' | 'cross'>('isolated', 'cross'),
      entry: decimalText(100, 100000, 2),
      // Small enough to stay in the first brackets, where 20x is always allowed.
      notional: decimalText(10, 900000, 2),
      low: fc.integer({ min: 1, max: 20 }),
      step: fc.integer({ min: 0, max: 19 }),
    });
    fc.assert(
      fc.property(cases, ({ profile, side, marginMode, entry, notional, low, step }) => {
        const inverse = profile === binanceCoinm;
        // Inverse: V in USD, kept under 15 coins of notional (the 20x brackets).
        const size = inverse
          ? Decimal.min(notional, new Decimal(entry).times(15)).toFixed()
          : new Decimal(notional).div(entry).toFixed();
        const high = Math.min(low + step, 20);
        const lp = (leverage: number): Decimal | null => {
          const position: PositionInput = {
            asset: 'BTC',
            instrument: inverse ? 'inverse' : 'linear',
            side,
            entryPrice: entry,
            size,
            leverage: String(leverage),
            marginMode,
          };
          const price = assess(
            { schemaVersion: 1, exchange: 'x', account: { positions: [position] } },
            profile,
          ).positions[0]?.liquidationPrice;
          return price === null || price === undefined ? null : new Decimal(price);
        };
        const far = lp(low);
        const near = lp(high);
        if (near === null)
          expect(far).toBeNull(); // no liquidation at the higher leverage -> none at the lower either
        else if (far !== null)
          expect(near.minus(entry).abs().lessThanOrEqualTo(far.minus(entry).abs())).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the tier reported for a liquidation price is the bracket of the notional at that price', () => {
    const cases = fc.record({
      side: fc.constantFrom<'long' | 'short'>('long', 'short'),
      entry: decimalText(1000, 100000, 2),
      notional: decimalText(1000, 400000000, 0),
      leverageFraction: fc.integer({ min: 1, max: 100 }),
      inverse: fc.boolean(),
    });
    fc.assert(
      fc.property(cases, ({ side, entry, notional, leverageFraction, inverse }) => {
        const profile = inverse ? binanceCoinm : binanceUsdm;
        // Inverse brackets are in coin: scale the USD size so the coin notional spans the table too.
        const size = inverse
          ? Decimal.min(notional, new Decimal(entry).times(2000)).toFixed()
          : new Decimal(notional).div(entry).toFixed();
        const base: PositionInput = {
          asset: 'BTC',
          instrument: inverse ? 'inverse' : 'linear',
          side,
          entryPrice: entry,
          size,
          leverage: '1',
          marginMode: 'isolated',
        };
        const probe = validateScenario(
          { schemaVersion: 1, exchange: 'x', account: { positions: [base] } },
          profile,
        );
        const max = probe.positions[0]?.entryTier?.maxLeverage ?? new Decimal(1);
        const leverage = Decimal.max(
          1,
          max.times(leverageFraction).div(100).toDecimalPlaces(2, Decimal.ROUND_DOWN),
        ).toFixed();
        const result = assess(
          { schemaVersion: 1, exchange: 'x', account: { positions: [{ ...base, leverage }] } },
          profile,
        );
        const p = result.positions[0];
        if (p?.liquidationPrice === null || p?.liquidationPrice === undefined || p.tier === null)
          return;
        const lp = new Decimal(p.liquidationPrice);
        const at = inverse ? new Decimal(size).div(lp) : new Decimal(size).times(lp);
        expect(at.greaterThanOrEqualTo(p.tier.floor)).toBe(true);
        // Past the end of a bounded table the last tier is used, with a warning.
        if (p.tier.cap !== null && !at.lessThan(p.tier.cap))
          expect(result.warnings.map((w) => w.code)).toContain('TIER_BEYOND_TABLE');
      }),
      { numRuns: 300 },
    );
  });

  it('bad input always throws a ValidationError, never another exception', () => {
    const valid: ScenarioInput = {
      schemaVersion: 1,
      exchange: 'x',
      account: {
        walletBalance: '100',
        positions: [
          {
            asset: 'BTC',
            instrument: 'linear',
            side: 'long',
            entryPrice: '40000',
            size: '0.1',
            leverage: '10',
            marginMode: 'cross',
            adds: [{ price: '39000', size: '0.1' }],
            stopLoss: { type: 'market', triggerPrice: '35000' },
          },
          {
            asset: 'ETH',
            instrument: 'linear',
            side: 'short',
            entryPrice: '2000',
            amount: '100',
            leverage: '5',
            marginMode: 'isolated',
            extraMargin: '5',
          },
        ],
        costs: { tradingFees: true, fundingRatePerInterval: '0.0001', holdingHours: '24' },
      },
    };
    const paths = [
      ['schemaVersion'],
      ['exchange'],
      ['account'],
      ['account', 'walletBalance'],
      ['account', 'positions'],
      ['account', 'costs'],
      ['account', 'costs', 'holdingHours'],
      ['account', 'positions', '0'],
      ['account', 'positions', '0', 'entryPrice'],
      ['account', 'positions', '0', 'size'],
      ['account', 'positions', '0', 'leverage'],
      ['account', 'positions', '0', 'side'],
      ['account', 'positions', '0', 'adds'],
      ['account', 'positions', '0', 'adds', '0', 'size'],
      ['account', 'positions', '0', 'stopLoss'],
      ['account', 'positions', '1', 'amount'],
      ['account', 'positions', '1', 'extraMargin'],
      ['account', 'positions', '1', 'marginMode'],
      ['account', 'positions', '1', 'asset'],
      ['account', 'holdings'],
    ];
    const setAt = (root: unknown, path: string[], value: unknown): unknown => {
      const copy = structuredClone(root) as Record<string, unknown>;
      let node: Record<string, unknown> = copy;
      path.slice(0, -1).forEach((key) => {
        node = node[key] as Record<string, unknown>;
      });
      node[path[path.length - 1] as string] = value;
      return copy;
    };
    const bad = fc.oneof(
      fc.anything(),
      fc.constantFrom(
        'NaN',
        'Infinity',
        '-1',
        '0',
        '1e999',
        '',
        ' ',
        '0x1F',
        '1e-40',
        '99999999999999999999999999999999',
        'long',
        'cross',
      ),
      fc.double(),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths), bad, (path, value) => {
        const input = setAt(valid, path, value);
        try {
          assess(input, binanceUsdm);
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
        }
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(() => assess(input, binanceUsdm)).toThrow(ValidationError);
      }),
      { numRuns: 300 },
    );
  });
});
