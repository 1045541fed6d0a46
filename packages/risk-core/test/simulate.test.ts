import fc from 'fast-check';
import { Decimal } from '../src/decimal.js';
import { ValidationError } from '../src/errors.js';
import type { PositionInput, ScenarioInput } from '../src/scenario.js';
import { simulate } from '../src/simulate.js';
import { dynProfile } from './fixtures/dyn-profiles.js';

function scenario(position: Partial<PositionInput>, walletBalance?: string): ScenarioInput {
  return {
    schemaVersion: 1,
    exchange: 'dyn-perp',
    account: {
      ...(walletBalance === undefined ? {} : { walletBalance }),
      positions: [
        {
          asset: 'BTC',
          instrument: 'linear',
          side: 'long',
          entryPrice: '10000',
          size: '1',
          leverage: '10',
          marginMode: 'isolated',
          ...position,
        },
      ],
    },
  };
}

function points(...pairs: [number, string][]) {
  return { kind: 'points' as const, points: pairs.map(([timeMs, price]) => ({ timeMs, price })) };
}

function kinds(events: { kind: string }[]): string[] {
  return events.map((event) => event.kind);
}

function close(actual: string, expected: Decimal, digits = 25): void {
  expect(new Decimal(actual).minus(expected).abs().lessThan(new Decimal(10).pow(-digits))).toBe(
    true,
  );
}

describe('simulate: a linear long gapping past bankruptcy', () => {
  // Long 1 BTC at 10,000, 10x isolated: margin M = 1,000. BP = EP - M/Q = 9,000.
  // LP = (s*Q*EP - M - cum) / (Q*(s - MMR)) = (10,000 - 1,000) / 0.995 = 9,045.226...
  // The price gaps from 10,000 straight to 8,000: the engine sees the breach at 8,000 and,
  // with no latency and no slippage, fills there. Equity = 1,000 + (8,000 - 10,000) = -1,000.
  it('leaves a 1,000 deficit that the insurance fund (400) and then ADL (600) pay', () => {
    const result = simulate(
      scenario({}),
      dynProfile({ insuranceFund: '400' }),
      points([0, '10000'], [1000, '8000']),
    );
    expect(kinds(result.events)).toEqual([
      'liquidation_triggered',
      'liquidation',
      'deficit',
      'auto_deleveraging',
      'final_balance',
    ]);
    expect(result.deficit).toBe('1000');
    expect(result.deficitPaidBy).toEqual([
      { payer: 'insurance_fund', amount: '400' },
      { payer: 'auto_deleveraging', amount: '600' },
    ]);
    expect(result.userOwes).toBe('0');
    expect(result.startingBalance).toBe('1000');
    expect(result.finalBalance).toBe('0');
  });

  it('leaves the user owing what the waterfall does not cover on a venue that makes users liable', () => {
    // Same gap; fund 250, no ADL, user liable: 1,000 - 250 = 750 owed; final balance -750.
    const profile = dynProfile({
      insuranceFund: '250',
      waterfall: ['remaining_margin', 'insurance_fund'],
      userLiable: true,
    });
    const result = simulate(scenario({}), profile, points([0, '10000'], [1000, '8000']));
    expect(result.userOwes).toBe('750');
    expect(result.finalBalance).toBe('-750');
  });

  it('scales the insurance fund by the scenario (an empty fund sends it all to ADL)', () => {
    const result = simulate(scenario({}), dynProfile(), points([0, '10000'], [1000, '8000']), {
      insuranceFundScale: '0',
    });
    expect(result.deficitPaidBy).toEqual([{ payer: 'auto_deleveraging', amount: '1000' }]);
  });

  it('has no deficit when the liquidation fills between liquidation and bankruptcy', () => {
    // At 9,040 (< LP 9,045.23, > BP 9,000) the fill leaves 1,000 - 960 = 40 of margin, returned.
    const result = simulate(scenario({}), dynProfile(), points([0, '10000'], [1000, '9040']));
    expect(result.liquidated).toBe(true);
    expect(result.deficit).toBe('0');
    expect(result.finalBalance).toBe('40');
  });
});

