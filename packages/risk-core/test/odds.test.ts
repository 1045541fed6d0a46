import fc from 'fast-check';
import { Decimal } from '../src/decimal.js';
import { CancelledError, ValidationError } from '../src/errors.js';
import { type OddsOptions, estimateOdds } from '../src/odds.js';
import type { ScenarioInput } from '../src/scenario.js';
import { wilsonInterval } from '../src/wilson.js';
import { dynProfile } from './fixtures/dyn-profiles.js';

// Long 1 BTC at 10,000, 10x isolated (fixture MMR 0.5%): M = 1,000, BP = 9,000,
// LP = 9,000 / 0.995 = 9,045.226...
const longBtc: ScenarioInput = {
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

const ONE_YEAR_HOURS = '8766'; // 365.25 days, the model's year

// Monte Carlo runs take seconds on a busy machine; the timeout only guards against a hang.
jest.setTimeout(60_000);

/** Standard normal CDF (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

function width(interval: { low: string; high: string }): number {
  return new Decimal(interval.high).minus(interval.low).toNumber();
}

describe('estimateOdds', () => {
  it('gives exactly 0 with no volatility, no jumps and no drift (the price never moves)', async () => {
    const result = await estimateOdds(longBtc, dynProfile(), {
      seed: 1,
      paths: 200,
      steps: 50,
      horizonHours: '24',
      volatility: '0',
    });
    expect(result.liquidation.probability).toBe('0');
    expect(result.deficit.probability).toBe('0');
    expect(result.expectedDeficit).toBe('0');
    // The thresholds the float loop compares against are the exact Decimal figures.
    expect(
      new Decimal(result.thresholds.below ?? '0')
        .minus(new Decimal(9000).div('0.995'))
        .abs()
        .lessThan('1e-30'),
    ).toBe(true);
  });

  it('gives 1 with no volatility and a certain fall (drift -100%/year over a year: price x e^-1)', async () => {
    // Zero volatility: the log price falls by 1/1,000 per step to -1 (x 0.368), far past LP,
    // so every path liquidates. Step 100 is at 10,000 * e^-0.1 = 9,048.37 (above LP 9,045.23),
    // step 101 at 9,039.33: between LP and BP (9,000), so the fill leaves no deficit.
    const result = await estimateOdds(longBtc, dynProfile(), {
      seed: 3,
      paths: 50,
      steps: 1000,
      horizonHours: ONE_YEAR_HOURS,
      volatility: '0',
      drift: '-1',
    });
    expect(result.liquidation.probability).toBe('1');
    expect(result.deficit.probability).toBe('0');
  });

  it('gives 1 for a pure-jump model with a certain -50% jump, and a deficit on every path', async () => {
    // lambda*T = 50 jumps expected: P(no jump) = e^-50 ~ 2e-22. Each jump is exactly -50%
    // (log 0.5, no spread); drift = lambda*k = 50*(0.5 - 1) = -25 cancels the compensator, so
    // the price only moves by jumps. The first jump lands at 5,000 (or lower): past BP 9,000,
    // so the user is liquidated with a deficit of at least 4,000 that the venue's
    // fund and ADL pay (the fixture does not make users liable).
    const options: OddsOptions = {
      seed: 5,
      paths: 300,
      steps: 500,
      horizonHours: ONE_YEAR_HOURS,
      volatility: '0',
      jumpIntensityPerYear: '50',
      jumpMean: new Decimal(0.5).ln().toFixed(),
      drift: '-25',
    };
    const result = await estimateOdds(longBtc, dynProfile(), options);
    expect(result.liquidation.probability).toBe('1');
    expect(result.deficit.probability).toBe('1');
    expect(result.userOwes.probability).toBe('0');
    expect(new Decimal(result.expectedDeficit).greaterThanOrEqualTo(4000)).toBe(true);
    // On a venue that leaves users liable with no fund, every path leaves the user owing.
    const liable = await estimateOdds(
      longBtc,
      dynProfile({ waterfall: [], insuranceFund: '0', userLiable: true }),
      options,
    );
    expect(liable.userOwes.probability).toBe('1');
  });

  it('matches P = 1 - e^(-lambda*T) = 1/2 for one possible -50% jump with lambda*T = ln 2', async () => {
    // Any jump crosses LP and nothing else moves the price, so P(liquidation) = P(N >= 1)
    // = 1 - e^(-ln 2) = 0.5. Drift lambda*k = ln2 * (0.5 - 1) cancels the compensator.
    const ln2 = new Decimal(2).ln();
    const result = await estimateOdds(longBtc, dynProfile(), {
      seed: 42,
      paths: 2000,
      steps: 100,
      horizonHours: ONE_YEAR_HOURS,
      volatility: '0',
      jumpIntensityPerYear: ln2.toFixed(),
      jumpMean: ln2.negated().toFixed(),
      drift: ln2.div(2).negated().toFixed(),
    });
    const p = new Decimal(result.liquidation.probability).toNumber();
    // Standard error sqrt(0.25 / 2000) = 0.0112; allow 4 of them.
    expect(Math.abs(p - 0.5)).toBeLessThan(0.045);
    expect(new Decimal(result.liquidation.interval.low).lessThan(0.5)).toBe(true);
    expect(new Decimal(result.liquidation.interval.high).greaterThan(0.5)).toBe(true);
  });

  it('matches the barrier-crossing formula of a driftless GBM (with the discrete-monitoring correction)', async () => {
    // No jumps, volatility 80%/year, 30 days in 240 steps of 3 hours, drift 0 (so the log price
    // has drift nu = -sigma^2/2). The path liquidates when it first touches LP = 9,045.23,
    // b = LP / 10,000. For continuous monitoring, P(min <= b) =
    //   N((ln b - nu T) / (sigma sqrt T)) + b^(2 nu / sigma^2) N((ln b + nu T) / (sigma sqrt T));
    // checking only at the steps is matched by moving the barrier by exp(-0.5826 sigma sqrt(dt))
    // (Broadie, Glasserman and Kou 1997). Hand evaluation gives ~0.68.
    const sigma = 0.8;
    const years = 30 / 365.25;
    const steps = 240;
    const nu = -(sigma * sigma) / 2;
    const lnB = Math.log(9000 / 0.995 / 10000) - 0.5826 * sigma * Math.sqrt(years / steps);
    const s = sigma * Math.sqrt(years);
    const expected =
      normalCdf((lnB - nu * years) / s) +
      Math.exp((2 * nu * lnB) / (sigma * sigma)) * normalCdf((lnB + nu * years) / s);
    const paths = 2000;
    const result = await estimateOdds(longBtc, dynProfile(), {
      seed: 2024,
      paths,
      steps,
      horizonHours: String(30 * 24),
      volatility: '0.8',
    });
    const p = new Decimal(result.liquidation.probability).toNumber();
    // 4 standard errors of a proportion over 2,000 paths.
    expect(Math.abs(p - expected)).toBeLessThan(4 * Math.sqrt((expected * (1 - expected)) / paths));
  });

  it('lets a cancel queued on the event loop (a Web Worker message) stop the run after a chunk', async () => {
    const signal = { aborted: false };
    let chunks = 0;
    setTimeout(() => {
      signal.aborted = true;
    }, 0);
    const run = estimateOdds(
      longBtc,
      dynProfile(),
      { seed: 1, paths: 5000, steps: 10, horizonHours: '24', volatility: '0.5' },
      {
        signal,
        onProgress: () => {
          chunks += 1;
        },
      },
    );
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(chunks).toBeLessThan(20);
  });

  it('reproduces the same odds from the same seed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 32 - 1 }), async (seed) => {
        const options: OddsOptions = {
          seed,
          paths: 60,
          steps: 60,
          horizonHours: '720',
          volatility: '1.5',
          jumpIntensityPerYear: '20',
          jumpMean: '-0.1',
          jumpStdDev: '0.05',
        };
        const a = await estimateOdds(longBtc, dynProfile(), options);
        const b = await estimateOdds(longBtc, dynProfile(), options);
        expect(b).toEqual(a);
      }),
      { numRuns: 15 },
    );
  });

  it('narrows the confidence interval as paths grow (width ~ 1/sqrt(n))', async () => {
    const options = { seed: 9, steps: 48, horizonHours: '720', volatility: '1' };
    const small = await estimateOdds(longBtc, dynProfile(), { ...options, paths: 400 });
    const large = await estimateOdds(longBtc, dynProfile(), { ...options, paths: 6400 });
    const p = new Decimal(large.liquidation.probability).toNumber();
    expect(p).toBeGreaterThan(0.05);
    expect(p).toBeLessThan(0.95);
    // 16 times the paths: a quarter of the width, give or take the change in p.
    const ratio = width(small.liquidation.interval) / width(large.liquidation.interval);
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(5);
  });

  it('reports progress per chunk and stops with CancelledError when the signal is set', async () => {
    const signal = { aborted: false };
    const seen: [number, number][] = [];
    const run = estimateOdds(
      longBtc,
      dynProfile(),
      { seed: 1, paths: 2000, steps: 10, horizonHours: '24', volatility: '0.5' },
      {
        signal,
        onProgress: (done, total) => {
          seen.push([done, total]);
          if (done >= 500) signal.aborted = true;
        },
      },
    );
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(seen).toEqual([
      [250, 2000],
      [500, 2000],
    ]);
  });

  it.each([
    [{ seed: -1 }, 'options.seed'],
    [{ paths: 0 }, 'options.paths'],
    [{ steps: 1.5 }, 'options.steps'],
    [{ volatility: '-0.1' }, 'options.volatility'],
    [{ horizonHours: '0' }, 'options.horizonHours'],
    [{ asset: 'DOGE' }, 'options.asset'],
  ])('rejects %j naming the field', async (bad, field) => {
    const options = {
      seed: 1,
      paths: 10,
      steps: 10,
      horizonHours: '24',
      volatility: '0.5',
      ...bad,
    } as OddsOptions;
    await expect(estimateOdds(longBtc, dynProfile(), options)).rejects.toMatchObject({ field });
    await expect(estimateOdds(longBtc, dynProfile(), options)).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});

describe('wilsonInterval', () => {
  it('matches a hand computation: 5 of 100 -> [0.0215, 0.1118]', () => {
    // z = 1.96: centre = (0.05 + 1.9208/100) / 1.038416 = 0.066647; half-width =
    // 1.96/1.038416 * sqrt(0.0475/100 + 3.8416/40000) = 0.045115 -> [0.02153, 0.11176].
    const interval = wilsonInterval(5, 100);
    expect(new Decimal(interval.low).toDecimalPlaces(4).toFixed()).toBe('0.0215');
    expect(new Decimal(interval.high).toDecimalPlaces(4).toFixed()).toBe('0.1118');
  });

  it('stays inside [0, 1] at 0 and n successes', () => {
    expect(wilsonInterval(0, 50).low).toBe('0');
    expect(wilsonInterval(50, 50).high).toBe('1');
  });
});
