/**
 * When PostgreSQL stops accepting connections the API answers 503 SERVICE_UNAVAILABLE with
 * retry-after (not a 500), and serves again as soon as the database is back, without a
 * restart. PostgreSQL only (TEST_DB=postgres): the embedded PGlite cannot go away alone.
 */
import { Client } from 'pg';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { apiClient, errorCodes as codes } from './support/client';
import { postgresAdminUrl, usePostgres } from './support/test-database';

// A contract's market figures are read from the database on every request (the profiles
// themselves are kept in memory).
const query = {
  query:
    '{ exchange(slug: "binance-usdm") { slug contracts(first: 1) { edges { node { market { markPrice } } } } } }',
};

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

(usePostgres ? describe : describe.skip)('a database outage', () => {
  let api: ApiProcess;
  let database: string;

  beforeAll(async () => {
    api = await startApiProcess();
    database = new URL(api.databaseUrl as string).pathname.slice(1);
  });

  afterAll(async () => {
    await admin(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
    expect(await api.stop()).toBe(0);
  });

  test('is a 503 with retry-after while it lasts, and the API recovers by itself', async () => {
    const client = apiClient(api.url);
    expect((await client.graphql(query)).status).toBe(200);
    await admin(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
    await admin(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}'`,
    );

    const down = await client.graphql(query);
    expect(down.status).toBe(503);
    expect(codes(down.body)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(down.headers.get('retry-after')).toMatch(/^\d+$/);

    await admin(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
    const up = await client.graphql(query);
    expect(up.status).toBe(200);
    expect(up.body.data.exchange.slug).toBe('binance-usdm');
  });
});
