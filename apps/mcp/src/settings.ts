/**
 * The MCP server's settings from the environment: the same names and defaults as the API's
 * (README, "Settings"), so one deployment configures both alike.
 */
import {
  type BucketSettings,
  type ComputeSettings,
  defaultComputeThreads,
  integerSetting,
} from '@belowzero/server-kit';

export interface McpSettings {
  port: number;
  host: string;
  redisUrl: string | undefined;
  rateLimitPrefix: string;
  bucket: BucketSettings;
  maxBodyBytes: number;
  trustProxy: boolean;
  compute: ComputeSettings;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): McpSettings {
  return {
    port: integerSetting(env, 'MCP_PORT', 4100, 0, 65535),
    host: env.HOST || '127.0.0.1',
    redisUrl: env.REDIS_URL || undefined,
    rateLimitPrefix: `${env.RATE_LIMIT_PREFIX || 'belowzero:rate:'}mcp:`,
    bucket: {
      capacity: integerSetting(env, 'RATE_LIMIT_CAPACITY', 10_000, 1, 10_000_000),
      restorePerSecond: integerSetting(env, 'RATE_LIMIT_RESTORE_PER_SECOND', 100, 1, 1_000_000),
    },
    maxBodyBytes: integerSetting(env, 'MAX_BODY_BYTES', 100_000, 1_000, 10_000_000),
    trustProxy: env.TRUST_PROXY === 'true' || env.TRUST_PROXY === '1',
    compute: {
      threads: integerSetting(env, 'COMPUTE_THREADS', defaultComputeThreads, 1, 256),
      maxQueue: integerSetting(env, 'COMPUTE_QUEUE', 16, 0, 10_000),
      timeoutMs: integerSetting(env, 'COMPUTE_TIMEOUT_MS', 20_000, 100, 600_000),
    },
  };
}
