/**
 * A client's budget of cost points: its IP's bucket, and its device's too when it sends a
 * token. Every charge is drawn from both, so minting device identities at one address does not
 * add to what that address may spend.
 */
import type { Charge, RateLimiter } from './rate-limiter.js';

export interface ClientBudget {
  /** Takes `cost` from every bucket of the client; refused as soon as one lacks it. */
  charge(cost: number): Promise<Charge>;
  /** Takes what is left, up to `cost` (a refused request still pays for its refusal). */
  drain(cost: number): Promise<Charge>;
}

export function clientBudget(limiter: RateLimiter, keys: readonly string[]): ClientBudget {
  const charge = async (cost: number): Promise<Charge> => {
    let tightest: Charge | null = null;
    // The IP first: a device refused by its address's bucket keeps its own points.
    for (const key of keys) {
      const result = await limiter.charge(key, cost);
      if (!result.allowed) return result;
      if (tightest === null || result.bucket.remaining < tightest.bucket.remaining)
        tightest = result;
    }
    return tightest as Charge;
  };
  return {
    charge,
    drain: async (cost) => {
      let result = await charge(cost);
      for (let attempt = 0; !result.allowed && attempt < keys.length; attempt += 1)
        result = await charge(Math.min(cost, result.bucket.remaining));
      return result;
    },
  };
}