describe('simulate: latency and slippage', () => {
  // Same long (M = 1,000, LP 9,045.23, BP 9,000). Path: 10,000 @ 0 ms, 9,000 @ 1,000 ms,
  // 8,000 @ 3,000 ms. The breach is seen at 1,000 ms (9,000 < LP). Latency 1,500 ms: the
  // engine acts at 2,500 ms, when the path is at 9,000 - 1,000 * (1,500 / 2,000) = 8,250.
  // Depth: 10,000 of notional moves the price 1%, so closing 1 BTC at 8,250 (notional 8,250)
  // costs 8,250 / (10,000 * 100) = 0.825%: fill = 8,250 * (1 - 0.00825) = 8,181.9375.
  // Deficit = Q * (BP - fill) = 9,000 - 8,181.9375 = 818.0625.
  it('fills after the latency at the path price then, less depth slippage', () => {
    const profile = dynProfile({ latencyMs: 1500, depthPerPercent: '10000' });
    const result = simulate(
      scenario({}),
      profile,
      points([0, '10000'], [1000, '9000'], [3000, '8000']),
    );
    const triggered = result.events.find((event) => event.kind === 'liquidation_triggered');
    const liquidation = result.events.find((event) => event.kind === 'liquidation');
    expect(triggered?.timeMs).toBe(1000);
    expect(liquidation?.timeMs).toBe(2500);
    expect(liquidation?.price).toBe('8181.9375');
    expect(result.deficit).toBe('818.0625');
  });

  it('still acts after the path ends, at the last price', () => {
    // Breach at the last point (9,000 @ 1,000 ms); latency 5 s; the price stays at 9,000:
    // fill 9,000 = BP exactly, no deficit, nothing returned.
    const profile = dynProfile({ latencyMs: 5000 });
    const result = simulate(scenario({}), profile, points([0, '10000'], [1000, '9000']));
    expect(result.events.find((event) => event.kind === 'liquidation')?.timeMs).toBe(6000);
    expect(result.deficit).toBe('0');
    expect(result.finalBalance).toBe('0');
  });
});

describe('simulate: stop-losses in a gap', () => {
  // Long 1 BTC at 10,000, 10x (M 1,000, BP 9,000, LP 9,045.23), stop trigger 9,500.
  // Path: 10,000 -> 9,600 -> 8,500: the price gaps from 9,600 past the trigger to 8,500.
  const gap = points([0, '10000'], [1000, '9600'], [2000, '8500']);

  it('fills a market stop at the gapped price: 8,500, past bankruptcy, a 500 deficit', () => {
    // Equity at the fill = 1,000 + (8,500 - 10,000) = -500; the fund (1,000) covers it all.
    const result = simulate(
      scenario({ stopLoss: { type: 'market', triggerPrice: '9500' } }),
      dynProfile(),
      gap,
    );
    expect(kinds(result.events)).toEqual([
      'stop_triggered',
      'stop_filled',
      'deficit',
      'final_balance',
    ]);
    expect(result.deficitPaidBy).toEqual([{ payer: 'insurance_fund', amount: '500' }]);
    expect(result.events[1]?.price).toBe('8500');
    expect(result.deficit).toBe('500');
    expect(result.liquidated).toBe(false);
  });

  it('fills a guaranteed stop at its trigger and charges the premium', () => {
    // Fill 9,500: equity 1,000 - 500 = 500; premium 0.1% of 9,500 = 9.5; returned 490.5.
    const result = simulate(
      scenario({ stopLoss: { type: 'guaranteed', triggerPrice: '9500' } }),
      dynProfile(),
      gap,
    );
    const fill = result.events.find((event) => event.kind === 'stop_filled');
    expect(fill?.price).toBe('9500');
    expect(fill?.amount).toBe('9.5');
    expect(result.deficit).toBe('0');
    expect(result.finalBalance).toBe('490.5');
  });

  it('leaves a limit stop unfilled in the gap, so the liquidation engine closes at 8,500', () => {
    // Limit 9,400 cannot fill at 8,500; the same point breaches LP; fill 8,500: deficit 500.
    const result = simulate(
      scenario({ stopLoss: { type: 'limit', triggerPrice: '9500', limitPrice: '9400' } }),
      dynProfile(),
      gap,
    );
    expect(kinds(result.events)).toEqual([
      'stop_triggered',
      'stop_not_filled',
      'liquidation_triggered',
      'liquidation',
      'deficit',
      'final_balance',
    ]);
    expect(result.deficit).toBe('500');
  });

  it('treats a guaranteed stop as a market stop on a venue that does not offer one, and says so', () => {
    const profile = {
      ...dynProfile(),
      stopLossTypes: {
        source: 'fixture',
        asOf: '2026-11-25',
        value: [{ type: 'market' as const }],
      },
    };
    const result = simulate(
      scenario({ stopLoss: { type: 'guaranteed', triggerPrice: '9500' } }),
      profile,
      gap,
    );
    expect(result.deficit).toBe('500');
    expect(result.notes.join(' ')).toMatch(/no guaranteed stop/);
  });
});

