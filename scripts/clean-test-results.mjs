// Removes every package's .test-results before a test run, so the closing summary counts this
// run only (turbo puts a cached task's results back when it replays it).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const group of ['apps', 'packages']) {
  for (const name of readdirSync(join(root, group))) {
    const results = join(root, group, name, '.test-results');
    if (existsSync(results)) rmSync(results, { recursive: true, force: true });
  }
}
