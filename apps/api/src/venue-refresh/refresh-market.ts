/**
 * One venue's market figures read again and stored, one row per contract replacing the last.
 * A failed read stores nothing: the last figures stay, with their own time, so the API never
 * passes old figures off as new.
 */
import { fetchMarket, type VenueImporter } from '@belowzero/venue-data';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { RefreshSettings } from './settings.js';

export interface MarketOutcome {
  slug: string;
  outcome: 'stored' | 'failed';
  contracts?: number;
  detail?: string;
}

export async function refreshMarket(
  prisma: PrismaClient,
  importer: VenueImporter,
  settings: RefreshSettings,
): Promise<MarketOutcome> {
  const slug = importer.profile;
  let readings;
  try {
    readings = await fetchMarket(importer, {
      baseUrl: settings.baseUrlOf(slug),
      assets: settings.assets,
      timeoutMs: settings.timeoutMs,
      now: settings.now,
    });
  } catch (error) {
    return { slug, outcome: 'failed', detail: String(error) };
  }
  const readAt = settings.now();
  await prisma.$transaction(
    readings.map((reading) => {
      const figures = {
        symbol: reading.symbol,
        markPrice: reading.markPrice,
        indexPrice: reading.indexPrice,
        fundingRate: reading.fundingRate,
        quotedAt: new Date(reading.quotedAt),
        source: reading.source,
        readAt,
      };
      return prisma.marketQuote.upsert({
        where: {
          slug_asset_instrument: { slug, asset: reading.asset, instrument: reading.instrument },
        },
        create: { slug, asset: reading.asset, instrument: reading.instrument, ...figures },
        update: figures,
      });
    }),
  );
  return { slug, outcome: 'stored', contracts: readings.length };
}
