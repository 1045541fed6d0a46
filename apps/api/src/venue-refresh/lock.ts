/**
 * One venue refresh at a time, whatever the number of API processes: a PostgreSQL session
 * advisory lock, held on a connection of its own for the length of the run. A process that
 * finds it taken skips its run (the holder is doing the work).
 */
import { Client } from 'pg';

/** Arbitrary constant naming the refresh lock (pg advisory locks take a bigint). */
const VENUE_REFRESH_LOCK_KEY = 72_707_369_002;

/** Runs `work` holding the lock; resolves null without running it when the lock is taken. */
export async function whileHoldingRefreshLock<T>(
  databaseUrl: string,
  work: () => Promise<T>,
): Promise<T | null> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1) AS locked',
      [VENUE_REFRESH_LOCK_KEY],
    );
    if (rows[0]?.locked !== true) return null;
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [VENUE_REFRESH_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}
