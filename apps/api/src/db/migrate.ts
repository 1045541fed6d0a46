/**
 * Applies prisma/migrations/<timestamp>_<name>/migration.sql to a PostgreSQL database,
 * bookkeeping in `_prisma_migrations` exactly as `prisma migrate deploy` does, so the
 * native Prisma CLI (where it can run) sees the same history.
 *
 * Two processes starting together take turns through a session advisory lock; each
 * migration runs in its own transaction with its bookkeeping row.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { repoRoot } from '../config.js';

export const migrationsDir = join(repoRoot, 'prisma', 'migrations');

/** Arbitrary constant naming belowzero's migration lock (pg_advisory_lock takes a bigint). */
const MIGRATION_LOCK_KEY = 72_707_369_001;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

/** The migration folders in order (their names start with a sortable timestamp). */
export function readMigrations(dir: string = migrationsDir): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** Applies the pending migrations; returns the names applied (empty when up to date). */
export async function migrate(
  connectionString: string,
  dir: string = migrationsDir,
): Promise<string[]> {
  const migrations = readMigrations(dir);
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await client.query(CREATE_TABLE);
      const { rows } = await client.query<{
        migration_name: string;
        checksum: string;
        finished_at: Date | null;
      }>(
        'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
      );
      const applied = new Map(rows.map((row) => [row.migration_name, row]));
      for (const row of rows) {
        if (row.finished_at === null) {
          throw new MigrationError(
            `migration ${row.migration_name} started but did not finish; fix the database by hand`,
          );
        }
      }
      const done: string[] = [];
      for (const migration of migrations) {
        const previous = applied.get(migration.name);
        if (previous) {
          if (previous.checksum !== migration.checksum) {
            throw new MigrationError(
              `migration ${migration.name} was changed after it was applied`,
            );
          }
          continue;
        }
        if (await apply(client, migration)) done.push(migration.name);
      }
      return done;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

/** Applies one migration in a transaction; false when another process applied it first. */
async function apply(client: Client, migration: Migration): Promise<boolean> {
  const id = randomUUID();
  await client.query('BEGIN');
  try {
    // Checked again inside the transaction: PGlite serves every connection from one
    // session, so there the advisory lock alone does not keep two runners apart.
    const already = await client.query(
      'SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND rolled_back_at IS NULL',
      [migration.name],
    );
    if (already.rowCount) {
      await client.query('COMMIT');
      return false;
    }
    await client.query(
      'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())',
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(
      'UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1',
      [id],
    );
    await client.query('COMMIT');
    return true;
  } catch (error) {
    await client.query('ROLLBACK');
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`migration ${migration.name} failed: ${reason}`);
  }
}
