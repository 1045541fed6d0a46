/**
 * The hand-written migrations against the Prisma schema, on a real database (PGlite, or
 * PostgreSQL with TEST_DB=postgres): bookkeeping as Prisma does it, safe concurrent runs,
 * every model queried through the real client, decimals exact, and the seed idempotent.
 */
import { createHash } from 'node:crypto';
import { findProfile, profileVersions, profiles } from '@belowzero/risk-core';
import { Client } from 'pg';
import { type Database, openDatabase } from '../src/db/database';
import { migrate, readMigrations } from '../src/db/migrate';
import { seedProfiles, sourceRows } from '../src/db/seed';
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
    ExchangeTier: Prisma.ExchangeTierScalarFieldEnum,
    ExchangeSource: Prisma.ExchangeSourceScalarFieldEnum,
  };
  expect(Object.keys(models).sort()).toEqual(Object.values(Prisma.ModelName).sort());
  for (const [table, fields] of Object.entries(models)) {
    const columns = await sql<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
      [table],
    );
    expect(columns.map((c) => c.column_name).sort()).toEqual(Object.values(fields).sort());
  }
  const decimals = await sql<{
    table_name: string;
    column_name: string;
    numeric_precision: number;
    numeric_scale: number;
  }>(
    "SELECT table_name, column_name, numeric_precision, numeric_scale FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'numeric' ORDER BY column_name",
  );
  expect(decimals.map((c) => [c.column_name, c.numeric_precision, c.numeric_scale])).toEqual([
    ['cap', 38, 18],
    ['floor', 38, 18],
    ['maxLeverage', 38, 18],
    ['mmr', 38, 18],
  ]);
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
      data: {},
      tiers: {
        create: [
          // 20 integer digits and 18 fraction digits: the full width of DECIMAL(38,18).
          {
            asset: 'BTC',
            instrument: 'linear',
            position: 0,
            floor: '12345678901234567890.123456789012345678',
            cap: null,
            maxLeverage: '125',
            mmr: '0.004',
          },
        ],
      },
      sources: {
        create: [
          {
            field: 'takerFeeRate',
            source: 'https://example.org/fees',
            asOf: new Date('2026-10-01T00:00:00Z'),
          },
        ],
      },
    },
    include: { tiers: true, sources: true },
  });
  expect(profile.tiers[0]?.floor.toFixed()).toBe('12345678901234567890.123456789012345678');
  expect(profile.tiers[0]?.mmr.toFixed(18)).toBe('0.004000000000000000');
  expect(profile.sources[0]?.assumption).toBe(false);
  expect(profile.asOf.toISOString()).toBe('2026-11-01T00:00:00.000Z');

  // Deleting the device deletes its scenarios; deleting a profile its tiers and sources.
  await prisma.device.delete({ where: { id: device.id } });
  expect(await prisma.scenario.findUnique({ where: { id: scenario.id } })).toBeNull();
  await prisma.exchangeProfile.delete({ where: { id: profile.id } });
  expect(await prisma.exchangeTier.count({ where: { profileId: profile.id } })).toBe(0);
  expect(await prisma.exchangeSource.count({ where: { profileId: profile.id } })).toBe(0);
});

test('the seed stores every version of every risk-core profile with its tiers and sources, once', async () => {
  expect(profileVersions.length).toBeGreaterThan(profiles.length - 1);
  const first = await seedProfiles(db.prisma, profileVersions);
  expect(first.sort()).toEqual(profileVersions.map((p) => `${p.slug}@${p.version}`).sort());
  expect(await seedProfiles(db.prisma, profileVersions)).toEqual([]);

  for (const profile of profileVersions) {
    const stored = await db.prisma.exchangeProfile.findUniqueOrThrow({
      where: { slug_version: { slug: profile.slug, version: profile.version } },
      include: { tiers: { orderBy: { position: 'asc' } }, sources: true },
    });
    expect(stored.data).toEqual(JSON.parse(JSON.stringify(profile)));
    const published = profile.contracts.flatMap((c) =>
      c.tiers.value === 'unknown' ? [] : c.tiers.value,
    );
    expect(stored.tiers).toHaveLength(published.length);
    for (const contract of profile.contracts) {
      if (contract.tiers.value === 'unknown') continue;
      const rows = stored.tiers.filter(
        (t) => t.asset === contract.asset && t.instrument === contract.instrument,
      );
      // Stored decimals equal the published strings digit for digit.
      expect(rows.map((t) => t.mmr.toFixed())).toEqual(
        contract.tiers.value.map((t) => new Prisma.Decimal(t.mmr).toFixed()),
      );
    }
    expect(stored.sources.map((s) => s.field).sort()).toEqual(
      sourceRows(profile)
        .map((s) => s.field)
        .sort(),
    );
    expect(stored.sources.map((s) => s.field)).toContain('takerFeeRate');
  }
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
