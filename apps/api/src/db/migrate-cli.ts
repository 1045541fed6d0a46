/**
 * `pnpm --filter @belowzero/api migrate`: applies pending migrations to DATABASE_URL (or to
 * the embedded PGlite data directory when it is unset).
 */
import { readConfig } from '../config.js';
import { openDatabase } from './database.js';
import { migrate } from './migrate.js';

async function main(): Promise<void> {
  const database = await openDatabase(readConfig());
  try {
    const applied = await migrate(database.url);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
