/**
 * Offline: once the service worker has the app shell, the calculator answers with the
 * network off, and a save made offline waits on the device and syncs after reconnecting.
 * A stale edit gets CONFLICT from the API and the app shows both versions to choose from.
 */
import type { Page } from 'playwright-core';
import type { ScenarioInput } from '@belowzero/risk-core';
import { scenarioHref } from '../lib/url/scenario-url';
import {
  browserForSuite,
  describeInBrowser,
  eventually,
  graphql,
  installApp,
  newPhone,
  screenshot,
} from './phone';

jest.setTimeout(120_000);

// Bybit worked example WE-4 (testnet.bybit.com, "Liquidation Price (USDT Contract)"):
// long 1 BTC @ 20,000 USDT, 50x, isolated, MMR 0.5% -> liquidation price 19,700 USDT.
const bybitWe4: ScenarioInput = {
  schemaVersion: 1,
  exchange: 'bybit-linear',
  account: {
    positions: [
      {
        asset: 'BTC',
        instrument: 'linear',
        side: 'long',
        entryPrice: '20000',
        size: '1',
        leverage: '50',
        marginMode: 'isolated',
      },
    ],
  },
};

/**
 * Waits for the save bar's "Saved": the save (its module loads on the click) has reached
 * IndexedDB, so leaving the page can no longer cut it off.
 */
async function savedOnDevice(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
}

async function serverScenarios(
  token: string,
): Promise<{ title: string; version: number; id: string }[]> {
  const data = await graphql<{
    viewer: { scenarios: { edges: { node: { id: string; title: string; version: number } }[] } };
  }>(
    'query { viewer { scenarios(first: 50) { edges { node { id title version } } } } }',
    {},
    token,
  );
  return data.viewer.scenarios.edges.map((edge) => edge.node);
}

describeInBrowser('offline', () => {
  const suite = browserForSuite();

  it('answers with the network off and syncs a save made offline once back online', async () => {
    const context = await newPhone(suite.browser);
    const page = await installApp(context);
    // A first save online creates the device identity.
    await page.getByLabel('Title').fill('online first');
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await savedOnDevice(page); // on the device, before this page goes away
    await page.goto('/scenarios');
    await page
      .getByTestId('saved-scenario')
      .filter({ hasText: 'online first' })
      .getByTestId('sync-state')
      .filter({ hasText: 'Synced' })
      .waitFor();
    const token = (await page.evaluate(() =>
      localStorage.getItem('belowzero.deviceToken'),
    )) as string;

    await context.setOffline(true);
    // A full page load of another scenario with the network off: served by the service worker.
    await page.goto(scenarioHref('/', bybitWe4));
    await page.getByTestId('connection').filter({ hasText: 'Offline' }).waitFor();
    await page.getByTestId('liquidation-price').filter({ hasText: '19,700.00' }).waitFor();
    await screenshot(page, 'offline');

    await page.getByLabel('Title').fill('saved offline');
    await page
      .getByRole('button', { name: /Save (scenario|as new)/ })
      .first()
      .click();
    await page.getByText('1 to sync').waitFor();
    expect((await serverScenarios(token)).map((scenario) => scenario.title)).not.toContain(
      'saved offline',
    );
    // The saved list opens offline too (a full load from the service worker), with no
    // hydration error (React's #418 once appeared here).
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto('/scenarios');
    await page
      .getByTestId('saved-scenario')
      .filter({ hasText: 'saved offline' })
      .getByTestId('sync-state')
      .filter({ hasText: 'Waiting to sync' })
      .waitFor();
    await page.getByTestId('saved-scenario').filter({ hasText: 'online first' }).waitFor();
    expect(pageErrors).toEqual([]);

    await context.setOffline(false);
    await page.getByText('1 to sync').waitFor({ state: 'detached' });
    const titles = async () => (await serverScenarios(token)).map((scenario) => scenario.title);
    expect(await eventually(titles, (list) => list.includes('saved offline'))).toContain(
      'saved offline',
    );
    await context.close();
  });

  it('keeps both versions on a conflict and lets the user choose', async () => {
    const context = await newPhone(suite.browser);
    const page = await installApp(context);
    await page.getByLabel('Title').fill('contested');
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await savedOnDevice(page);
    await page.goto('/scenarios');
    const item = page.getByTestId('saved-scenario').filter({ hasText: 'contested' });
    await item.getByTestId('sync-state').filter({ hasText: 'Synced · version 1' }).waitFor();
    const token = (await page.evaluate(() =>
      localStorage.getItem('belowzero.deviceToken'),
    )) as string;
    const [saved] = (await serverScenarios(token)).filter(
      (scenario) => scenario.title === 'contested',
    );

    // Another device of the same identity edits it first (version 1 -> 2).
    await graphql(
      'mutation ($input: UpdateScenarioInput!) { updateScenario(input: $input) { scenario { version } userErrors { message } } }',
      { input: { id: saved!.id, version: 1, title: 'contested, edited elsewhere' } },
      token,
    );

    // This phone, still on version 1, renames it: the API answers CONFLICT.
    await item.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New title').fill('contested, edited here');
    await page.getByLabel('New title').press('Enter');
    const conflict = page.getByRole('group', { name: /Conflict in/ });
    await conflict.waitFor();
    await expect(conflict.getByTestId('conflict-mine').textContent()).resolves.toContain(
      'contested, edited here',
    );
    await expect(conflict.getByTestId('conflict-theirs').textContent()).resolves.toContain(
      'contested, edited elsewhere',
    );
    await screenshot(page, 'conflict');

    await conflict.getByRole('button', { name: 'Keep both' }).click();
    const titles = async () => (await serverScenarios(token)).map((scenario) => scenario.title);
    const after = await eventually(titles, (list) =>
      list.includes('contested, edited here (my copy)'),
    );
    expect(after).toEqual(
      expect.arrayContaining(['contested, edited elsewhere', 'contested, edited here (my copy)']),
    );
    await context.close();
  });
});
