/**
 * What a fault test needs from the machine, and whether it is there: the PostgreSQL server
 * binaries (for a throwaway cluster) and the shared Redis. A missing piece skips the test
 * with a message, unless CI is set, where it fails.
 */
import Redis from 'ioredis';
import { ciStrict } from '../../../../../scripts/ci-strict.cjs';
import { postgresBinDir } from './throwaway-postgres';

export const redisUrl = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const strict = ciStrict();

/** Why a test cannot run here (undefined when it can); throws instead under CI. */
function missing(reason: string | undefined): string | undefined {
  if (reason && strict) throw new Error(`${reason}, and CI is set`);
  if (reason) console.warn(`SKIPPED: ${reason} (set CI=true to make this a failure)`);
  return reason;
}

export function postgresBinariesMissing(): string | undefined {
  return missing(
    postgresBinDir()
      ? undefined
      : 'PostgreSQL server binaries (initdb, pg_ctl) not found; set PG_BIN_DIR',
  );
}

export async function redisMissing(): Promise<string | undefined> {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 3000,
    retryStrategy: () => null,
  });
  try {
    await redis.connect();
    await redis.ping();
    return undefined;
  } catch (error) {
    return missing(
      `Redis at ${redisUrl} is unreachable (${error instanceof Error ? error.message : String(error)})`,
    );
  } finally {
    redis.disconnect();
  }
}

/** Deletes every key under `prefix` (a test's own rate-limit buckets). */
export async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}
