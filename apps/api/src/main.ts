/**
 * Start-up: `node dist/main.js`. Reads the environment, starts the API and stops it
 * gracefully on SIGTERM or SIGINT (in-flight requests finish, then the database closes).
 */
import 'reflect-metadata';
import { startApi } from './app.js';
import { readConfig } from './config.js';
import { logLine } from './http/log.js';

async function main(): Promise<void> {
  const api = await startApi(readConfig());
  console.log(`belowzero API ready at ${api.url}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logLine('info', 'shutting down', { signal });
    api.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logLine('error', 'shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  logLine('error', 'start-up failed', {
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  process.exit(1);
});
