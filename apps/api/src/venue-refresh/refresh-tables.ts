/**
 * One venue's contract tables read again: a new profile version (origin "venue") when a
 * figure changed, nothing new when the same figures came back, and the last good version kept
 * when the venue errs, times out, or answers something that is not a valid profile. Every
 * attempt leaves a VenueRefresh row saying which.
 */
import { refreshedProfile, type SafeguardProfile, validateProfile } from '@belowzero/risk-core';
import { fetchVenue, type VenueImporter } from '@belowzero/venue-data';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { RefreshSettings } from './settings.js';

export interface TablesOutcome {
  slug: string;
  outcome: 'new_version' | 'unchanged' | 'failed';
  version?: number;
  detail?: string;
}

export async function refreshTables(
  prisma: PrismaClient,
  importer: VenueImporter,
  settings: RefreshSettings,
): Promise<TablesOutcome> {
  const slug = importer.profile;
  const latest = await prisma.exchangeProfile.findFirst({
    where: { slug },
    orderBy: { version: 'desc' },
  });
  if (latest === null)
    return record(prisma, settings, { slug, outcome: 'failed', detail: 'no stored profile' });
  let next: SafeguardProfile | null;
  try {
    const imported = await fetchVenue(importer, {
      baseUrl: settings.baseUrlOf(slug),
      assets: settings.assets,
      timeoutMs: settings.timeoutMs,
      credentials: settings.credentials,
      now: settings.now,
    });
    next = refreshedProfile(
      latest.data as unknown as SafeguardProfile,
      imported,
      latest.version + 1,
    );
    if (next !== null) validateProfile(next);
  } catch (error) {
    return record(prisma, settings, {
      slug,
      outcome: 'failed',
      version: latest.version,
      detail: String(error),
    });
  }
  if (next === null)
    return record(prisma, settings, { slug, outcome: 'unchanged', version: latest.version });
  const profile = next;
  await prisma.$transaction(async (tx) => {
    await tx.exchangeProfile.create({
      data: {
        slug,
        version: profile.version,
        asOf: latest.asOf,
        exchange: profile.exchange,
        product: profile.product,
        settlementCurrency: profile.settlementCurrency,
        instruments: [...profile.instruments],
        marginModes: [...profile.marginModes],
        origin: 'venue',
        data: JSON.parse(JSON.stringify(profile)),
      },
    });
    await tx.venueRefresh.create({
      data: { slug, outcome: 'new_version', version: profile.version, checkedAt: settings.now() },
    });
  });
  return { slug, outcome: 'new_version', version: profile.version };
}

async function record(
  prisma: PrismaClient,
  settings: RefreshSettings,
  outcome: TablesOutcome,
): Promise<TablesOutcome> {
  await prisma.venueRefresh.create({
    data: {
      checkedAt: settings.now(),
      slug: outcome.slug,
      outcome: outcome.outcome,
      version: outcome.version ?? null,
      detail: outcome.detail ?? null,
    },
  });
  return outcome;
}
