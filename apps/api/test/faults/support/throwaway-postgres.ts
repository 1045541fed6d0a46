/**
 * A PostgreSQL cluster of our own, in a temporary directory on a free port, that a fault
 * test may stop and start at will (the machine's shared PostgreSQL is never touched).
 * Made with Debian's initdb/pg_ctl; run as the `postgres` OS user when we are root, since
 * PostgreSQL refuses to run as root. Trust authentication on loopback only.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface ThrowawayPostgres {
  /** Connection string of the cluster's `postgres` database. */
  url: string;
  /** Starts the (stopped) cluster again on the same port and data directory. */
  start(): Promise<void>;
  /**
   * Stops the cluster: `immediate` is a crash (no checkpoint; crash recovery from the WAL on
   * the next start), `fast` a clean shutdown that aborts open sessions.
   */
  stop(mode: 'immediate' | 'fast'): Promise<void>;
  /** Stops the cluster and deletes its directory. */
  destroy(): Promise<void>;
}

/** The directory of initdb/pg_ctl: PG_BIN_DIR, or the newest Debian PostgreSQL. */
export function postgresBinDir(): string | undefined {
  if (process.env.PG_BIN_DIR)
    return existsSync(join(process.env.PG_BIN_DIR, 'pg_ctl')) ? process.env.PG_BIN_DIR : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((version) => existsSync(join(root, version, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

export async function createThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL server binaries not found (set PG_BIN_DIR)');
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'belowzero-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  // Asynchronous, so the test's clients keep sending while the cluster stops or starts.
  const run = async (program: string, args: string[]) => {
    const command = asRoot
      ? ['runuser', '-u', 'postgres', '--', join(bin, program), ...args]
      : [join(bin, program), ...args];
    await execFileAsync(command[0]!, command.slice(1), { timeout: 60_000 });
  };
  await run('initdb', [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=50`;
  const pgCtl = (args: string[]) => run('pg_ctl', ['-D', data, ...args]);
  const cluster: ThrowawayPostgres = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start: async () =>
      pgCtl(['-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '30', 'start']),
    stop: async (mode) => pgCtl(['-m', mode, '-w', 'stop']),
    destroy: async () => {
      try {
        await pgCtl(['-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await cluster.start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return cluster;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}
