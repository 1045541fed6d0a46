// Prints the totals recorded by scripts/jest-summary-reporter.cjs in each package's .test-results/, one line per test run and
// a closing "N passed, N failed" line; exits non-zero when anything failed.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = ['apps', 'packages']
  .flatMap((group) =>
    readdirSync(join(root, group)).map((name) => join(root, group, name, '.test-results')),
  )
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8'))),
  );
let passed = 0;
let failed = 0;
let skipped = 0;
for (const run of runs) {
  passed += run.passed;
  failed += run.failed + run.suitesFailed;
  skipped += run.skipped;
  console.log(`${run.name}: ${run.passed} passed, ${run.failed} failed, ${run.skipped} skipped`);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || runs.length === 0 ? 1 : 0);
