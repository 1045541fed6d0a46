/**
 * The in-memory leaky bucket, driven by an explicit clock (no waiting). Expected figures are
 * derived by hand from the bucket rule: take the cost if it fits, refill at `restore` per second.
 */
import { MemoryRateLimiter } from '../src/rate-limiter';

test('charges, refuses with the time to refill, refills, and caps at capacity', async () => {
  let now = 1_000_000;
  const limiter = new MemoryRateLimiter({ capacity: 100, restorePerSecond: 10 }, () => now);
  expect((await limiter.charge('c', 70)).bucket.remaining).toBe(30);
  // 30 left, 45 needed: 15 missing at 10/s -> retry in 2 s (1.5 rounded up); nothing taken.
  const refused = await limiter.charge('c', 45);
  expect(refused).toEqual({
    allowed: false,
    bucket: { capacity: 100, remaining: 30, restoreRate: 10, retryAfterSeconds: 2 },
  });
  now += 1_500; // +15 points
  const fits = await limiter.charge('c', 45);
  expect(fits.allowed).toBe(true);
  expect(fits.bucket.remaining).toBe(0);
  now += 60_000; // long idle: back to capacity, never above it
  expect((await limiter.charge('c', 0)).bucket.remaining).toBe(100);
  // Clients are independent.
  expect((await limiter.charge('other', 100)).allowed).toBe(true);
  expect((await limiter.charge('c', 100)).allowed).toBe(true);
});
