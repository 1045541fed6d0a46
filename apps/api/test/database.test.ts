/**
 * The hand-written migrations against the Prisma schema, on a real database (PGlite, or
 * PostgreSQL with TEST_DB=postgres): bookkeeping as Prisma does it, safe concurrent runs,
 * every model queried through the real client, decimals exact, and the seed idempotent.
 */
import { createHash } from 'node:crypto';
import { findProfile, profileVersions, profiles } from '@belowzero/risk-core/profiles';
import { Client } from 'pg';
import { type Database, openDatabase } from '../src/db/database';
import { migrate, readMigrations } from '../src/db/migrate';
import { BundledProfileChangedError, seedProfiles } from '../src/db/seed';
import { Prisma } from '../src/generated/prisma/client';
import { createTestDatabase, type TestDatabase } from './support/test-database';

let testDb: TestDatabase;
let db: Database;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await openDatabase({ databaseUrl: testDb.url, pgliteDataDir: 'memory://' });
});

afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

async function sql<T extends Record<string, unknown>>(
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

test('two runners starting together apply each migration exactly once, recorded as Prisma records it', async () => {
  const [first, second] = await Promise.all([migrate(db.url), migrate(db.url)]);
  const names = readMigrations().map((migration) => migration.name);
  expect([...first, ...second].sort()).toEqual(names.sort());
  expect(await migrate(db.url)).toEqual([]);

  const rows = await sql<{
    migration_name: string;
    checksum: string;
    finished_at: Date | null;
    applied_steps_count: number;
  }>(
    'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
  );
  expect(rows.map((row) => row.migration_name)).toEqual(names);
  for (const migration of readMigrations()) {
    const row = rows.find((r) => r.migration_name === migration.name);
    // Prisma's checksum is the SHA-256 of the migration.sql file, in hex.
    expect(row?.checksum).toBe(createHash('sha256').update(migration.sql).digest('hex'));
    expect(row?.finished_at).not.toBeNull();
    expect(row?.applied_steps_count).toBe(1);
  }
});

test('the migrated tables have exactly the columns of the Prisma models', async () => {
  const models: Record<string, Record<string, string>> = {
    Device: Prisma.DeviceScalarFieldEnum,
    Scenario: Prisma.ScenarioScalarFieldEnum,
    ExchangeProfile: Prisma.ExchangeProfileScalarFieldEnum,
    VenueRefresh: Prisma.VenueRefreshScalarFieldEnum,
    MarketQuote: Prisma.MarketQuoteScalarFieldEnum,
  };
  expect(Object.keys(models).sort()).toEqual(Object.values(Prisma.ModelName).sort());
  for (const [table, fields] of Object.entries(models)) {
    const columns = await sql<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
      [table],
    );
    expect(columns.map((c) => c.column_name).sort()).toEqual(Object.values(fields).sort());
  }
  // Money and rates are never stored as floating point: decimals live in JSON strings (the
  // profile) or text (quotes), exactly as the venue wrote them.
  const floats = await sql<{ column_name: string }>(
    "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type IN ('real', 'double precision', 'numeric')",
  );
  expect(floats).toEqual([]);
});

test('every model round-trips through the real Prisma client, decimals exactly', async () => {
  const { prisma } = db;
  const device = await prisma.device.create({ data: { tokenHash: 'a'.repeat(64) } });
  const scenario = await prisma.scenario.create({
    data: { ownerId: device.id, title: 'probe', inputs: { schemaVersion: 1 }, schemaVersion: 1 },
  });
  expect(scenario.version).toBe(1);
  const profile = await prisma.exchangeProfile.create({
    data: {
      slug: 'probe',
      version: 1,
      asOf: new Date('2026-11-01T00:00:00Z'),
      exchange: 'Probe',
      product: 'probe',
      settlementCurrency: 'USDT',
      instruments: ['linear'],
      marginModes: ['cross'],
      data: { mmr: '0.004000000000000000001' },
    },
  });
  expect(profile.origin).toBe('bundled');
  expect(profile.data).toEqual({ mmr: '0.004000000000000000001' });
  expect(profile.asOf.toISOString()).toBe('2026-11-01T00:00:00.000Z');
  const quote = await prisma.marketQuote.create({
    data: {
      slug: 'probe',
      asset: 'BTC',
      instrument: 'linear',
      symbol: 'BTCUSDT',
      markPrice: '12345678901234567890.123456789012345678',
      quotedAt: new Date('2026-12-05T10:00:00.123Z'),
      source: 'https://example.org/ticker',
    },
  });
  expect(quote.markPrice).toBe('12345678901234567890.123456789012345678');
  expect(quote.indexPrice).toBeNull();
  const refresh = await prisma.venueRefresh.create({
    data: { slug: 'probe', outcome: 'unchanged', version: 1 },
  });
  expect(refresh.checkedAt).toBeInstanceOf(Date);

  // Deleting the device deletes its scenarios.
  await prisma.device.delete({ where: { id: device.id } });
  expect(await prisma.scenario.findUnique({ where: { id: scenario.id } })).toBeNull();
  await prisma.exchangeProfile.delete({ where: { id: profile.id } });
  await prisma.marketQuote.deleteMany({ where: { slug: 'probe' } });
  await prisma.venueRefresh.deleteMany({ where: { slug: 'probe' } });
});

