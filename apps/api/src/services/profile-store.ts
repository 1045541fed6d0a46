/**
 * The exchange profiles the API answers with, read from the database: every version the seed
 * stored from risk-core's files and every version the venue refresh made. The API's
 * computations, its exchange queries and the PWA (through them) all read them here, so a
 * refreshed table is used everywhere at once.
 */
import { type InstrumentKind, type SafeguardProfile, ValidationError } from '@belowzero/risk-core';
import type { PrismaClient } from '../generated/prisma/client.js';
import { DomainError } from './errors.js';
import { type Page, type PageArgs, pageOfList } from './pagination.js';

export interface StoredProfile {
  slug: string;
  version: number;
  /** "bundled" (a release's file) or "venue" (made by the refresh). */
  origin: string;
  createdAt: Date;
  profile: SafeguardProfile;
  /** ISO date the venue's tables were last read and found as this version holds them. */
  venueCheckedOn: string | null;
}

interface Snapshot {
  /** Every version by slug, newest version first; slugs in ascending order. */
  bySlug: Map<string, StoredProfile[]>;
  /** The profile JSON of every version read so far, by row id (a stored version never
   * changes, so a later read fetches only the rows it has not seen). */
  dataById: Map<string, SafeguardProfile>;
  readAt: number;
}

/**
 * How long a process keeps its copy. Stored versions never change, so the copy is only ever
 * behind by the versions another process's refresh added since: at most this long.
 */
const STORE_TTL_MS = 60_000;

const snapshots = new WeakMap<PrismaClient, Promise<Snapshot>>();

function snapshot(prisma: PrismaClient): Promise<Snapshot> {
  const kept = snapshots.get(prisma);
  if (kept === undefined) return reload(prisma);
  // A copy past its time is replaced in the background; this request uses it meanwhile.
  void kept.then(
    (copy) => {
      if (Date.now() - copy.readAt > STORE_TTL_MS && snapshots.get(prisma) === kept) reload(prisma);
    },
    () => undefined,
  );
  return kept;
}

/** Reads the versions again; a failed read keeps the previous copy (or none, to retry). */
function reload(prisma: PrismaClient): Promise<Snapshot> {
  const previous = snapshots.get(prisma);
  const next = (previous ?? Promise.resolve(undefined))
    .catch(() => undefined)
    .then((copy) => readSnapshot(prisma, copy));
  const kept = previous ? next.catch(() => previous) : next;
  snapshots.set(prisma, kept);
  if (!previous) next.catch(() => snapshots.get(prisma) === kept && snapshots.delete(prisma));
  return kept;
}

async function readSnapshot(prisma: PrismaClient, previous?: Snapshot): Promise<Snapshot> {
  const [rows, checks] = await Promise.all([
    prisma.exchangeProfile.findMany({
      select: { id: true, slug: true, version: true, origin: true, createdAt: true },
      orderBy: [{ slug: 'asc' }, { version: 'desc' }],
    }),
    prisma.venueRefresh.groupBy({
      by: ['slug', 'version'],
      where: { outcome: { in: ['new_version', 'unchanged'] } },
      _max: { checkedAt: true },
    }),
  ]);
  const dataById = new Map(previous?.dataById);
  const unseen = rows.filter((row) => !dataById.has(row.id)).map((row) => row.id);
  if (unseen.length > 0) {
    const added = await prisma.exchangeProfile.findMany({
      where: { id: { in: unseen } },
      select: { id: true, data: true },
    });
    for (const row of added) dataById.set(row.id, row.data as unknown as SafeguardProfile);
  }
  const checked = new Map(
    checks.map((c) => [`${c.slug}@${c.version}`, c._max.checkedAt?.toISOString().slice(0, 10)]),
  );
  const bySlug = new Map<string, StoredProfile[]>();
  for (const row of rows) {
    const profile = dataById.get(row.id);
    if (profile === undefined) continue; // deleted between the two reads
    const versions = bySlug.get(row.slug) ?? [];
    versions.push({
      slug: row.slug,
      version: row.version,
      origin: row.origin,
      createdAt: row.createdAt,
      profile,
      venueCheckedOn: checked.get(`${row.slug}@${row.version}`) ?? null,
    });
    bySlug.set(row.slug, versions);
  }
  return { bySlug, dataById, readAt: Date.now() };
}

/** Makes this process read the database again now (after its own refresh stored a version):
 * the next request waits for that read. */
export function forgetStoredProfiles(prisma: PrismaClient): void {
  if (snapshots.has(prisma)) reload(prisma);
}

/** The newest version of every profile, by slug. */
export async function latestProfiles(prisma: PrismaClient): Promise<StoredProfile[]> {
  const { bySlug } = await snapshot(prisma);
  return [...bySlug.values()].map((versions) => versions[0] as StoredProfile);
}

/**
 * The profile a computation runs on: the newest version, or the named one. Refuses an unknown
 * slug or version with the ValidationError risk-core's own registry gives, naming the field.
 */
export async function profileFor(
  prisma: PrismaClient,
  slug: string,
  version?: number | null,
): Promise<StoredProfile> {
  const ofSlug = (await snapshot(prisma)).bySlug.get(slug) ?? [];
  if (ofSlug.length === 0) throw new ValidationError('exchange', slug, 'unknown_exchange');
  if (version == null) return ofSlug[0] as StoredProfile;
  const found = ofSlug.find((row) => row.version === version);
  if (found === undefined) {
    const known = ofSlug.map((row) => row.version).reverse();
    throw new ValidationError(
      'profileVersion',
      version,
      'one_of',
      `must be one of ${known.join(', ')} for ${slug}`,
    );
  }
  return found;
}

/** Latest version of every profile, optionally only those offering `instrument`, a page. */
export async function listExchanges(
  prisma: PrismaClient,
  filter: { instrument?: InstrumentKind | null },
  args: PageArgs,
): Promise<Page<StoredProfile>> {
  const latest = (await latestProfiles(prisma)).filter(
    (row) => !filter.instrument || row.profile.instruments.includes(filter.instrument),
  );
  return pageOfList(latest, (row) => row.slug, args);
}

/** One profile for the exchange query: NOT_FOUND (not a validation error) when unknown. */
export async function findExchange(
  prisma: PrismaClient,
  slug: string,
  version?: number | null,
): Promise<StoredProfile> {
  try {
    return await profileFor(prisma, slug, version);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const which = version == null ? '' : ` at version ${version}`;
    throw new DomainError(
      'NOT_FOUND',
      `No exchange profile has the slug ${JSON.stringify(slug)}${which}.`,
    );
  }
}
