// Rewrites docs/benchmarks.md from the sections each package's benchmark wrote into
// docs/benchmarks/*.md, under one heading with the machine and the date of the run.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'docs/benchmarks');
const sections = existsSync(dir)
  ? readdirSync(dir)
      .filter((file) => file.endsWith('.md'))
      .sort()
      .map((file) => readFileSync(join(dir, file), 'utf8').trim())
  : [];
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const text = [
  '# Benchmarks',
  '',
  `Assembled ${new Date().toISOString().slice(0, 10)} by \`pnpm bench\` on: ${machine}.`,
  "Each section below was written by its package's benchmark script, with its own date and machine line.",
  '',
  ...sections.flatMap((section) => [section, '']),
].join('\n');
writeFileSync(join(root, 'docs/benchmarks.md'), text);
console.log(`docs/benchmarks.md: ${sections.length} section(s)`);
