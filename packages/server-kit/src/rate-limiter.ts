/**
 * Per-client leaky buckets of query-cost points (Shopify's model): each operation takes its
 * static cost out of the client's bucket, which refills at a steady rate up to its capacity.
 * In memory by default; in Redis when REDIS_URL is set, so every process of a service shares them.
 */
import Redis from 'ioredis';

export interface BucketState {
  capacity: number;
  /** Points left after this charge. */
  remaining: number;
  /** Points restored per second. */
  restoreRate: number;
  /** When refused: seconds until the bucket holds enough for the cost; 0 otherwise. */
  retryAfterSeconds: number;
}

export interface Charge {
  allowed: boolean;
  bucket: BucketState;
}

export interface RateLimiter {
  /** Takes `cost` points from the client's bucket if it holds them (0 only reads it). */
  charge(clientKey: string, cost: number): Promise<Charge>;
  close(): Promise<void>;
}

export interface BucketSettings {
  capacity: number;
  restorePerSecond: number;
}

function outcome(
  settings: BucketSettings,
  available: number,
  cost: number,
  allowed: boolean,
): Charge {
  const missing = allowed ? 0 : cost - available;
  return {
    allowed,
    bucket: {
      capacity: settings.capacity,
      remaining: Math.floor(available),
      restoreRate: settings.restorePerSecond,
      retryAfterSeconds: Math.max(0, Math.ceil(missing / settings.restorePerSecond)),
    },
  };
}

export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, { available: number; at: number }>();

  constructor(
    private readonly settings: BucketSettings,
    private readonly now: () => number = Date.now,
  ) {}

  async charge(clientKey: string, cost: number): Promise<Charge> {
    const now = this.now();
    const stored = this.buckets.get(clientKey);
    const refilled = stored
      ? Math.min(
          this.settings.capacity,
          stored.available + ((now - stored.at) / 1000) * this.settings.restorePerSecond,
        )
      : this.settings.capacity;
    const allowed = cost <= refilled;
    const available = allowed ? refilled - cost : refilled;
    if (available >= this.settings.capacity) this.buckets.delete(clientKey);
    else this.buckets.set(clientKey, { available, at: now });
    if (this.buckets.size > 100_000) this.forgetFullBuckets(now);
    return outcome(this.settings, available, cost, allowed);
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }

  /** Drops buckets that have refilled, so memory stays bounded by the active clients. */
  private forgetFullBuckets(now: number): void {
    for (const [key, bucket] of this.buckets) {
      const refilled =
        bucket.available + ((now - bucket.at) / 1000) * this.settings.restorePerSecond;
      if (refilled >= this.settings.capacity) this.buckets.delete(key);
    }
  }
}

/** The same bucket arithmetic, done atomically inside Redis with Redis's own clock. */
const LEAKY_BUCKET_SCRIPT = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local stored = redis.call('HMGET', KEYS[1], 'available', 'at')
local available = capacity
if stored[1] then
  available = math.min(capacity, tonumber(stored[1]) + (now - tonumber(stored[2])) / 1000 * rate)
end
local allowed = 0
if cost <= available then
  available = available - cost
  allowed = 1
end
redis.call('HSET', KEYS[1], 'available', tostring(available), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - available) / rate * 1000) + 1000)
return { allowed, tostring(available) }
`;

/** Redis with the script defined as a command: sent once, then run by its SHA (EVALSHA). */
interface BucketRedis extends Redis {
  leakyBucket(key: string, capacity: number, rate: number, cost: number): Promise<[number, string]>;
}

export class RedisRateLimiter implements RateLimiter {
  private readonly redis: BucketRedis;

  constructor(
    url: string,
    private readonly settings: BucketSettings,
    private readonly prefix = 'belowzero:rate:',
  ) {
    const redis = new Redis(url, {
      maxRetriesPerRequest: 2,
      enableOfflineQueue: true,
      lazyConnect: false,
    });
    redis.defineCommand('leakyBucket', { numberOfKeys: 1, lua: LEAKY_BUCKET_SCRIPT });
    this.redis = redis as BucketRedis;
  }

  async charge(clientKey: string, cost: number): Promise<Charge> {
    const [allowed, available] = await this.redis.leakyBucket(
      this.prefix + clientKey,
      this.settings.capacity,
      this.settings.restorePerSecond,
      cost,
    );
    return outcome(this.settings, Number(available), cost, allowed === 1);
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}

export function createRateLimiter(
  redisUrl: string | undefined,
  settings: BucketSettings,
  prefix?: string,
): RateLimiter {
  return redisUrl
    ? new RedisRateLimiter(redisUrl, settings, prefix)
    : new MemoryRateLimiter(settings);
}
