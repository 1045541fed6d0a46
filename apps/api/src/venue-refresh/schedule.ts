/**
 * The venue refresh on a schedule, in an API process whose operator switched it on
 * (VENUE_REFRESH=on): a run at start-up, then one every market interval (the shorter one;
 * each run reads only what is due). Runs never overlap; stop() waits for the one under way.
 */
import { canFetch, importers, TRACKED_ASSETS } from '@belowzero/venue-data';
import type { VenueRefreshConfig } from '../config.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { logLine } from '../http/log.js';
import { refreshVenues } from './refresh-venues.js';
import type { RefreshSettings } from './settings.js';

export interface VenueRefreshJob {
  stop(): Promise<void>;
}

/** The importers the operator asked for, split by whether they can be read with the keys
 * configured (Binance's brackets need one). */
function chosenImporters(config: VenueRefreshConfig) {
  const chosen = importers.filter(
    (importer) => config.profiles === null || config.profiles.includes(importer.profile),
  );
  const credentials = config.binance ?? undefined;
  return {
    readable: chosen.filter((importer) => canFetch(importer, credentials)),
    needingKey: chosen.filter((importer) => !canFetch(importer, credentials)),
  };
}

export function settingsFrom(config: VenueRefreshConfig): RefreshSettings {
  const template = config.baseUrlTemplate;
  return {
    importers: chosenImporters(config).readable,
    baseUrlOf: (profile) => template?.replaceAll('{profile}', profile),
    assets: config.assets ?? TRACKED_ASSETS,
    timeoutMs: config.timeoutMs,
    credentials: config.binance ?? undefined,
    tablesEveryMs: config.tablesEveryMinutes * 60_000,
    marketEveryMs: config.marketEverySeconds * 1000,
    now: () => new Date(),
  };
}

export function startVenueRefresh(
  database: { prisma: PrismaClient; url: string },
  config: VenueRefreshConfig,
): VenueRefreshJob {
  const settings = settingsFrom(config);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = () => {
    running = refreshVenues(database, settings)
      .then((report) => {
        if (!report.ran) return;
        for (const outcome of [...report.tables, ...report.market])
          logLine(outcome.outcome === 'failed' ? 'warn' : 'info', 'venue refresh', { ...outcome });
      })
      .catch((error: unknown) =>
        logLine('error', 'venue refresh run failed', { error: String(error) }),
      )
      .finally(() => {
        running = undefined;
        if (!stopped) timer = setTimeout(run, settings.marketEveryMs).unref();
      });
  };
  logLine('info', 'venue refresh on', {
    profiles: settings.importers.map((importer) => importer.profile),
    keepingTheirSnapshot: chosenImporters(config).needingKey.map((importer) => importer.profile),
    tablesEveryMinutes: config.tablesEveryMinutes,
    marketEverySeconds: config.marketEverySeconds,
  });
  run();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
