/**
 * `pnpm --filter @belowzero/api seed`: migrates, then loads risk-core's exchange profiles
 * (the API also does both on every start-up).
 */
import { profileVersions } from '@belowzero/risk-core/profiles';
import { readConfig } from '../config.js';
import { openDatabase } from './database.js';
import { migrate } from './migrate.js';
import { seedProfiles } from './seed.js';

async function main(): Promise<void> {
  const database = await openDatabase(readConfig());
  try {
    await migrate(database.url);
    const inserted = await seedProfiles(database.prisma, profileVersions);
    console.log(inserted.length ? `seeded: ${inserted.join(', ')}` : 'profiles are up to date');
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
