/**
 * Starts the built API (`node dist/main.js`) as a real child process on a free port and a
 * real database, and talks to it over real HTTP.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from './test-database';

const mainScript = join(__dirname, '..', '..', 'dist', 'main.js');

/** Start-up includes compiling PGlite's WebAssembly, slow on a busy machine. */
const READY_TIMEOUT_MS = 240_000;

/** Rate limits no test can reach: for the tests about something other than the limiter. */
export const NO_RATE_LIMIT: Record<string, string> = {
  RATE_LIMIT_CAPACITY: '10000000',
  RATE_LIMIT_RESTORE_PER_SECOND: '1000000',
};

export interface ApiProcess {
  url: string;
  /** Every stdout line so far (the structured request log). */
  logLines: string[];
  /** The PostgreSQL database created for it (TEST_DB=postgres); undefined on PGlite. */
  databaseUrl: string | undefined;
  /** Stops the process with SIGTERM, drops its database; resolves with its exit code. */
  stop(): Promise<number | null>;
}

/** Starts an API; its stdout (the structured log) is kept, and appended to `logFile` if given. */
export async function startApiProcess(
  env: Record<string, string> = {},
  logFile?: string,
): Promise<ApiProcess> {
  const database: TestDatabase = await createTestDatabase();
  const child: ChildProcess = spawn(process.execPath, [mainScript], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      PGLITE_DATA_DIR: 'memory://',
      // The suites create many device identities from 127.0.0.1; the attack suite sets its own.
      DEVICE_CREATIONS_PER_HOUR: '1000000',
      ...(database.url ? { DATABASE_URL: database.url } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logLines: string[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`API not ready after ${READY_TIMEOUT_MS} ms`)),
      READY_TIMEOUT_MS,
    );
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      if (logFile) appendFileSync(logFile, chunk);
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        logLines.push(line);
        const ready = /^belowzero API ready at (\S+)$/.exec(line);
        if (ready?.[1]) {
          clearTimeout(timer);
          resolve(ready[1]);
        }
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`API exited with ${code} before it was ready:\n${stderr}`));
    });
  });

  return {
    url,
    logLines,
    databaseUrl: database.url,
    async stop() {
      child.kill('SIGTERM');
      const code = await exited;
      await database.drop();
      return code;
    },
  };
}
