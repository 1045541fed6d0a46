/**
 * Starts what the browser tests talk to: the real API (built from apps/api, embedded
 * PGlite in memory) and a production build of the PWA (`next start`), each on a free port.
 * Builds whichever of the two is older than its sources.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { answersFrom, recordedResponses, startStandIn, type StandIn } from '@belowzero/venue-data';

export const webDir = resolve(__dirname, '..');
export const repoDir = resolve(webDir, '..', '..');
const apiDir = join(repoDir, 'apps', 'api');
const riskCoreDir = join(repoDir, 'packages', 'risk-core');
const venueDataDir = join(repoDir, 'packages', 'venue-data');

/** The one venue the e2e API refreshes, from the loopback stand-in (none is reachable). */
export const REFRESHED_VENUE = 'bitmex-linear';

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Newest modification time of the files under `paths` (skipping dependencies and outputs). */
function newestMtime(paths: string[]): number {
  let newest = 0;
  const walk = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) {
        if (
          entry === 'node_modules' ||
          entry === '.next' ||
          entry === 'generated' ||
          entry === '.test-results'
        )
          continue;
        walk(join(path, entry));
      }
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(walk);
  return newest;
}

function buildIfStale(
  label: string,
  output: string,
  sources: string[],
  command: string[],
  cwd: string,
): void {
  if (existsSync(output) && statSync(output).mtimeMs >= newestMtime(sources)) return;
  console.log(`e2e: building ${label} (${command.join(' ')})`);
  const result = spawnSync(command[0]!, command.slice(1), {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`e2e: building ${label} failed`);
}

export function buildAll(): void {
  buildIfStale(
    'risk-core',
    join(riskCoreDir, 'dist', 'esm', 'index.js'),
    [join(riskCoreDir, 'src')],
    ['pnpm', 'run', 'build'],
    riskCoreDir,
  );
  buildIfStale(
    'venue-data',
    join(venueDataDir, 'dist', 'esm', 'index.js'),
    [join(venueDataDir, 'src')],
    ['pnpm', 'run', 'build'],
    venueDataDir,
  );
  buildIfStale(
    'the API',
    join(apiDir, 'dist', 'main.js'),
    [
      join(apiDir, 'src'),
      join(repoDir, 'prisma'),
      join(riskCoreDir, 'src'),
      join(venueDataDir, 'src'),
    ],
    ['pnpm', 'run', 'build'],
    apiDir,
  );
  buildIfStale(
    'the PWA',
    join(webDir, '.next', 'BUILD_ID'),
    ['app', 'components', 'lib', 'public/icons', 'next.config.mjs', 'package.json']
      .map((path) => join(webDir, path))
      .concat(join(riskCoreDir, 'src')),
    ['pnpm', 'run', 'build'],
    webDir,
  );
}

/** Starts a process and resolves once `ready` answers; rejects if the process dies first. */
async function startProcess(
  label: string,
  command: string[],
  cwd: string,
  env: Record<string, string | undefined>,
  ready: () => Promise<boolean>,
): Promise<ChildProcess> {
  const child = spawn(command[0]!, command.slice(1), {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`e2e: ${label} exited (${child.exitCode}):\n${output}`);
    if (await ready().catch(() => false)) return child;
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
  }
  child.kill('SIGTERM');
  throw new Error(`e2e: ${label} did not start within 60 s:\n${output}`);
}

export interface Servers {
  apiUrl: string;
  webUrl: string;
  processes: ChildProcess[];
  venues: StandIn;
}

/**
 * BitMEX's XBTUSDT maintenance margin as the stand-in serves it: the recorded row says 0.005;
 * this one figure is edited so the API's refresh makes a newer profile version than the
 * bundled one, which the PWA must take (e2e/newest-profiles.e2e.ts).
 */
export const EDITED_XBTUSDT_MAINTENANCE = '0.006';

/** The recorded venue answers, served on loopback for the API's venue refresh. */
async function startVenueStandIn(): Promise<StandIn> {
  const recorded = recordedResponses((file) =>
    JSON.parse(readFileSync(join(venueDataDir, 'recorded', file), 'utf8')),
  );
  const standIn = await startStandIn(answersFrom(recorded));
  const instruments = structuredClone(recorded[REFRESHED_VENUE]?.[0]?.instruments?.body) as {
    symbol: string;
    maintMargin: string;
  }[];
  const xbt = instruments.find((row) => row.symbol === 'XBTUSDT');
  if (xbt?.maintMargin !== '0.005') throw new Error('e2e: the recorded XBTUSDT row changed');
  xbt.maintMargin = EDITED_XBTUSDT_MAINTENANCE;
  standIn.answer(REFRESHED_VENUE, 'instruments', instruments);
  return standIn;
}

export async function startServers(): Promise<Servers> {
  const [apiPort, webPort] = [await freePort(), await freePort()];
  const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
  const webUrl = `http://127.0.0.1:${webPort}`;
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.DATABASE_URL; // embedded PGlite, in memory
  const venues = await startVenueStandIn();
  const api = await startProcess(
    'API',
    ['node', 'dist/main.js'],
    apiDir,
    {
      ...env,
      DATABASE_URL: '',
      PGLITE_DATA_DIR: 'memory://',
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      WEB_ORIGIN: webUrl,
      // Every phone of the suite is one address (127.0.0.1), whose bucket all its devices draw
      // on: limits no test here is about are set out of reach.
      DEVICE_CREATIONS_PER_HOUR: '1000000',
      RATE_LIMIT_CAPACITY: '10000000',
      RATE_LIMIT_RESTORE_PER_SECOND: '1000000',
      VENUE_REFRESH: 'on',
      VENUE_BASE_URL: `${venues.url}/{profile}`,
      VENUE_REFRESH_PROFILES: REFRESHED_VENUE,
    },
    async () => {
      const response = await fetch(apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      return response.ok;
    },
  );
  const web = await startProcess(
    'PWA',
    [
      join(webDir, 'node_modules', '.bin', 'next'),
      'start',
      '-p',
      String(webPort),
      // Every loopback address, as a phone on the LAN reaches the computer (lan-phone.e2e.ts).
      '-H',
      '0.0.0.0',
    ],
    webDir,
    { NEXT_TELEMETRY_DISABLED: '1', API_ORIGIN: `http://127.0.0.1:${apiPort}` },
    async () => (await fetch(`${webUrl}/`)).ok,
  );
  return { apiUrl, webUrl, processes: [api, web], venues };
}
