/**
 * Assembles the running API: database (migrated and seeded), schema, rate limiter, compute
 * threads, safelist and HTTP server; and takes them down again in reverse order.
 */
import 'reflect-metadata';
import { profileVersions } from '@belowzero/risk-core/profiles';
import { defaultManifestPath } from './app-paths.js';
import { ComputePool, createRateLimiter } from '@belowzero/server-kit';
import type { ApiConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';
import { seedProfiles } from './db/seed.js';
import { OperationManifest } from './http/persisted-operations.js';
import { type ApiServer, startApiServer } from './http/server.js';
import { buildApiSchema } from './schema/build.js';
import { startVenueRefresh, type VenueRefreshJob } from './venue-refresh/schedule.js';

export interface RunningApi {
  url: string;
  stop(): Promise<void>;
}

export async function startApi(config: ApiConfig): Promise<RunningApi> {
  const database = await openDatabase(config);
  let server: ApiServer | undefined;
  let refresh: VenueRefreshJob | undefined;
  const limiter = createRateLimiter(
    config.redisUrl,
    {
      capacity: config.rateLimitCapacity,
      restorePerSecond: config.rateLimitRestorePerSecond,
    },
    config.rateLimitPrefix,
  );
  const deviceLimiter = createRateLimiter(
    config.redisUrl,
    {
      capacity: config.deviceCreationsPerHour,
      restorePerSecond: config.deviceCreationsPerHour / 3600,
    },
    `${config.rateLimitPrefix}device-creation:`,
  );
  const compute = new ComputePool(config.compute);
  try {
    await migrate(database.url);
    await seedProfiles(database.prisma, profileVersions);
    server = await startApiServer({
      config,
      schema: await buildApiSchema(),
      prisma: database.prisma,
      limiter,
      deviceLimiter,
      compute,
      manifest: OperationManifest.load(process.env.PERSISTED_QUERY_MANIFEST || defaultManifestPath),
    });
    if (config.venueRefresh) refresh = startVenueRefresh(database, config.venueRefresh);
  } catch (error) {
    await compute.close();
    await limiter.close();
    await deviceLimiter.close();
    await database.close();
    throw error;
  }
  const running = server;
  return {
    url: running.url,
    stop: async () => {
      await refresh?.stop();
      await running.close();
      await compute.close();
      await limiter.close();
      await deviceLimiter.close();
      await database.close();
    },
  };
}
