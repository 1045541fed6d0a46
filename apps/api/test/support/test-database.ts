/**
 * The database a test suite runs against: PGlite (default; the API embeds it, in memory) or,
 * with TEST_DB=postgres, a uniquely named database on the local PostgreSQL, dropped after.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const usePostgres = process.env.TEST_DB === 'postgres';
export const postgresAdminUrl =
  process.env.TEST_POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  /** DATABASE_URL for the API; undefined means "embed PGlite". */
  url: string | undefined;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (!usePostgres) return { url: undefined, drop: async () => undefined };
  const name = `belowzero_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
