/**
 * Starts the real API processes the HTTP suites share (PGlite in memory, or a fresh
 * PostgreSQL database with TEST_DB=postgres): the main API, and two rate-limited ones with
 * a small bucket that share it through Redis when Redis is reachable.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { ciStrict } from '../../../../scripts/ci-strict.cjs';
import { type ApiProcess, startApiProcess } from './api-process';

export const PWA_ORIGIN = 'https://pwa.example';

declare global {
  var belowzeroApis:
    { processes: ApiProcess[]; redisPrefix: string | null; logDir: string } | undefined;
}

async function redisReachable(url: string): Promise<boolean> {
  const probe = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  const ok = await probe.connect().then(
    () => true,
    () => false,
  );
  probe.disconnect();
  return ok;
}

export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'belowzero-api-test-'));
  const redisUrl = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
  const redis = await redisReachable(redisUrl);
  if (!redis) {
    if (ciStrict()) throw new Error(`Redis at ${redisUrl} is unreachable and CI is set`);
    console.warn(
      `\nRedis at ${redisUrl} is unreachable: the shared rate-limit test will be skipped.`,
    );
  }
  const redisPrefix = redis ? `belowzero-test:${randomBytes(6).toString('hex')}:` : null;
  const limited = {
    WEB_ORIGIN: PWA_ORIGIN,
    // 50 points, refilled at 1 point per second.
    RATE_LIMIT_CAPACITY: '50',
    RATE_LIMIT_RESTORE_PER_SECOND: '1',
    // Lets a test act as a client of its own IP (X-Forwarded-For), as behind a proxy.
    TRUST_PROXY: 'true',
    ...(redisPrefix ? { REDIS_URL: redisUrl, RATE_LIMIT_PREFIX: redisPrefix } : {}),
  };
  const mainLog = join(dir, 'main.log');
  const processes = await Promise.all([
    startApiProcess({ WEB_ORIGIN: PWA_ORIGIN }, mainLog),
    startApiProcess(limited, join(dir, 'limited-a.log')),
    startApiProcess(limited, join(dir, 'limited-b.log')),
  ]);
  globalThis.belowzeroApis = { processes, redisPrefix, logDir: dir };
  const [main, a, b] = processes as [ApiProcess, ApiProcess, ApiProcess];
  process.env.BZ_API_URL = main.url;
  process.env.BZ_API_LOG = mainLog;
  process.env.BZ_LIMITED_URLS = `${a.url} ${b.url}`;
  process.env.BZ_LIMITED_SHARED = redis ? 'redis' : 'memory';
}