describe('simulate: partial liquidation down the tiers', () => {
  // Two brackets: [0, 10,000) MMR 0.5%, [10,000, inf) MMR 1%; cum_2 = 10,000 * (1% - 0.5%) = 50.
  // Long 2 BTC at 10,000, 20x: M = 1,000, notional 20,000 (tier 2).
  // At 9,560: equity = 1,000 + 2 * (-440) = 120; maintenance = 19,120 * 1% - 50 = 141.2:
  // breached. The partial step closes down to tier 1's cap: notional 10,000, i.e. keeps
  // 10,000 / 9,560 = 250/239 BTC and closes 2 - 250/239 = 228/239 BTC at 9,560, realising
  // 228/239 * (-440) = -100,320/239. Equity is unchanged (120) but maintenance is now
  // 10,000 * 0.5% = 50 < 120: the position survives. At 9,500 the equity is
  // 1,000 - 100,320/239 + 250/239 * (-500) = 13,680/239 = 57.238..., maintenance
  // 9,937.24 * 0.5% = 49.69: still alive, final balance 13,680/239, but the margin ratio
  // 49.69 / 57.24 = 0.868 is past the 0.8 warning level: a margin call.
  const tiered = dynProfile({ partial: { kind: 'partial', tiersPerStep: 1 } });
  tiered.contracts = tiered.contracts.map((contract) => ({
    ...contract,
    tiers: {
      ...contract.tiers,
      value: [
        { floor: '0', cap: '10000', maxLeverage: '100', mmr: '0.005' },
        { floor: '10000', cap: null, maxLeverage: '50', mmr: '0.01' },
      ],
    },
  }));

  it('closes exactly enough to reach the lower tier, then the position survives', () => {
    const result = simulate(
      scenario({ size: '2', leverage: '20' }),
      tiered,
      points([0, '10000'], [1000, '9560'], [2000, '9500']),
    );
    expect(kinds(result.events)).toEqual([
      'liquidation_triggered',
      'partial_liquidation',
      'margin_call',
      'final_balance',
    ]);
    close(result.events[1]?.size ?? '', new Decimal(228).div(239));
    close(result.finalBalance, new Decimal(13680).div(239));
    expect(result.deficit).toBe('0');
  });

  it('liquidates in full on a venue without partial liquidation', () => {
    // Full close at 9,560: equity 120 returned.
    const result = simulate(
      scenario({ size: '2', leverage: '20' }),
      { ...tiered, liquidation: { ...tiered.liquidation, value: { kind: 'full' } } },
      points([0, '10000'], [1000, '9560']),
    );
    expect(kinds(result.events)).toEqual(['liquidation_triggered', 'liquidation', 'final_balance']);
    expect(result.finalBalance).toBe('120');
  });
});

describe('simulate: inverse (coin-margined)', () => {
  // Long 10,000 USD of BTCUSD at 10,000, 10x: M = V / EP / L = 0.1 BTC.
  // 1/BP = 1/EP + M/(s*V) = 0.0001 + 0.00001 -> BP = 9,090.909...
  // A gap to 8,000: deficit (coin) = s*V*(1/fill - 1/BP) = 10,000 * (1/8,000 - 0.00011) = 0.15 BTC.
  it('measures the deficit in coin', () => {
    const result = simulate(
      scenario({ instrument: 'inverse', size: '10000' }),
      dynProfile({ insuranceFund: '0' }),
      points([0, '10000'], [1000, '8000']),
    );
    expect(result.currency).toBe('BTC');
    expect(result.deficit).toBe('0.15');
    expect(result.deficitPaidBy).toEqual([{ payer: 'auto_deleveraging', amount: '0.15' }]);
  });
});

describe('simulate: an inverse long sent to zero', () => {
  // An inverse long's coin loss is s*V*(1/fill - 1/BP): unbounded as the fill nears 0. Like
  // assess's worst case, the coin is floored at 1% of its start (-99%): a gap from 10,000 to
  // "0" fills at 100, deficit = 10,000 * (1/100 - 0.00011) = 100 - 1.1 = 98.9 BTC.
  it('floors the price at 1% of the start and says so', () => {
    const result = simulate(
      scenario({ instrument: 'inverse', size: '10000' }),
      dynProfile({ insuranceFund: '0' }),
      {
        kind: 'to_zero',
        durationMs: 1000,
        steps: 1,
      },
    );
    expect(result.deficit).toBe('98.9');
    expect(result.points[1]?.prices.BTC).toBe('100');
    expect(result.notes.join(' ')).toMatch(/floored at 1%/);
  });
});

