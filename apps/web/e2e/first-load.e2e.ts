/**
 * A first visit loads the screen it opened and nothing else until the user reaches for more:
 * no other screen is prefetched because its link is on screen (components/IntentLink.tsx), and
 * the service worker, whose install downloads every screen, is registered only once the page
 * has settled (lib/sync/service-worker.ts).
 */
import type { Page } from 'playwright-core';
import { browserForSuite, describeInBrowser, eventually, newPhone } from './phone';

jest.setTimeout(60_000);

/** Next.js fetches another screen's data (RSC) with `_rsc` in the query. */
const isScreenData = (url: string) => new URL(url).searchParams.has('_rsc');

const registrations = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);

describeInBrowser('first load', () => {
  const suite = browserForSuite();

  it('prefetches another screen only on intent, and registers the service worker after the page settles', async () => {
    const context = await newPhone(suite.browser);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto('/');
    await page.locator('fieldset.interactive:not(:disabled)').waitFor();
    // Hydrated, with every tab and the portfolio link on the page: a second for any
    // viewport prefetch or load-time registration to show up.
    await page.waitForTimeout(1000);
    expect(requested.filter(isScreenData)).toEqual([]);
    expect(requested.some((url) => url.endsWith('/sw.js'))).toBe(false);
    expect(await registrations(page)).toBe(0);

    // Keyboard focus (as a finger's touch or a pointer's hover) reaches the crash lab's tab.
    await page.getByRole('link', { name: 'Crash lab' }).focus();
    await eventually(
      async () => requested.filter(isScreenData).map((url) => new URL(url).pathname),
      (paths) => paths.includes('/crash'),
      10_000,
    );
    // Three seconds after the load event, at an idle moment.
    await eventually(
      () => registrations(page),
      (count) => count === 1,
      15_000,
    );
    await context.close();
  });
});
