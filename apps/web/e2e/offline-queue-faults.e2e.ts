/**
 * The offline queue under faults (issue 7): saves made with the network off survive the tab
 * being closed, and once the network is back each arrives on the server exactly once; a save
 * whose acknowledgement is lost on the way back (the server stored it, the phone never heard)
 * is not stored a second time when the queue retries: every attempt carries the save's
 * clientRequestId, and the content first sent with it, even when the phone edited it since.
 * Deleting such a save deletes the server's copy too (the sync asks again with the key to
 * learn its id), so it does not come back with the next sync.
 */
import type { BrowserContext, Page, Route } from 'playwright-core';
import {
  apiUrl,
  browserForSuite,
  describeInBrowser,
  eventually,
  graphql,
  installApp,
  newPhone,
} from './phone';

jest.setTimeout(180_000);

const OFFLINE_SAVES = 3;

async function save(page: Page, title: string): Promise<void> {
  await page.getByLabel('Title').fill(title);
  await page
    .getByRole('button', { name: /Save (scenario|as new)/ })
    .first()
    .click();
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
}

/** Titles of the device's scenarios on the server, one entry per stored scenario. */
async function serverTitles(token: string): Promise<string[]> {
  const data = await graphql<{ viewer: { scenarios: { edges: { node: { title: string } }[] } } }>(
    'query { viewer { scenarios(first: 100) { edges { node { title } } } } }',
    {},
    token,
  );
  return data.viewer.scenarios.edges.map((edge) => edge.node.title).sort();
}

/** Waits until the device's list shows the scenario as confirmed by the server. */
async function syncedOnDevice(page: Page, title: string): Promise<void> {
  await page
    .getByTestId('saved-scenario')
    .filter({ hasText: title })
    .getByTestId('sync-state')
    .filter({ hasText: 'Synced' })
    .first() // a duplicate on the device is caught by deviceTitles, with a clearer message
    .waitFor({ timeout: 30_000 });
}

/** Titles in the device's own list of scenarios (IndexedDB), one entry per record. */
async function deviceTitles(page: Page): Promise<string[]> {
  const items = await page.getByTestId('saved-scenario').getByRole('heading').allTextContents();
  return items.sort();
}

/** The device token, once the first sync has created the identity. */
async function deviceToken(page: Page): Promise<string> {
  const read = () => page.evaluate(() => localStorage.getItem('belowzero.deviceToken'));
  return (await eventually(read, (token) => Boolean(token))) as string;
}

/** How many records the device keeps in IndexedDB, tombstones (pending deletes) included. */
async function deviceRecordCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('belowzero');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result
            .transaction('scenarios', 'readonly')
            .objectStore('scenarios')
            .count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

