import fc from 'fast-check';
import { Decimal, ValidationError, historicalCrashes } from '../src/index.js';
import { pricePathPoints, resolvePricePath } from '../src/price-paths.js';

function fieldOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return `${error.field}:${error.rule}`;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('resolvePricePath', () => {
  it('splits a shock of -30% over 3 s into equal moves of the starting price', () => {
    // 30% over 3 steps = -10% per step: 1, 0.9, 0.8, 0.7 of the start, at 0, 1000, 2000, 3000 ms.
    const path = resolvePricePath({ kind: 'shock', dropPercent: '30', durationMs: 3000, steps: 3 });
    expect(path.timesMs).toEqual([0, 1000, 2000, 3000]);
    expect(pricePathPoints(path, new Decimal(50000))).toEqual([
      { timeMs: 0, price: '50000' },
      { timeMs: 1000, price: '45000' },
      { timeMs: 2000, price: '40000' },
      { timeMs: 3000, price: '35000' },
    ]);
  });

  it('treats a negative drop as a rise (for shorts)', () => {
    const path = resolvePricePath({ kind: 'shock', dropPercent: '-50', durationMs: 10, steps: 1 });
    expect(pricePathPoints(path, new Decimal(200)).map((p) => p.price)).toEqual(['200', '300']);
  });

  it('sends a coin to exactly zero', () => {
    const path = resolvePricePath({ kind: 'to_zero', durationMs: 60_000, steps: 4 });
    expect(pricePathPoints(path, new Decimal(3)).map((p) => p.price)).toEqual([
      '3',
      '2.25',
      '1.5',
      '0.75',
      '0',
    ]);
  });

  it('replays LUNA May 2022 relative to the published $83.04 start', () => {
    const path = resolvePricePath({ kind: 'replay', crashId: 'luna-2022-05' });
    // $83.04 -> $9.45 published; scaled to a start of 83.04 the replay gives back the published prices.
    const prices = pricePathPoints(path, new Decimal('83.04')).map((p) => p.price);
    expect(prices[0]).toBe('83.04');
    // 120 straight-line moves per stretch: the published $9.45 is point 120, 5 days later
    // (6 May 00:00 to 11 May 00:00 UTC); halfway, point 60 is (83.04 + 9.45) / 2 = 46.245.
    expect(prices[120]).toBe('9.45');
    expect(path.timesMs[120]).toBe(5 * 24 * 3600 * 1000);
    expect(prices[60]).toBe('46.245');
    expect(prices[prices.length - 1]).toBe('0.004');
  });

  it('lists the five documented crashes with sources on every waypoint', () => {
    expect(historicalCrashes.map((crash) => crash.id).sort()).toEqual(
      [
        'btc-2020-03-12',
        'crash-2025-10-10',
        'ftt-2022-11',
        'luna-2022-05',
        'okex-clawback-2018-07',
      ].sort(),
    );
    for (const crash of historicalCrashes) {
      expect(crash.sources.length).toBeGreaterThan(0);
      crash.waypoints.forEach((waypoint, index) => {
        expect(waypoint.source.length).toBeGreaterThan(0);
        if (index > 0) expect(waypoint.timeMs).toBeGreaterThan(crash.waypoints[index - 1]!.timeMs);
      });
    }
  });

  it('keeps user points as absolute prices', () => {
    const path = resolvePricePath({
      kind: 'points',
      asset: 'ETH',
      points: [
        { timeMs: 0, price: '10' },
        { timeMs: 5, price: '0' },
      ],
    });
    expect(path.asset).toBe('ETH');
    expect(pricePathPoints(path, new Decimal(999)).map((p) => p.price)).toEqual(['10', '0']);
  });

  it.each([
    [{ kind: 'points', points: [] }, 'path.points:non_empty'],
    [
      {
        kind: 'points',
        points: [
          { timeMs: 5, price: '1' },
          { timeMs: 5, price: '2' },
        ],
      },
      'path.points.1.timeMs:sorted_timestamps',
    ],
    [
      {
        kind: 'points',
        points: [
          { timeMs: 9, price: '1' },
          { timeMs: 3, price: '2' },
        ],
      },
      'path.points.1.timeMs:sorted_timestamps',
    ],
    [{ kind: 'points', points: [{ timeMs: 0, price: '-1' }] }, 'path.points.0.price:non_negative'],
    [
      { kind: 'points', points: [{ timeMs: 0, price: 'abc' }] },
      'path.points.0.price:decimal_string',
    ],
    [{ kind: 'shock', dropPercent: '120', durationMs: 1000 }, 'path.dropPercent:within_range'],
    [{ kind: 'shock', dropPercent: '10', durationMs: 0 }, 'path.durationMs:positive'],
    [{ kind: 'replay', crashId: 'nope' }, 'path.crashId:one_of'],
    [{ kind: 'spiral' }, 'path.kind:one_of'],
  ])('rejects %j naming the field', (input, expected) => {
    expect(fieldOf(() => resolvePricePath(input))).toBe(expected);
  });

  it('never produces a negative price for any allowed shock', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100000, max: 10000 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 100000 }),
        (dropHundredths, steps, durationMs) => {
          const path = resolvePricePath({
            kind: 'shock',
            dropPercent: (dropHundredths / 100).toFixed(2),
            durationMs,
            steps,
          });
          for (const point of pricePathPoints(path, new Decimal('123.45'))) {
            expect(new Decimal(point.price).isNegative()).toBe(false);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
