/**
 * Loads risk-core's exchange safeguard profiles into ExchangeProfile (+ tiers and sources).
 * Idempotent: a (slug, version) already stored is left alone, so re-running on every
 * start-up costs one query per profile, and older versions stay for reproducibility.
 */
import { type SafeguardProfile, validateProfile } from '@belowzero/risk-core';
import type { PrismaClient } from '../generated/prisma/client.js';

export async function seedProfiles(
  prisma: PrismaClient,
  profiles: readonly SafeguardProfile[],
): Promise<string[]> {
  // Every profile is checked before any is stored: a malformed one stops the seed with a
  // ValidationError naming its field, and nothing of it reaches the database.
  profiles.forEach(validateProfile);
  const inserted: string[] = [];
  for (const profile of profiles) {
    const existing = await prisma.exchangeProfile.findUnique({
      where: { slug_version: { slug: profile.slug, version: profile.version } },
      select: { id: true },
    });
    if (existing) continue;
    // One transaction per profile: a profile is stored whole or not at all.
    await prisma.$transaction(async (tx) => {
      const row = await tx.exchangeProfile.create({
        data: {
          slug: profile.slug,
          version: profile.version,
          asOf: isoDate(profile.asOf),
          exchange: profile.exchange,
          product: profile.product,
          settlementCurrency: profile.settlementCurrency,
          instruments: [...profile.instruments],
          marginModes: [...profile.marginModes],
          data: JSON.parse(JSON.stringify(profile)),
        },
      });
      await tx.exchangeTier.createMany({
        data: tierRows(profile).map((tier) => ({ ...tier, profileId: row.id })),
      });
      await tx.exchangeSource.createMany({
        data: sourceRows(profile).map((source) => ({ ...source, profileId: row.id })),
      });
    });
    inserted.push(`${profile.slug}@${profile.version}`);
  }
  return inserted;
}

function tierRows(profile: SafeguardProfile) {
  return profile.contracts.flatMap((contract) =>
    contract.tiers.value === 'unknown'
      ? []
      : contract.tiers.value.map((tier, position) => ({
          asset: contract.asset,
          instrument: contract.instrument,
          position,
          floor: tier.floor,
          cap: tier.cap,
          maxLeverage: tier.maxLeverage,
          mmr: tier.mmr,
        })),
  );
}

interface SourceRow {
  field: string;
  source: string;
  asOf: Date;
  assumption: boolean;
  note: string | null;
}

/** Every sourced field of the profile (any object carrying `source` and `asOf`), by dotted path. */
export function sourceRows(profile: SafeguardProfile): SourceRow[] {
  const rows: SourceRow[] = [];
  const visit = (value: unknown, path: string[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, String(index)]));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (path.length > 0 && typeof record.source === 'string' && typeof record.asOf === 'string') {
      rows.push({
        field: path.join('.'),
        source: record.source,
        asOf: isoDate(record.asOf),
        assumption: record.assumption === true,
        note: typeof record.note === 'string' ? record.note : null,
      });
    }
    for (const [key, child] of Object.entries(record)) visit(child, [...path, key]);
  };
  visit(profile, []);
  return rows;
}

function isoDate(text: string): Date {
  return new Date(`${text}T00:00:00.000Z`);
}
