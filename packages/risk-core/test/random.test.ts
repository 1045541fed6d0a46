import fc from 'fast-check';
import { SeededRandom } from '../src/random.js';
import { ValidationError } from '../src/index.js';

describe('SeededRandom', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const a = new SeededRandom(seed);
        const b = new SeededRandom(seed);
        const c = new SeededRandom((seed + 1) % 2 ** 32);
        const first = Array.from({ length: 8 }, () => a.nextUint32());
        expect(Array.from({ length: 8 }, () => b.nextUint32())).toEqual(first);
        expect(Array.from({ length: 8 }, () => c.nextUint32())).not.toEqual(first);
      }),
    );
  });

  it('draws uniforms in [0, 1) with mean ~1/2 and normals with mean ~0 and variance ~1', () => {
    const random = new SeededRandom(7);
    const n = 50_000;
    let uniformSum = 0;
    let normalSum = 0;
    let normalSquares = 0;
    let outside = 0;
    for (let i = 0; i < n; i += 1) {
      const u = random.uniform();
      if (u < 0 || u >= 1) outside += 1;
      uniformSum += u;
      const z = random.normal();
      normalSum += z;
      normalSquares += z * z;
    }
    expect(outside).toBe(0);
    // Standard errors: uniform mean 0.289/sqrt(n) = 0.0013, normal mean 1/sqrt(n) = 0.0045,
    // variance sqrt(2/n) = 0.0063; bounds at 5 standard errors.
    expect(Math.abs(uniformSum / n - 0.5)).toBeLessThan(0.0065);
    expect(Math.abs(normalSum / n)).toBeLessThan(0.0225);
    expect(Math.abs(normalSquares / n - 1)).toBeLessThan(0.032);
  });

  it('draws Poisson counts with the requested mean', () => {
    const random = new SeededRandom(11);
    const mean = 0.3;
    const expMinusMean = Math.exp(-mean);
    const n = 100_000;
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < n; i += 1) {
      const k = random.poisson(expMinusMean);
      sum += k;
      if (k === 0) zeros += 1;
    }
    // P(0) = e^-0.3 = 0.7408; sd of the frequency sqrt(0.74*0.26/n) = 0.0014; mean sd sqrt(0.3/n) = 0.0017.
    expect(Math.abs(zeros / n - 0.7408)).toBeLessThan(0.007);
    expect(Math.abs(sum / n - mean)).toBeLessThan(0.009);
  });

  it.each([[-1], [1.5], [2 ** 32], [Number.NaN]])('rejects the seed %p', (seed) => {
    expect(() => new SeededRandom(seed)).toThrow(ValidationError);
  });
});