describeInBrowser('offline queue under faults', () => {
  const suite = browserForSuite();

  it(`${OFFLINE_SAVES} saves made offline survive closing the tab and each arrives exactly once`, async () => {
    const context = await newPhone(suite.browser);
    let page = await installApp(context);
    await save(page, 'online anchor'); // its first sync creates the device identity
    const token = await deviceToken(page);
    await eventually(
      () => serverTitles(token),
      (list) => list.length === 1,
    );

    await context.setOffline(true);
    const titles = Array.from({ length: OFFLINE_SAVES }, (_, index) => `offline save ${index + 1}`);
    for (const [index, title] of titles.entries()) {
      await page.goto('/'); // a fresh, unsaved scenario (the service worker serves the page)
      await save(page, title);
      await page.getByText(`${index + 1} to sync`).waitFor();
    }

    // The tab goes away with the queue unsent; a new one opens, still offline.
    await page.close();
    page = await context.newPage();
    await page.goto('/');
    await page.getByText(`${OFFLINE_SAVES} to sync`).waitFor();
    expect(await serverTitles(token)).toEqual(['online anchor']);

    await context.setOffline(false);
    await page.goto('/scenarios');
    for (const title of titles) await syncedOnDevice(page, title);
    const expected = ['online anchor', ...titles].sort();
    expect(
      await eventually(
        () => serverTitles(token),
        (list) => list.length >= expected.length,
      ),
    ).toEqual(expected);
    expect(await deviceTitles(page)).toEqual(expected);
    // A later sync (a reload runs one) sends nothing again.
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await serverTitles(token)).toEqual(expected);
    await context.close();
  });

  /** A fresh phone with the app installed and one scenario synced, so it has its identity. */
  async function phoneWithIdentity() {
    const context = await newPhone(suite.browser);
    const page = await installApp(context);
    await save(page, 'identity');
    const token = await deviceToken(page);
    await eventually(
      () => serverTitles(token),
      (list) => list.length === 1,
    );
    return { context, page, token };
  }

  /**
   * Cuts the answer of the phone's next createScenario after the API stored it; records the
   * clientRequestId and title of every createScenario the phone sends.
   */
  async function loseNextCreateAnswer(context: BrowserContext) {
    const creates: { clientRequestId: string; title: string }[] = [];
    let delivered = false;
    await context.route(apiUrl, async (route: Route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes('createScenario')) return route.continue();
      const { input } = JSON.parse(body).variables;
      creates.push({ clientRequestId: input.clientRequestId, title: input.title });
      if (delivered) return route.continue();
      await route.fetch(); // the server stores the scenario...
      delivered = true;
      await route.abort('connectionreset'); // ...and the phone never hears back
    });
    return { creates, delivered: () => eventually(async () => delivered, Boolean) };
  }

  it('a save whose acknowledgement is lost is stored once, not again on retry', async () => {
    const { context, page, token } = await phoneWithIdentity();

    const lost = await loseNextCreateAnswer(context);
    await save(page, 'acknowledgement lost');
    await lost.delivered();
    expect(await serverTitles(token)).toEqual(['acknowledgement lost', 'identity']);

    // The phone drops off, comes back, and the queue retries (a reload runs a sync too) until
    // the device copy says Synced; the server must still hold exactly one copy.
    await context.setOffline(true);
    await context.setOffline(false);
    await page.goto('/scenarios');
    await syncedOnDevice(page, 'acknowledgement lost');
    expect(await serverTitles(token)).toEqual(['acknowledgement lost', 'identity']);
    expect(await deviceTitles(page)).toEqual(['acknowledgement lost', 'identity']);
    // It was retried, with the key made when the save was queued.
    expect(lost.creates.length).toBeGreaterThanOrEqual(2);
    const keys = new Set(lost.creates.map((create) => create.clientRequestId));
    expect([...keys]).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/)]);
    await context.close();
  });

  it('a save whose acknowledgement is lost, then renamed offline, is one server scenario with the new title', async () => {
    const { context, page, token } = await phoneWithIdentity();

    const lost = await loseNextCreateAnswer(context);
    await save(page, 'first title');
    await lost.delivered();

    // Offline, the phone renames the save it still thinks is unsent.
    await context.setOffline(true);
    await page.goto('/scenarios');
    const item = page.getByTestId('saved-scenario').filter({ hasText: 'first title' });
    await item.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New title').fill('renamed offline');
    await page.getByLabel('New title').press('Enter');
    await page.getByTestId('saved-scenario').filter({ hasText: 'renamed offline' }).waitFor();

    // Back online: the retry repeats the create as first sent (same key, same title), gets the
    // stored scenario back, and the rename follows as an edit of it.
    await context.setOffline(false);
    await syncedOnDevice(page, 'renamed offline');
    expect(
      await eventually(
        () => serverTitles(token),
        (list) => list.includes('renamed offline'),
      ),
    ).toEqual(['identity', 'renamed offline']);
    expect(await deviceTitles(page)).toEqual(['identity', 'renamed offline']);
    expect(lost.creates.length).toBeGreaterThanOrEqual(2);
    expect(new Set(lost.creates.map((create) => JSON.stringify(create))).size).toBe(1);
    await context.close();
  });

  it('a save whose acknowledgement is lost, then deleted, is deleted on the server too and does not come back', async () => {
    // A fresh phone: this save's sync creates the device identity, so the device owns nothing else.
    const context = await newPhone(suite.browser);
    const page = await installApp(context);
    const lost = await loseNextCreateAnswer(context);
    await save(page, 'deleted unanswered');
    await lost.delivered();
    const token = await deviceToken(page);
    expect(await serverTitles(token)).toEqual(['deleted unanswered']);

    // Offline, the phone deletes the save it still thinks is unsent: it leaves the list at
    // once, and a delete waits to be sent.
    await context.setOffline(true);
    await page.goto('/scenarios');
    const item = page.getByTestId('saved-scenario').filter({ hasText: 'deleted unanswered' });
    await item.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Nothing saved yet').waitFor();
    await page.getByText('1 to sync').waitFor();
    expect(await serverTitles(token)).toEqual(['deleted unanswered']);

    // Back online: the sync repeats the create with its key, learns the stored scenario's id
    // and deletes it; then the device forgets the save.
    await context.setOffline(false);
    expect(
      await eventually(
        () => serverTitles(token),
        (list) => list.length === 0,
      ),
    ).toEqual([]);
    await eventually(
      () => deviceRecordCount(page),
      (count) => count === 0,
    );
    await page.getByText('1 to sync').waitFor({ state: 'detached' });

    // A reload syncs again (and pulls the server's list): nothing comes back.
    await page.reload();
    await page.waitForLoadState('networkidle');
    await page.getByText('Nothing saved yet').waitFor();
    expect(await deviceTitles(page)).toEqual([]);
    expect(await deviceRecordCount(page)).toBe(0);
    expect(await serverTitles(token)).toEqual([]);
    // The create was repeated, once, exactly as first sent (same key, same title).
    expect(lost.creates).toHaveLength(2);
    expect(new Set(lost.creates.map((create) => JSON.stringify(create))).size).toBe(1);
    await context.close();
  });

  it('a save deleted before it was ever sent is dropped on the device and never reaches the server', async () => {
    const { context, page, token } = await phoneWithIdentity();
    const creates: string[] = [];
    await context.route(apiUrl, async (route: Route) => {
      const body = route.request().postData() ?? '';
      if (body.includes('createScenario')) creates.push(JSON.parse(body).variables.input.title);
      return route.continue();
    });

    await context.setOffline(true);
    await page.goto('/');
    await save(page, 'never sent');
    await page.goto('/scenarios');
    const item = page.getByTestId('saved-scenario').filter({ hasText: 'never sent' });
    await item.getByRole('button', { name: 'Delete' }).click();
    await item.waitFor({ state: 'detached' });
    expect(await deviceRecordCount(page)).toBe(1); // only 'identity': no tombstone to send
    await page.getByText('to sync').waitFor({ state: 'detached' });

    await context.setOffline(false);
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await deviceTitles(page)).toEqual(['identity']);
    expect(await serverTitles(token)).toEqual(['identity']);
    expect(creates).toEqual([]);
    await context.close();
  });
});