describe('simulate: properties', () => {
  it('has no deficit whenever every fill is at or better than bankruptcy', () => {
    // Isolated linear, no fees, no latency, no slippage: every fill is a path price. Long:
    // BP = EP * (1 - 1/L); a path that never goes below BP never fills below it. Short: BP =
    // EP * (1 + 1/L), path never above it.
    fc.assert(
      fc.property(
        fc.constantFrom('long' as const, 'short' as const),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 100000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 }),
        (side, leverage, entry, steps) => {
          const ep = new Decimal(entry);
          const long = side === 'long';
          const bp = long
            ? ep.times(new Decimal(1).minus(new Decimal(1).div(leverage)))
            : ep.times(new Decimal(1).plus(new Decimal(1).div(leverage)));
          // Prices spread between BP and EP (and a bit beyond EP on the safe side).
          const prices = steps.map((s) =>
            bp.plus(ep.times(1.2).minus(bp).times(s).div(1_000_000)).toFixed(12, Decimal.ROUND_UP),
          );
          const shortPrices = steps.map((s) =>
            bp.minus(bp.times(s).div(1_000_000)).toFixed(12, Decimal.ROUND_DOWN),
          );
          const path = points(
            ...(long ? prices : shortPrices).map((price, i): [number, string] => [i * 1000, price]),
          );
          const result = simulate(
            scenario({ side, entryPrice: String(entry), leverage: String(leverage) }),
            dynProfile(),
            path,
          );
          expect(result.deficit).toBe('0');
          expect(new Decimal(result.finalBalance).isNegative()).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never takes a spot account below zero, whatever the path', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        (steps, quantity, withStop) => {
          const input: ScenarioInput = {
            schemaVersion: 1,
            exchange: 'dyn-perp',
            account: {
              walletBalance: '100',
              holdings: [{ asset: 'ETH', quantity: String(quantity), price: '2000' }],
              positions: [
                {
                  asset: 'ETH',
                  instrument: 'spot',
                  side: 'long',
                  entryPrice: '2000',
                  size: String(quantity),
                  leverage: '1',
                  marginMode: 'isolated',
                  ...(withStop
                    ? { stopLoss: { type: 'market' as const, triggerPrice: '1500' } }
                    : {}),
                },
              ],
            },
          };
          const path = points(
            ...steps.map((s, i): [number, string] => [i, new Decimal(s).div(1000).toFixed()]),
          );
          const result = simulate(input, dynProfile({ depthPerPercent: '1000' }), path);
          for (const point of result.points)
            expect(new Decimal(point.equity).isNegative()).toBe(false);
          expect(new Decimal(result.finalBalance).isNegative()).toBe(false);
          expect(result.deficit).toBe('0');
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('simulate: bad input', () => {
  it('names the field of a bad path', () => {
    expect(() => simulate(scenario({}), dynProfile(), { kind: 'points', points: [] })).toThrow(
      ValidationError,
    );
    try {
      simulate(scenario({}), dynProfile(), {
        kind: 'points',
        asset: 'DOGE',
        points: [{ timeMs: 0, price: '1' }],
      });
    } catch (error) {
      expect((error as ValidationError).field).toBe('path.asset');
    }
  });
});

describe('simulate: spot margin (borrowed funds)', () => {
  // Long 1 BTC at 10,000 with 5x spot margin: own money 2,000, loan D = 8,000.
  // Margin level = assets / liabilities = P / 8,000: liquidation at 1.1 -> P = 8,800;
  // bankrupt at P = 8,000. A gap to 6,000: the forced sale brings 6,000 against a debt of
  // 8,000, so the deficit is L - A = 2,000. With no fund and the user liable, the user owes it.
  it('leaves the user owing L - A after a gap on a venue that keeps users liable', () => {
    const input: ScenarioInput = {
      schemaVersion: 1,
      exchange: 'dyn-perp',
      account: {
        positions: [
          {
            asset: 'BTC',
            instrument: 'spot_margin',
            side: 'long',
            entryPrice: '10000',
            size: '1',
            leverage: '5',
            marginMode: 'isolated',
          },
        ],
      },
    };
    const profile = dynProfile({
      spotMargin: true,
      waterfall: ['insurance_fund'],
      insuranceFund: '0',
      userLiable: true,
    });
    const result = simulate(input, profile, points([0, '10000'], [1000, '6000']));
    expect(result.deficit).toBe('2000');
    expect(result.deficitPaidBy).toEqual([{ payer: 'user', amount: '2000' }]);
    expect(result.finalBalance).toBe('-2000');
    // Before the gap the account was worth its own money: 10,000 - 8,000.
    expect(result.startingBalance).toBe('2000');
  });
});

describe('simulate: one cross balance behind two assets', () => {
  // Wallet 1,000; cross longs 1 BTC at 10,000 and 10 ETH at 1,000, both 10x: the balance is
  // 1,000 + 1,000 + 1,000 = 3,000. With every price at a factor f of its start:
  // equity = 3,000 - 20,000 * (1 - f), maintenance = 0.5% * 20,000 f = 100 f.
  // Liquidation where 3,000 - 20,000 + 20,000 f = 100 f: f = 17,000 / 19,900 = 0.8543.
  const input: ScenarioInput = {
    schemaVersion: 1,
    exchange: 'dyn-perp',
    account: {
      walletBalance: '1000',
      positions: [
        {
          asset: 'BTC',
          instrument: 'linear',
          side: 'long',
          entryPrice: '10000',
          size: '1',
          leverage: '10',
          marginMode: 'cross',
        },
        {
          asset: 'ETH',
          instrument: 'linear',
          side: 'long',
          entryPrice: '1000',
          size: '10',
          leverage: '10',
          marginMode: 'cross',
        },
      ],
    },
  };

  it('gaps both assets -20% at once: equity 3,000 - 4,000 = -1,000, paid by the fund', () => {
    const result = simulate(input, dynProfile(), {
      kind: 'shock',
      dropPercent: '20',
      durationMs: 1000,
      steps: 1,
    });
    expect(result.startingBalance).toBe('3000');
    expect(result.deficit).toBe('1000');
    expect(result.deficitPaidBy).toEqual([{ payer: 'insurance_fund', amount: '1000' }]);
    expect(result.events.find((event) => event.kind === 'liquidation')?.positions).toEqual([0, 1]);
  });

  it('falls -1% a step: first breach at f = 0.85 (step 15), where the equity is exactly 0', () => {
    // f = 0.86 is above 0.8543 (no breach); at 0.85 equity = 3,000 - 3,000 = 0 <= 85: liquidated
    // at zero equity, so no deficit and nothing left.
    const result = simulate(input, dynProfile(), {
      kind: 'shock',
      dropPercent: '20',
      durationMs: 20_000,
      steps: 20,
    });
    const liquidation = result.events.find((event) => event.kind === 'liquidation');
    expect(liquidation?.timeMs).toBe(15_000);
    expect(result.deficit).toBe('0');
    expect(result.finalBalance).toBe('0');
  });
});

describe('simulate: partial liquidation in clips (Hyperliquid-style step fraction and cooldown)', () => {
  // Long 1 BTC at 10,000, 10x (M 1,000; fixture MMR 0.5%, no fees). At 9,040 the equity is
  // 40 and maintenance 45.2: breached. Each clip closes 10% of what is left; a clip does not
  // change the equity (no fee) but lowers maintenance by 10%:
  //   clip 1 (t = 1,000): 0.9 BTC left, maintenance 40.68 >= 40: still breached;
  //   clip 2 (t = 2,000, after the 1,000 ms cooldown, price still 9,040): 0.81 BTC left,
  //   maintenance 36.612 < 40: the position survives with equity 40.
  const clips = dynProfile({
    partial: { kind: 'partial', stepFraction: '0.1', stepIntervalMs: 1000 },
  });

  it('clips 10% at the breach, waits the cooldown, clips again, then stops', () => {
    const result = simulate(
      scenario({}),
      clips,
      points([0, '10000'], [1000, '9040'], [5000, '9040']),
    );
    const partials = result.events.filter((event) => event.kind === 'partial_liquidation');
    expect(partials.map((event) => [event.timeMs, event.size, event.price])).toEqual([
      [1000, '0.1', '9040'],
      [2000, '0.09', '9040'],
    ]);
    expect(result.finalBalance).toBe('40');
    expect(result.deficit).toBe('0');
  });
});
