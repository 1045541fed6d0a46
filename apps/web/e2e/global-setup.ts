/**
 * Jest global setup of the browser suite: builds what is stale, starts the API and the PWA,
 * and passes their URLs to the tests through the environment. Without chromium the suite
 * is skipped with a message (an error when CI=true).
 */
import { existsSync } from 'node:fs';
import { ciStrict } from '../../../scripts/ci-strict.cjs';
import { buildAll, startServers } from './servers';

export default async function globalSetup(): Promise<void> {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    if (ciStrict()) throw new Error(`e2e: chromium not found at ${chromium}`);
    console.warn(`e2e: chromium not found at ${chromium}; the browser tests are skipped`);
    process.env.E2E_SKIP = 'chromium missing';
    return;
  }
  buildAll();
  const servers = await startServers();
  (globalThis as { e2eServers?: typeof servers }).e2eServers = servers;
  process.env.E2E_API_URL = servers.apiUrl;
  process.env.E2E_WEB_URL = servers.webUrl;
  process.env.E2E_CHROMIUM = chromium;
}
