// First-load JavaScript of each screen, gzipped, read from the production build (run
// `pnpm build` first): the <script src> and preloaded script files of each prerendered page,
// gzip level 9 like a typical CDN. Writes docs/benchmarks/web.md. Sizes, not times, so it runs the same anywhere.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const webDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = join(webDir, '..', '..');
const appDir = join(webDir, '.next', 'server', 'app');
const pages = [
  ['/ (quick check)', 'index.html'],
  ['/crash', 'crash.html'],
  ['/odds', 'odds.html'],
  ['/compare', 'compare.html'],
  ['/portfolio', 'portfolio.html'],
  ['/scenarios', 'scenarios.html'],
];

if (!existsSync(join(appDir, 'index.html'))) {
  console.error('first-load: no production build; run `pnpm --filter @belowzero/web build` first');
  process.exit(1);
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const rows = pages.map(([route, file]) => {
  const html = readFileSync(join(appDir, file), 'utf8');
  // Modern browsers skip the `noModule` polyfills, so they are not part of a phone's first load.
  const tags = [...html.matchAll(/<script src="(\/_next\/[^"]+\.js)"([^>]*)>/g)].filter(
    (match) => !/nomodule/i.test(match[2]),
  );
  // A screen evaluated after the app shell (next/dynamic, e.g. the quick check) comes as
  // <link rel="preload" as="script">: loaded with the page, needed before it is interactive.
  const preloads = [...html.matchAll(/<link rel="preload"([^>]*)>/g)]
    .filter((match) => /as="script"/.test(match[1]))
    .map((match) => match[1].match(/href="(\/_next\/[^"]+\.js)"/)?.[1])
    .filter(Boolean);
  const scripts = [...new Set([...tags.map((match) => match[1]), ...preloads])];
  let raw = 0;
  let gzipped = 0;
  for (const src of scripts) {
    const body = readFileSync(join(webDir, '.next', src.replace('/_next/', '')));
    raw += body.length;
    gzipped += gzipSync(body, { level: 9 }).length;
  }
  return `| ${route} | ${scripts.length} | ${kb(raw)} | ${kb(gzipped)} |`;
});

const text = [
  '## PWA first-load JavaScript (apps/web)',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} by \`pnpm --filter @belowzero/web bench\` on the production build (\`next build --webpack\`), ${cpus().length} cores, Node ${process.version}.`,
  'Every script a page loads before it is interactive (the <script src> tags and the preloaded scripts of its prerendered HTML, without the `noModule` polyfills modern browsers skip), gzip level 9. risk-core (decimal.js) ships in these bundles: the calculator runs on the device.',
  '',
  '| page | scripts | raw KB | gzipped KB |',
  '| --- | ---: | ---: | ---: |',
  ...rows,
  '',
].join('\n');
mkdirSync(join(repoDir, 'docs', 'benchmarks'), { recursive: true });
writeFileSync(join(repoDir, 'docs', 'benchmarks', 'web.md'), text);
console.log(text);
