/**
 * Everything the API reads from its environment, read once at start-up.
 */
import { join, resolve } from 'node:path';
import { type ComputeSettings, defaultComputeThreads, integerSetting } from '@belowzero/server-kit';

export interface ApiConfig {
  port: number;
  host: string;
  /** PostgreSQL URL; when undefined the API embeds PGlite. */
  databaseUrl: string | undefined;
  /** PGlite data directory, or "memory://" for a throwaway database. */
  pgliteDataDir: string;
  redisUrl: string | undefined;
  /** Origins of the PWA: allowed by CORS, and held to the persisted-query safelist. */
  webOrigins: string[];
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  maxDepth: number;
  /** Most fields one operation may select once its fragment spreads are expanded. */
  maxFields: number;
  /** Most lexical tokens a query document may have (graphql-js stops parsing past it). */
  maxTokens: number;
  /** Largest static query cost accepted for one operation. */
  maxCost: number;
  /** Leaky bucket: capacity in cost points and points restored per second. */
  rateLimitCapacity: number;
  rateLimitRestorePerSecond: number;
  /** Device identities one IP may create per hour (a bucket of its own, refilled steadily). */
  deviceCreationsPerHour: number;
  /** Prefix of the Redis keys of the buckets (lets several deployments share one Redis). */
  rateLimitPrefix: string;
  /** Behind a reverse proxy: take the client's IP from the last X-Forwarded-For entry. */
  trustProxy: boolean;
  /** Worker threads for the heavy computations, tasks that may wait, and each one's time limit. */
  compute: ComputeSettings;
  /** Seconds the server waits for in-flight requests on SIGTERM before closing anyway. */
  shutdownGraceSeconds: number;
  /** Reading the venues' tables and market figures on a schedule; null when switched off
   * (the default: without it the API answers from the bundled snapshot). */
  venueRefresh: VenueRefreshConfig | null;
}

export interface VenueRefreshConfig {
  /** Minutes between two reads of a venue's contract tables. */
  tablesEveryMinutes: number;
  /** Seconds between two reads of a venue's market figures. */
  marketEverySeconds: number;
  /** Where each venue is read: a URL with "{profile}" (a stand-in), or null for the venues'
   * own public endpoints. */
  baseUrlTemplate: string | null;
  /** Profiles to refresh; null for every profile with an importer. */
  profiles: string[] | null;
  /** Assets whose contracts are read on every venue. */
  assets: string[] | null;
  timeoutMs: number;
  /** Read-only Binance key, for its signed leverage brackets; without it Binance keeps the
   * dated snapshot. */
  binance: { apiKey: string; secret: string } | null;
}

/** The repository root: apps/api/{src,dist}/config.* is two folders below it. */
export const repoRoot = resolve(__dirname, '..', '..', '..');

export function readConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  return {
    port: integerSetting(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    pgliteDataDir: env.PGLITE_DATA_DIR || join(repoRoot, '.data', 'pglite'),
    redisUrl: env.REDIS_URL || undefined,
    webOrigins: (env.WEB_ORIGIN || 'http://localhost:3000,http://127.0.0.1:3000')
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0),
    maxBodyBytes: integerSetting(env, 'MAX_BODY_BYTES', 100_000, 1_000, 10_000_000),
    maxDepth: integerSetting(env, 'MAX_QUERY_DEPTH', 12, 2, 100),
    maxFields: integerSetting(env, 'MAX_QUERY_FIELDS', 1_000, 10, 100_000),
    maxTokens: integerSetting(env, 'MAX_QUERY_TOKENS', 2_000, 100, 1_000_000),
    maxCost: integerSetting(env, 'MAX_QUERY_COST', 2_000, 10, 1_000_000),
    rateLimitCapacity: integerSetting(env, 'RATE_LIMIT_CAPACITY', 10_000, 1, 10_000_000),
    rateLimitRestorePerSecond: integerSetting(
      env,
      'RATE_LIMIT_RESTORE_PER_SECOND',
      100,
      1,
      1_000_000,
    ),
    deviceCreationsPerHour: integerSetting(env, 'DEVICE_CREATIONS_PER_HOUR', 60, 1, 10_000_000),
    rateLimitPrefix: env.RATE_LIMIT_PREFIX || 'belowzero:rate:',
    trustProxy: env.TRUST_PROXY === 'true' || env.TRUST_PROXY === '1',
    shutdownGraceSeconds: integerSetting(env, 'SHUTDOWN_GRACE_SECONDS', 10, 0, 600),
    compute: {
      threads: integerSetting(env, 'COMPUTE_THREADS', defaultComputeThreads, 1, 256),
      maxQueue: integerSetting(env, 'COMPUTE_QUEUE', 16, 0, 10_000),
      timeoutMs: integerSetting(env, 'COMPUTE_TIMEOUT_MS', 20_000, 100, 600_000),
    },
    venueRefresh: readVenueRefresh(env),
  };
}

function readVenueRefresh(env: NodeJS.ProcessEnv): VenueRefreshConfig | null {
  const switch_ = env.VENUE_REFRESH ?? 'off';
  if (switch_ !== 'on' && switch_ !== 'off')
    throw new Error(`VENUE_REFRESH must be "on" or "off" (got ${JSON.stringify(switch_)})`);
  if (switch_ === 'off') return null;
  const template = env.VENUE_BASE_URL || null;
  if (template !== null && !template.includes('{profile}'))
    throw new Error(
      'VENUE_BASE_URL must contain "{profile}", e.g. http://127.0.0.1:9000/{profile}',
    );
  const key = env.BINANCE_API_KEY || '';
  const secret = env.BINANCE_API_SECRET || '';
  if ((key === '') !== (secret === ''))
    throw new Error('BINANCE_API_KEY and BINANCE_API_SECRET go together: set both or neither');
  return {
    tablesEveryMinutes: integerSetting(env, 'VENUE_REFRESH_TABLES_MINUTES', 360, 1, 10_080),
    marketEverySeconds: integerSetting(env, 'VENUE_REFRESH_MARKET_SECONDS', 60, 1, 86_400),
    baseUrlTemplate: template,
    profiles: list(env.VENUE_REFRESH_PROFILES),
    assets: list(env.VENUE_REFRESH_ASSETS),
    timeoutMs: integerSetting(env, 'VENUE_TIMEOUT_MS', 10_000, 100, 120_000),
    binance: key === '' ? null : { apiKey: key, secret },
  };
}

function list(raw: string | undefined): string[] | null {
  const items = (raw ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  return items.length === 0 ? null : items;
}
