// Generates the Prisma client into apps/api/src/generated/prisma.
// The native schema engine cannot be downloaded here and `generate` does not need it,
// so it is pointed at a no-op binary; DATABASE_URL only has to be set, not reachable.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schema = readFileSync(join(root, 'prisma/schema.prisma'));
const stamp = join(root, 'apps/api/src/generated/prisma/.schema-hash');
const hash = createHash('sha256').update(schema).digest('hex');
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) process.exit(0);

execFileSync(join(root, 'node_modules/.bin/prisma'), ['generate'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/bin/true',
    DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://unused@127.0.0.1:5432/unused',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  },
});
mkdirSync(dirname(stamp), { recursive: true });
writeFileSync(stamp, hash);
console.log('prisma: client generated');
