/**
 * The venue refresh against a loopback stand-in serving the recorded venue answers, on a real
 * database (PGlite, or PostgreSQL with TEST_DB=postgres): a changed table makes one new
 * version, the same figures make none, two refreshers at once read each venue once, and a
 * venue that errs or is silent leaves the last good version in place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProfile } from '@belowzero/risk-core/profiles';
import {
  answersFrom,
  importerFor,
  recordedResponses,
  startStandIn,
  type StandIn,
} from '@belowzero/venue-data';
import { repoRoot } from '../src/config';
import { type Database, openDatabase } from '../src/db/database';
import { migrate } from '../src/db/migrate';
import { seedProfiles } from '../src/db/seed';
import { forgetStoredProfiles, profileFor } from '../src/services/profile-store';
import { refreshVenues } from '../src/venue-refresh/refresh-venues';
import type { RefreshSettings } from '../src/venue-refresh/settings';
import { profileVersions } from '@belowzero/risk-core/profiles';
import { createTestDatabase, type TestDatabase, usePostgres } from './support/test-database';

const recorded = recordedResponses((file) =>
  JSON.parse(readFileSync(join(repoRoot, 'packages/venue-data/recorded', file), 'utf8')),
);

let testDb: TestDatabase;
let db: Database;
let standIn: StandIn;
let clock = new Date('2026-12-05T10:00:00Z');

const settings = (
  profiles: string[],
  overrides: Partial<RefreshSettings> = {},
): RefreshSettings => ({
  importers: profiles.map(importerFor),
  baseUrlOf: (profile) => `${standIn.url}/${profile}`,
  // The recordings hold Bybit's BTCUSDT table only.
  assets: ['BTC'],
  timeoutMs: 500,
  credentials: undefined,
  tablesEveryMs: 6 * 3_600_000,
  marketEveryMs: 60_000,
  now: () => clock,
  ...overrides,
});

const versionsOf = (slug: string) =>
  db.prisma.exchangeProfile.findMany({ where: { slug }, orderBy: { version: 'asc' } });

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await openDatabase({ databaseUrl: testDb.url, pgliteDataDir: 'memory://' });
  await migrate(db.url);
  await seedProfiles(db.prisma, profileVersions);
  standIn = await startStandIn(answersFrom(recorded), { assets: ['BTC'] });
});

afterAll(async () => {
  await standIn?.close();
  await db?.close();
  await testDb?.drop();
});

test('a changed table makes the next version, used by the API at once; the same figures again make none', async () => {
  const bundled = findProfile('bybit-linear');
  // Bybit raises BTCUSDT's first maintenance rate from 0.5% to 0.6% (the recorded v2 body,
  // first row edited; the deduction of each later tier follows from the table).
  const table = structuredClone(recorded['bybit-linear']?.[0]?.['tiers:BTC']?.body) as {
    result: { maintain_margin: number | string }[];
  };
  expect(table.result[0]?.maintain_margin).toBe(0.005);
  (table.result[0] as { maintain_margin: string }).maintain_margin = '0.006';
  standIn.answer('bybit-linear', 'tiers:BTC', table);

  clock = new Date('2026-12-05T11:00:00Z');
  const first = await refreshVenues(db, settings(['bybit-linear']));
  expect(first.tables).toEqual([
    { slug: 'bybit-linear', outcome: 'new_version', version: bundled.version + 1 },
  ]);
  const stored = await profileFor(db.prisma, 'bybit-linear');
  expect(stored.origin).toBe('venue');
  const btc = stored.profile.contracts.find((c) => c.asset === 'BTC');
  expect(btc?.tiers.value !== 'unknown' && btc?.tiers.value[0]?.mmr).toBe('0.006');
  expect(btc?.tiers).toMatchObject({
    asOf: '2026-12-05',
    source: 'https://api.bybit.com/v5/market/risk-limit',
  });
  // The live instrument list is the venue's whole list, unlike the trimmed recording.
  expect(stored.profile.contractListing?.value).toBe('complete');
  // The fee rates and the rest of the profile come from the version it follows.
  expect(stored.profile.takerFeeRate).toEqual(bundled.takerFeeRate);
  // The bundled version stays, unchanged, for results that name it.
  expect((await profileFor(db.prisma, 'bybit-linear', bundled.version)).profile).toEqual(
    JSON.parse(JSON.stringify(bundled)),
  );

  // Hours later the same table comes back, read on another day: no new version, and the API
  // knows the figures were confirmed then.
  clock = new Date('2026-12-06T18:00:00Z');
  const second = await refreshVenues(db, settings(['bybit-linear']));
  expect(second.tables).toEqual([
    { slug: 'bybit-linear', outcome: 'unchanged', version: bundled.version + 1 },
  ]);
  expect(await versionsOf('bybit-linear')).toHaveLength(
    profileVersions.filter((p) => p.slug === 'bybit-linear').length + 1,
  );
  forgetStoredProfiles(db.prisma);
  expect((await profileFor(db.prisma, 'bybit-linear')).venueCheckedOn).toBe('2026-12-06');
});

test('market figures are stored per contract with the venue’s time; a later read replaces them', async () => {
  clock = new Date('2026-12-06T18:01:00Z');
  const report = await refreshVenues(db, settings(['bybit-linear']));
  // The tables were checked a minute ago: only the market figures were due.
  expect(report.tables).toEqual([]);
  expect(report.market).toEqual([{ slug: 'bybit-linear', outcome: 'stored', contracts: 1 }]);
  const quote = await db.prisma.marketQuote.findUniqueOrThrow({
    where: { slug_asset_instrument: { slug: 'bybit-linear', asset: 'BTC', instrument: 'linear' } },
  });
  // recorded/bybit-linear.json v5TickersLinear: BTCUSDT mark 29197.40 at 1692163167245 ms.
  expect(quote).toMatchObject({
    symbol: 'BTCUSDT',
    markPrice: '29197.4',
    indexPrice: '29202.83',
    fundingRate: '0.0001',
  });
  expect(quote.quotedAt.toISOString()).toBe('2023-08-16T05:19:27.245Z');
  expect(quote.readAt.toISOString()).toBe('2026-12-06T18:01:00.000Z');
});

// PGlite is one database session, which every connection shares, so its advisory locks
// cannot keep two refreshers apart; it runs inside one API process, whose schedule never
// overlaps runs. Several processes need PostgreSQL, where this is tested.
(usePostgres ? test : test.skip)(
  'two refreshers at once: each venue is read once, one version is made',
  async () => {
    const other = await openDatabase({ databaseUrl: db.url, pgliteDataDir: 'memory://' });
    try {
      clock = new Date('2026-12-07T10:00:00Z');
      const dydx = findProfile('dydx-v4');
      // dYdX changes BTC-USD's maintenance fraction from 0.012 to 0.015.
      const markets = structuredClone(recorded['dydx-v4']?.[0]?.markets?.body) as {
        markets: Record<string, { maintenanceMarginFraction: string }>;
      };
      (
        markets.markets['BTC-USD'] as { maintenanceMarginFraction: string }
      ).maintenanceMarginFraction = '0.015';
      standIn.answer('dydx-v4', 'markets', markets);
      const before = standIn.received.length;
      const reports = await Promise.all([
        refreshVenues(db, settings(['dydx-v4'])),
        refreshVenues({ prisma: other.prisma, url: db.url }, settings(['dydx-v4'])),
      ]);
      const made = reports.flatMap((r) => r.tables).filter((t) => t.outcome === 'new_version');
      expect(made).toEqual([
        { slug: 'dydx-v4', outcome: 'new_version', version: dydx.version + 1 },
      ]);
      // One read of the tables and one of the market (the same endpoint), by one refresher.
      expect(standIn.received.slice(before)).toEqual(['dydx-v4 markets', 'dydx-v4 markets']);
      // A refresher that comes after, on the same schedule, finds nothing due.
      const late = await refreshVenues(
        { prisma: other.prisma, url: db.url },
        settings(['dydx-v4']),
      );
      expect([...late.tables, ...late.market]).toEqual([]);
    } finally {
      await other.prisma.$disconnect();
    }
  },
);

test('a venue that errs or stays silent leaves the last good version, and says why', async () => {
  const before = await versionsOf('bybit-linear');
  standIn.answer('bybit-linear', 'tiers:BTC', { retCode: 0, result: { list: [] } });
  standIn.behave('bybit-linear', 'error');
  clock = new Date('2026-12-10T10:00:00Z');
  const erred = await refreshVenues(db, settings(['bybit-linear']));
  expect(erred.tables[0]).toMatchObject({ outcome: 'failed', version: before.at(-1)?.version });
  expect(erred.tables[0]?.detail).toContain('HTTP 503');
  expect(erred.market[0]).toMatchObject({ outcome: 'failed' });

  standIn.behave('bybit-linear', 'silent');
  clock = new Date('2026-12-11T10:00:00Z');
  const silent = await refreshVenues(db, settings(['bybit-linear'], { timeoutMs: 200 }));
  expect(silent.tables[0]?.detail).toContain('no answer in 200 ms');

  // The market figures kept are the last good ones, with their own time.
  const quote = await db.prisma.marketQuote.findUniqueOrThrow({
    where: { slug_asset_instrument: { slug: 'bybit-linear', asset: 'BTC', instrument: 'linear' } },
  });
  expect(quote.readAt.toISOString()).toBe('2026-12-06T18:01:00.000Z');

  // An answer in the wrong shape (an empty table) is refused as well.
  standIn.behave('bybit-linear', 'answer');
  clock = new Date('2026-12-12T10:00:00Z');
  const malformed = await refreshVenues(db, settings(['bybit-linear']));
  expect(malformed.tables[0]).toMatchObject({ outcome: 'failed' });
  expect(malformed.tables[0]?.detail).toContain('contracts.0.tiers.value: must not be empty');

  expect(await versionsOf('bybit-linear')).toEqual(before);
  const failures = await db.prisma.venueRefresh.count({
    where: { slug: 'bybit-linear', outcome: 'failed' },
  });
  expect(failures).toBe(3);
});
