/**
 * Browser helpers for the e2e suite: Debian's chromium through playwright-core, a phone
 * viewport (390x844), the PWA pointed at the test API, screenshots into docs/screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { repoDir } from './servers';

export const skipReason = process.env.E2E_SKIP;
/** `describe`, or `describe.skip` when the global setup found no chromium. */
export const describeInBrowser = skipReason ? describe.skip : describe;

export const webUrl = process.env.E2E_WEB_URL ?? '';
export const apiUrl = process.env.E2E_API_URL ?? '';

/** docs/screenshots when asked for (UPDATE_SCREENSHOTS=1), else an ignored folder: a test run
 * leaves the tracked files alone. */
const updatingDocs = process.env.UPDATE_SCREENSHOTS === '1';
const screenshotDir = updatingDocs
  ? join(repoDir, 'docs', 'screenshots')
  : join(repoDir, 'apps', 'web', '.test-results', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.E2E_CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * The enclosing `describe`'s browser, launched before its tests and closed after them, with one
 * phone (a fresh context) its tests may share. Call it at the top of the describe and read the
 * fields inside the tests.
 */
export function browserForSuite(): { readonly browser: Browser; readonly phone: BrowserContext } {
  const suite = {} as { browser: Browser; phone: BrowserContext };
  beforeAll(async () => {
    suite.browser = await launchBrowser();
    suite.phone = await newPhone(suite.browser);
  });
  afterAll(async () => {
    await suite.browser?.close();
  });
  return suite;
}

/** A fresh phone: its own storage (no device identity yet), en-US formatting unless told, the
 * test API. */
export async function newPhone(
  browser: Browser,
  colorScheme: 'light' | 'dark' = 'light',
  locale = 'en-US',
  api = apiUrl,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    colorScheme,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale,
    baseURL: webUrl,
  });
  await context.addInitScript((url) => {
    window.localStorage.setItem('belowzero.apiUrl', url);
  }, api);
  return context;
}

/** Loads the app and waits until its service worker controls the page (shell precached). */
export async function installApp(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  // The test servers' random ports and share slugs would change the docs' pictures every time.
  if (updatingDocs) await stableText(page);
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: false });
}

/** Replaces the test servers' origins and share slugs on the page with fixed ones. */
async function stableText(page: Page): Promise<void> {
  await page.evaluate(() => {
    const stable = (text: string) =>
      text
        .replace(/https?:\/\/(127\.0\.0\.1|localhost):\d+/g, 'https://belowzero.app')
        .replace(/\/s\/[A-Za-z0-9_-]+/g, '/s/your-link');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
      node.textContent = stable(node.textContent ?? '');
    for (const input of document.querySelectorAll('input')) input.value = stable(input.value);
  });
}

/** Calls the test API directly (as another client of it would), with an optional device token. */
export async function graphql<T>(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await fetch(apiUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data as T;
}

/** Re-reads `read` until `accept` holds (sync runs in the background), failing after `timeoutMs`. */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > deadline)
      throw new Error(`condition not met; last value: ${JSON.stringify(value)}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
    value = await read();
  }
  return value;
}
