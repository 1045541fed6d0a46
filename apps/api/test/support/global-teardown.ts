/**
 * Stops the shared API processes with SIGTERM (each must shut down gracefully, exit 0) and
 * removes their log folder.
 */
import { rmSync } from 'node:fs';
import Redis from 'ioredis';

export default async function globalTeardown(): Promise<void> {
  const apis = globalThis.belowzeroApis;
  if (!apis) return;
  const codes = await Promise.all(apis.processes.map((api) => api.stop()));
  // The processes' logs served the run; a pass leaves no folder behind in the temp directory.
  rmSync(apis.logDir, { recursive: true, force: true });
  if (apis.redisPrefix) {
    const redis = new Redis(process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379');
    const keys = await redis.keys(`${apis.redisPrefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  }
  if (codes.some((code) => code !== 0)) {
    throw new Error(
      `an API process did not shut down gracefully on SIGTERM (exit codes ${codes.join(', ')})`,
    );
  }
}
