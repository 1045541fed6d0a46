// Runs the API test suite twice: on PGlite (embedded), then on the local PostgreSQL; then the
// fault and abuse suite (jest.faults.config.cjs). Without a reachable PostgreSQL the second pass
// is skipped with a message, unless CI is set, where that is a failure.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jest = require.resolve('jest/bin/jest');
const { ciStrict } = require('../../../scripts/ci-strict.cjs');
const extra = process.argv.slice(2);

function run(label, env, config = []) {
  console.log(`\n=== api tests on ${label} ===`);
  // PGlite loads its WebAssembly through import(), which jest's module sandbox only allows with this flag.
  const result = spawnSync(
    process.execPath,
    ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', jest, ...config, ...extra],
    {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function postgresReachable(url) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

run('PGlite', { TEST_DB: 'pglite', TEST_SUITE_LABEL: 'pglite' });
const url = process.env.TEST_POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
const reachable = await postgresReachable(url);
if (reachable === true) {
  run('PostgreSQL', { TEST_DB: 'postgres', TEST_POSTGRES_URL: url, TEST_SUITE_LABEL: 'postgres' });
} else if (ciStrict()) {
  console.error(`PostgreSQL at ${url} is unreachable (${reachable}) and CI is set: failing.`);
  process.exit(1);
} else {
  console.warn(
    `\nSKIPPED the PostgreSQL pass: ${url} is unreachable (${reachable}). Set CI=true to make this fail.`,
  );
}
run('the fault suite', { TEST_SUITE_LABEL: 'faults' }, ['-c', 'jest.faults.config.cjs']);
