// The shared services of the benchmark: a uniquely named database on the local PostgreSQL
// (dropped after) and a unique key prefix on the local Redis (its keys deleted after).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import Redis from 'ioredis';

const adminUrl = process.env.BENCH_POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
export const redisUrl = process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379';

async function admin(sql) {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** @returns {Promise<{ url: string, version: string, drop: () => Promise<void> }>} */
export async function createBenchDatabase() {
  const name = `belowzero_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  try {
    await admin(`CREATE DATABASE "${name}"`);
  } catch (error) {
    throw new Error(
      `the benchmark needs PostgreSQL at ${adminUrl} (set BENCH_POSTGRES_URL): ${error.message}`,
    );
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const [{ server_version: version }] = await admin('SHOW server_version');
  return {
    url: url.toString(),
    version,
    drop: async () => void (await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

/** @returns {Promise<{ prefix: string, version: string, clear: () => Promise<void> }>} */
export async function createBenchRedisPrefix() {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new Error(
      `the benchmark needs Redis at ${redisUrl} (set BENCH_REDIS_URL): ${error.message}`,
    );
  }
  const prefix = `belowzero:bench:${process.pid}:${randomBytes(3).toString('hex')}:`;
  const version = /redis_version:(\S+)/.exec(await redis.info('server'))?.[1] ?? 'unknown';
  return {
    prefix,
    version,
    clear: async () => {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      await redis.quit();
    },
  };
}
