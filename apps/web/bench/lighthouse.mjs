// Lighthouse (mobile, the CLI's default emulation) against the production build (run `pnpm build`
// first): starts `next start` on a free port, audits each main route LIGHTHOUSE_RUNS times and
// appends the median (min-max) scores and timings to docs/benchmarks/web.md after the
// first-load section. The API is not started: no screen's first paint needs it.
// Lighthouse multiplies every main-thread task it observes by 4 to emulate the phone, so on a
// 2-core machine anything else running (a test suite, the API benchmark winding down) shows up
// as blocking time: the audits wait for a quiet machine first, and the report gives the load
// and Lighthouse's own CPU benchmark index.
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

// Node 20's global fetch (the shared eslint globals for .mjs predate it).
const { fetch } = globalThis;
const webDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const reportPath = join(webDir, '..', '..', 'docs', 'benchmarks', 'web.md');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromeFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
].join(' ');
// /offline is the reference floor: a page with no calculator, so React + Next start-up alone.
const routes = (process.env.LIGHTHOUSE_ROUTES ?? '/,/crash,/compare,/offline').split(',');
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 7);
/** One-minute load average per core below which the machine counts as quiet. */
const QUIET_LOAD_PER_CORE = 0.25;
const QUIET_WAIT_LIMIT_MS = 5 * 60_000;
const heading = '## Lighthouse mobile (apps/web)';

if (!existsSync(join(webDir, '.next', 'BUILD_ID'))) {
  console.error('lighthouse: no production build; run `pnpm --filter @belowzero/web build` first');
  process.exit(1);
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitUntilUp(url, server) {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`next start did not answer at ${url}`);
}

/** Waits (up to QUIET_WAIT_LIMIT_MS) for the load average to settle; returns it. */
async function quietMachine() {
  const deadline = Date.now() + QUIET_WAIT_LIMIT_MS;
  while (loadavg()[0] / cpus().length > QUIET_LOAD_PER_CORE && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
  return loadavg()[0];
}

async function audit(url) {
  const { stdout } = await promisify(execFile)(
    join(webDir, 'node_modules', '.bin', 'lighthouse'),
    [
      url,
      '--quiet',
      '--output=json',
      '--output-path=stdout',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${chromeFlags}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 256 * 1024 * 1024 },
  );
  const lhr = JSON.parse(stdout);
  const score = (id) => Math.round(lhr.categories[id].score * 100);
  const ms = (id) => lhr.audits[id].numericValue;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: ms('first-contentful-paint'),
    lcp: ms('largest-contentful-paint'),
    tbt: ms('total-blocking-time'),
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/** Lighthouse 13 has no PWA category: check what Chromium needs to offer the install itself. */
async function installability(base) {
  const html = await (await fetch(base)).text();
  const href = html.match(/<link rel="manifest" href="([^"]+)"/)?.[1];
  if (!href) return 'no manifest link';
  const manifest = await (await fetch(new URL(href, base))).json();
  const sizes = (manifest.icons ?? []).flatMap((icon) => (icon.sizes ?? '').split(' '));
  const sw = await fetch(new URL('/sw.js', base));
  const missing = [
    manifest.name || manifest.short_name ? null : 'name',
    manifest.start_url ? null : 'start_url',
    ['standalone', 'fullscreen', 'minimal-ui'].includes(manifest.display) ? null : 'display',
    sizes.includes('192x192') ? null : '192px icon',
    sizes.includes('512x512') ? null : '512px icon',
    sw.ok ? null : 'service worker',
  ].filter(Boolean);
  return missing.length === 0
    ? `installable (manifest \`${href}\`: name, start_url, display ${manifest.display}, 192 and 512 px icons; /sw.js served)`
    : `NOT installable: missing ${missing.join(', ')}`;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const spread = (values, format) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${format(median(values))} (${format(sorted[0])}-${format(sorted.at(-1))})`;
};
const seconds = (value) => (value / 1000).toFixed(1) + ' s';
const millis = (value) => Math.round(value) + ' ms';
const plain = (value) => String(value);

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(
  join(webDir, 'node_modules', '.bin', 'next'),
  ['start', '-p', String(port), '-H', '127.0.0.1'],
  {
    cwd: webDir,
    stdio: 'ignore',
  },
);
const rows = [];
const benchmarkIndexes = [];
let install;
let startLoad;
try {
  await waitUntilUp(base, server);
  install = await installability(base);
  startLoad = await quietMachine();
  for (const route of routes) {
    await audit(base + route); // warm-up: the server's first render of a route is not the page's cost
    const results = [];
    for (let run = 0; run < runs; run += 1) results.push(await audit(base + route));
    benchmarkIndexes.push(...results.map((result) => result.benchmarkIndex));
    const col = (key, format) =>
      spread(
        results.map((result) => result[key]),
        format,
      );
    rows.push(
      `| ${route} | ${col('performance', plain)} | ${col('accessibility', plain)} | ${col('bestPractices', plain)} | ${col('seo', plain)} | ${col('fcp', seconds)} | ${col('lcp', seconds)} | ${col('tbt', millis)} | ${col('cls', (v) => v.toFixed(3))} |`,
    );
    console.log(rows.at(-1));
  }
} finally {
  server.kill();
}

const section = [
  heading,
  '',
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`pnpm --filter @belowzero/web bench\` (\`bench/lighthouse.mjs\`): Lighthouse 13.5 with its default mobile emulation (Moto G Power, simulated slow 4G, 4x CPU slowdown), headless Chromium, \`next start\` of the production build, ${cpus().length} cores, load average ${startLoad.toFixed(2)} at the start and ${loadavg()[0].toFixed(2)} at the end, Lighthouse's CPU benchmark index ${spread(benchmarkIndexes, (value) => String(Math.round(value)))}. ${runs} runs per route after one warm-up run; median (min-max).`,
  '',
  `Installability: ${install}.`,
  '',
  '`/offline` is the reference floor: a page with no calculator, so its blocking time is what React and Next.js start-up cost alone on this emulated phone.',
  '',
  '| route | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
  '',
].join('\n');
const existing = existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : '';
const before = existing.includes(heading) ? existing.slice(0, existing.indexOf(heading)) : existing;
writeFileSync(reportPath, `${before.trimEnd()}\n\n${section}`);
console.log(section);
