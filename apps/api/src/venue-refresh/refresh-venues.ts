/**
 * One run of the venue refresh: under the refresh lock, every venue whose tables or market
 * figures are due is read again. Due is judged from the database (the last check of any
 * process), so several API processes on one schedule read each venue once.
 */
import type { PrismaClient } from '../generated/prisma/client.js';
import { forgetStoredProfiles } from '../services/profile-store.js';
import { whileHoldingRefreshLock } from './lock.js';
import { type MarketOutcome, refreshMarket } from './refresh-market.js';
import { refreshTables, type TablesOutcome } from './refresh-tables.js';
import type { RefreshSettings } from './settings.js';

export interface RefreshReport {
  /** false when another process held the lock (and did the work). */
  ran: boolean;
  tables: TablesOutcome[];
  market: MarketOutcome[];
}

/** A run that starts a little early still counts as on time (timers drift). */
const DUE_SLACK = 0.9;

export async function refreshVenues(
  database: { prisma: PrismaClient; url: string },
  settings: RefreshSettings,
): Promise<RefreshReport> {
  const { prisma } = database;
  const report = await whileHoldingRefreshLock(database.url, async () => {
    const now = settings.now().getTime();
    const tables: TablesOutcome[] = [];
    const market: MarketOutcome[] = [];
    for (const importer of settings.importers) {
      const lastCheck = await prisma.venueRefresh.findFirst({
        where: { slug: importer.profile },
        orderBy: { checkedAt: 'desc' },
        select: { checkedAt: true },
      });
      if (!lastCheck || now - lastCheck.checkedAt.getTime() >= settings.tablesEveryMs * DUE_SLACK)
        tables.push(await refreshTables(prisma, importer, settings));
      if (importer.market === undefined) continue;
      const lastRead = await prisma.marketQuote.aggregate({
        where: { slug: importer.profile },
        _max: { readAt: true },
      });
      const readAt = lastRead._max.readAt?.getTime();
      if (readAt === undefined || now - readAt >= settings.marketEveryMs * DUE_SLACK)
        market.push(await refreshMarket(prisma, importer, settings));
    }
    return { ran: true, tables, market };
  });
  if (report?.tables.some((outcome) => outcome.outcome === 'new_version'))
    forgetStoredProfiles(prisma);
  return report ?? { ran: false, tables: [], market: [] };
}
