/**
 * Seeded pseudo-random numbers for the Monte Carlo model: xoshiro128** (32-bit state words,
 * fast in JS integer arithmetic) seeded through splitmix32, with normal and Poisson draws.
 * The same seed gives the same sequence on every JS engine, so odds reproduce to the digit.
 * Floats are fine here: these are model draws, never money.
 */
import { ValidationError } from './errors.js';

const TWO_POW_32 = 4294967296;

/** splitmix32: spreads one 32-bit seed word into well-mixed state words. */
function splitmix32(state: { value: number }): number {
  state.value = (state.value + 0x9e3779b9) | 0;
  let z = state.value;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Validates a seed: a whole number in [0, 2^32). */
export function parseSeed(field: string, seed: unknown): number {
  if (typeof seed !== 'number' || !Number.isFinite(seed))
    throw new ValidationError(field, seed, 'finite_number');
  if (!Number.isInteger(seed)) throw new ValidationError(field, seed, 'integer');
  if (seed < 0 || seed >= TWO_POW_32)
    throw new ValidationError(field, seed, 'within_range', 'must be in [0, 4294967295]');
  return seed;
}

export class SeededRandom {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  /** Box-Muller yields normals in pairs; the second is kept for the next call. */
  private spareNormal = 0;
  private hasSpareNormal = false;

  constructor(seed: number) {
    const mix = { value: parseSeed('seed', seed) };
    this.s0 = splitmix32(mix);
    this.s1 = splitmix32(mix);
    this.s2 = splitmix32(mix);
    this.s3 = splitmix32(mix);
  }

  /** Next 32-bit unsigned integer (xoshiro128**). */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform in [0, 1) with 32 bits of resolution. */
  uniform(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** Standard normal draw (Box-Muller, both values used). */
  normal(): number {
    if (this.hasSpareNormal) {
      this.hasSpareNormal = false;
      return this.spareNormal;
    }
    // 1 - u is in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - this.uniform()));
    const angle = 2 * Math.PI * this.uniform();
    this.spareNormal = radius * Math.sin(angle);
    this.hasSpareNormal = true;
    return radius * Math.cos(angle);
  }

  /**
   * Poisson draw by inversion, given expMinusMean = exp(-mean) computed once by the caller
   * (the path loop draws with the same mean at every step). Suited to small means (jumps
   * per step); cost grows with the mean.
   */
  poisson(expMinusMean: number): number {
    let count = 0;
    let product = this.uniform();
    while (product > expMinusMean) {
      count += 1;
      product *= this.uniform();
    }
    return count;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
