/**
 * Exchange safeguard profiles as stored by the seed: the latest version of each product,
 * with its tier rows and sources.
 */
import type { InstrumentKind } from '@belowzero/risk-core';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { DomainError } from './errors.js';
import {
  assemblePage,
  decodeCursor,
  encodeCursor,
  type Page,
  type PageArgs,
  pageWindow,
} from './pagination.js';

const withDetails = {
  tiers: { orderBy: [{ asset: 'asc' }, { instrument: 'asc' }, { position: 'asc' }] },
  sources: { orderBy: { field: 'asc' } },
} satisfies Prisma.ExchangeProfileInclude;

export type StoredProfile = Prisma.ExchangeProfileGetPayload<{ include: typeof withDetails }>;

/**
 * Every stored version of every profile (slug ascending, newest version first), read once per
 * database client. Safe to keep in memory with any number of processes: the seed only ever
 * adds versions, a stored (slug, version) never changes, and a new version comes with a new
 * release, hence a restart. A failed read is not kept, so the next request tries again.
 */
const storedProfiles = new WeakMap<PrismaClient, Promise<StoredProfile[]>>();

function allProfiles(prisma: PrismaClient): Promise<StoredProfile[]> {
  let rows = storedProfiles.get(prisma);
  if (!rows) {
    rows = prisma.exchangeProfile.findMany({
      include: withDetails,
      orderBy: [{ slug: 'asc' }, { version: 'desc' }],
    });
    storedProfiles.set(prisma, rows);
    rows.catch(() => storedProfiles.delete(prisma));
  }
  return rows;
}

/** Latest version of every profile, by slug, optionally only those offering `instrument`. */
export async function listExchanges(
  prisma: PrismaClient,
  filter: { instrument?: InstrumentKind | null },
  args: PageArgs,
): Promise<Page<StoredProfile>> {
  const window = pageWindow(args);
  const rows = (await allProfiles(prisma)).filter(
    (row) => !filter.instrument || row.instruments.includes(filter.instrument),
  );
  const latest = rows.filter((row, index) => index === 0 || rows[index - 1]?.slug !== row.slug);
  // A handful of products: paginate in memory, keyed by slug.
  const cursorField = window.direction === 'forward' ? 'after' : 'before';
  const slug = window.cursor ? decodeCursor(window.cursor, 1, cursorField)[0] : undefined;
  const forward = window.direction === 'forward';
  const ordered = forward ? latest : [...latest].reverse();
  const past = (row: StoredProfile) =>
    slug === undefined ? true : forward ? row.slug > slug : row.slug < slug;
  const candidates = ordered.filter(past);
  const beyond = slug !== undefined && ordered.some((row) => !past(row));
  return assemblePage(window, candidates.slice(0, window.limit + 1), exchangeCursor, beyond);
}

/** The latest version of a profile, or the given one (older versions stay stored). */
export async function findExchange(
  prisma: PrismaClient,
  slug: string,
  version?: number | null,
): Promise<StoredProfile> {
  const row = await prisma.exchangeProfile.findFirst({
    where: version == null ? { slug } : { slug, version },
    include: withDetails,
    orderBy: { version: 'desc' },
  });
  if (!row) {
    const which = version == null ? '' : ` at version ${version}`;
    throw new DomainError(
      'NOT_FOUND',
      `No exchange profile has the slug ${JSON.stringify(slug)}${which}.`,
    );
  }
  return row;
}

function exchangeCursor(row: StoredProfile): string {
  return encodeCursor([row.slug]);
}