test('the seed stores every version of every risk-core profile as it is, once', async () => {
  expect(profileVersions.length).toBeGreaterThan(profiles.length - 1);
  const first = await seedProfiles(db.prisma, profileVersions);
  expect(first.sort()).toEqual(profileVersions.map((p) => `${p.slug}@${p.version}`).sort());
  expect(await seedProfiles(db.prisma, profileVersions)).toEqual([]);

  for (const profile of profileVersions) {
    const stored = await db.prisma.exchangeProfile.findUniqueOrThrow({
      where: { slug_version: { slug: profile.slug, version: profile.version } },
    });
    expect(stored.origin).toBe('bundled');
    // Every tier rate digit for digit, as the file has it: the one stored form is the file's.
    expect(stored.data).toEqual(JSON.parse(JSON.stringify(profile)));
  }
});

test('a released version edited in place is refused, naming it', async () => {
  const edited = structuredClone(findProfile('gate-usdt'));
  edited.takerFeeRate = { ...edited.takerFeeRate, value: '0.0009' };
  await expect(seedProfiles(db.prisma, [edited])).rejects.toThrow(BundledProfileChangedError);
  await expect(seedProfiles(db.prisma, [edited])).rejects.toThrow(
    `gate-usdt version ${edited.version} is stored with other content`,
  );
});

test('a bundled version whose number the refresh took is stored under the next one, once', async () => {
  const current = findProfile('okx-perp');
  const next = { ...structuredClone(current), version: current.version + 1 };
  // The refresh made version n+1 from the venue before a release bundled its own n+1.
  await db.prisma.exchangeProfile.create({
    data: {
      slug: next.slug,
      version: next.version,
      asOf: new Date(`${next.asOf}T00:00:00Z`),
      exchange: next.exchange,
      product: next.product,
      settlementCurrency: next.settlementCurrency,
      instruments: next.instruments,
      marginModes: next.marginModes,
      origin: 'venue',
      data: JSON.parse(JSON.stringify({ ...next, asOf: '2026-12-24' })),
    },
  });
  const bundled = { ...next, takerFeeRate: { ...next.takerFeeRate, value: '0.0004' } };
  expect(await seedProfiles(db.prisma, [bundled])).toEqual([`okx-perp@${next.version + 1}`]);
  expect(await seedProfiles(db.prisma, [bundled])).toEqual([]);
  const stored = await db.prisma.exchangeProfile.findUniqueOrThrow({
    where: { slug_version: { slug: 'okx-perp', version: next.version + 1 } },
  });
  expect(stored.data).toMatchObject({
    version: next.version + 1,
    takerFeeRate: { value: '0.0004' },
  });
  await db.prisma.exchangeProfile.deleteMany({
    where: { slug: 'okx-perp', version: { gt: current.version } },
  });
});

test('the seed refuses a malformed profile before storing anything, naming the field', async () => {
  const good = structuredClone(findProfile('binance-usdm'));
  const bad = { ...structuredClone(good), slug: 'malformed-test', version: 1 };
  const tiers = bad.contracts[0]?.tiers.value;
  if (tiers === undefined || tiers === 'unknown') throw new Error('binance-usdm lists BTC tiers');
  (tiers[0] as { mmr: string }).mmr = '1.5'; // a maintenance rate above 100%
  const fresh = { ...good, slug: 'well-formed-test', version: 1 };

  await expect(seedProfiles(db.prisma, [fresh, bad])).rejects.toMatchObject({
    name: 'ValidationError',
    field: 'contracts.0.tiers.value.0.mmr',
  });
  // Not even the well-formed profile listed before it was stored.
  expect(
    await db.prisma.exchangeProfile.count({
      where: { slug: { in: ['malformed-test', 'well-formed-test'] } },
    }),
  ).toBe(0);
});
