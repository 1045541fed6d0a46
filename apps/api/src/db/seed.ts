/**
 * Stores the profile versions bundled with this release (risk-core's files) in
 * ExchangeProfile, where the API reads every version from. Idempotent: a bundled version
 * already stored is left alone, so re-running on every start-up costs one query per version.
 *
 * A stored version never changes. Two cases would break that, and are settled here:
 * - a bundled (slug, version) stored earlier with other content: a released version's file
 *   was edited instead of given a new version. The seed refuses, naming it.
 * - the number was taken by a version the venue refresh made: the bundled version is stored
 *   under the next free number (its content is what matters for reproducing results).
 */
import { type SafeguardProfile, validateProfile } from '@belowzero/risk-core';
import type { PrismaClient } from '../generated/prisma/client.js';
import { isDeepStrictEqual } from 'node:util';

export class BundledProfileChangedError extends Error {
  constructor(slug: string, version: number) {
    super(
      `${slug} version ${version} is stored with other content than risk-core's file: a released profile version must not change; give the change a new version.`,
    );
    this.name = 'BundledProfileChangedError';
  }
}

const asJson = (profile: SafeguardProfile): Record<string, unknown> =>
  JSON.parse(JSON.stringify(profile)) as Record<string, unknown>;

/** The same profile, whatever number it was stored under. */
const sameContent = (stored: unknown, bundled: Record<string, unknown>): boolean =>
  isDeepStrictEqual({ ...(stored as object), version: 0 }, { ...bundled, version: 0 });

export async function seedProfiles(
  prisma: PrismaClient,
  profiles: readonly SafeguardProfile[],
): Promise<string[]> {
  // Every profile is checked before any is stored: a malformed one stops the seed with a
  // ValidationError naming its field, and nothing of it reaches the database.
  profiles.forEach(validateProfile);
  const inserted: string[] = [];
  for (const profile of profiles) {
    const data = asJson(profile);
    const taken = await prisma.exchangeProfile.findUnique({
      where: { slug_version: { slug: profile.slug, version: profile.version } },
      select: { origin: true, data: true },
    });
    if (taken?.origin === 'bundled') {
      if (sameContent(taken.data, data)) continue;
      throw new BundledProfileChangedError(profile.slug, profile.version);
    }
    const version = taken ? await storedElsewhere(prisma, profile, data) : profile.version;
    if (version === null) continue;
    await prisma.exchangeProfile.create({
      data: {
        slug: profile.slug,
        version,
        asOf: new Date(`${profile.asOf}T00:00:00.000Z`),
        exchange: profile.exchange,
        product: profile.product,
        settlementCurrency: profile.settlementCurrency,
        instruments: [...profile.instruments],
        marginModes: [...profile.marginModes],
        origin: 'bundled',
        data: { ...data, version },
      },
    });
    inserted.push(`${profile.slug}@${version}`);
  }
  return inserted;
}

/** For a bundled version whose number the refresh took: null when it is already stored under
 * another number, else the next free number. */
async function storedElsewhere(
  prisma: PrismaClient,
  profile: SafeguardProfile,
  data: Record<string, unknown>,
): Promise<number | null> {
  const rows = await prisma.exchangeProfile.findMany({
    where: { slug: profile.slug },
    select: { version: true, origin: true, data: true },
  });
  if (rows.some((row) => row.origin === 'bundled' && sameContent(row.data, data))) return null;
  return Math.max(...rows.map((row) => row.version)) + 1;
}
