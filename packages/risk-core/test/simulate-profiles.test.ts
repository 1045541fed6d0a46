/**
 * simulate and compare on the real exchange profiles (src/profiles/data), cross-checked
 * against assess: the walk must see a liquidation at the first point of a replay that is at
 * or past assess's liquidation price, and never before.
 */
import { assess } from '../src/assess.js';
import { compare } from '../src/compare.js';
import { Decimal } from '../src/decimal.js';
import { historicalCrashes } from '../src/crashes/index.js';
import { findProfile, profiles } from '../src/profiles/registry.js';
import type { ScenarioInput } from '../src/scenario.js';
import { simulate } from '../src/simulate.js';

// Every crash on every profile is many Decimal walks; the timeout only guards against a hang.
jest.setTimeout(60_000);

const btcLong: ScenarioInput = {
  schemaVersion: 1,
  exchange: 'binance-usdm',
  account: {
    positions: [
      {
        asset: 'BTC',
        instrument: 'linear',
        side: 'long',
        entryPrice: '7300',
        size: '1',
        leverage: '5',
        marginMode: 'isolated',
      },
    ],
  },
};

describe('simulate on published profiles', () => {
  it("replays 12 March 2020 on binance-usdm and liquidates at the first point past assess's liquidation price", () => {
    const profile = findProfile('binance-usdm');
    const liquidationPrice = new Decimal(
      assess(btcLong, profile).positions[0]?.liquidationPrice ?? 'NaN',
    );
    const result = simulate(btcLong, profile, { kind: 'replay', crashId: 'btc-2020-03-12' });
    const breach = result.events.find((event) => event.kind === 'liquidation_triggered');
    expect(breach).toBeDefined();
    const index = result.points.findIndex((point) => point.timeMs === breach?.timeMs);
    expect(
      new Decimal(result.points[index]?.prices.BTC ?? 'NaN').lessThanOrEqualTo(liquidationPrice),
    ).toBe(true);
    expect(
      new Decimal(result.points[index - 1]?.prices.BTC ?? 'NaN').greaterThan(liquidationPrice),
    ).toBe(true);
  });

  it('runs every documented crash on every profile that offers the product without throwing', () => {
    for (const crash of historicalCrashes) {
      const result = compare(btcLong, profiles, { kind: 'replay', crashId: crash.id });
      expect(result.ranked.length + result.skipped.length).toBe(profiles.length);
      for (let i = 1; i < result.ranked.length; i += 1) {
        expect(
          new Decimal(result.ranked[i - 1]!.outcomeBalance).greaterThanOrEqualTo(
            result.ranked[i]!.outcomeBalance,
          ),
        ).toBe(true);
      }
      for (const entry of result.ranked) {
        const paid = entry.simulation?.deficitPaidBy.reduce(
          (sum, part) => sum.plus(part.amount),
          new Decimal(0),
        );
        expect(paid?.equals(entry.simulation?.deficit ?? '0')).toBe(true);
      }
    }
  });
});

describe('notes on figures a venue does not publish', () => {
  it('say what was used, in the words of the assessment’s warnings, never "taken as zero"', () => {
    // Kraken Futures publishes neither how maintenance is valued nor a margin-call level: the
    // mark price is used, and there is simply no margin-call price.
    const input: ScenarioInput = {
      schemaVersion: 1,
      exchange: 'kraken-futures',
      account: {
        walletBalance: '10000',
        positions: [
          {
            ...btcLong.account.positions[0]!,
            entryPrice: '60000',
            size: '0.1',
            marginMode: 'cross',
          },
        ],
      },
    };
    const profile = findProfile('kraken-futures');
    const notes = simulate(input, profile, {
      kind: 'shock',
      dropPercent: '30',
      durationMs: 60_000,
      steps: 10,
    }).notes;
    expect(notes).toEqual(
      expect.arrayContaining([
        'The exchange does not publish whether maintenance is valued at the mark or the entry price; the mark price was used.',
        'The exchange does not publish a margin-call level, so no margin-call price can be given.',
      ]),
    );
    expect(notes.join('\n')).not.toMatch(/taken as zero/);
    const warnings = assess(input, profile)
      .warnings.filter((warning) => warning.code === 'PROFILE_FIGURE_UNKNOWN')
      .map((warning) => warning.message);
    for (const warning of warnings) expect(notes).toContain(warning);
  });
});
