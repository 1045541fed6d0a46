/**
 * Save, reload, share, open the link on another phone, fork; then revoke. Real API (PGlite
 * in memory), production build of the PWA, Debian chromium at 390x844.
 */
import type { Page } from 'playwright-core';
import { browserForSuite, describeInBrowser, newPhone, screenshot } from './phone';

jest.setTimeout(120_000);

async function saveCurrent(page: Page, title: string): Promise<void> {
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
}

describeInBrowser('saved and shared scenarios', () => {
  // suite.phone is the owner's phone; the friend who opens a shared link gets a fresh one.
  const suite = browserForSuite();

  it('saves a scenario, keeps it across a reload, shares it, and a fresh browser opens and forks it', async () => {
    const page = await suite.phone.newPage();
    await page.goto('/');
    await saveCurrent(page, 'WE-1 long BTC');

    await page.goto('/scenarios');
    const item = page.getByTestId('saved-scenario').filter({ hasText: 'WE-1 long BTC' });
    await item.getByTestId('sync-state').filter({ hasText: 'Synced' }).waitFor();

    // The first save created the device identity silently (once it has synced: the save
    // itself is local first, the identity comes with the first upload).
    const token = await page.evaluate(() => localStorage.getItem('belowzero.deviceToken'));
    expect(token).toMatch(/^bzd_/);
    await page.reload();
    await item.getByTestId('sync-state').filter({ hasText: 'Synced · version 1' }).waitFor();

    await item.getByRole('button', { name: 'Share' }).click();
    const link = await item.getByTestId('share-link').inputValue();
    expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{24}$/);
    await screenshot(page, 'scenarios');

    // Someone else opens the link: a fresh context with no storage and no identity.
    const friend = await newPhone(suite.browser);
    const friendPage = await friend.newPage();
    await friendPage.goto(new URL(link).pathname);
    await friendPage.getByRole('heading', { name: 'WE-1 long BTC' }).waitFor();
    await friendPage.getByText('Shared, read-only').waitFor();
    await screenshot(friendPage, 'shared-link');
    await friendPage.getByRole('button', { name: 'Fork to my scenarios' }).click();
    await friendPage.waitForURL(/\/\?s=.*saved=/);
    await friendPage.getByRole('button', { name: 'Save changes' }).waitFor();
    await friendPage.goto('/scenarios');
    await friendPage
      .getByTestId('saved-scenario')
      .filter({ hasText: 'WE-1 long BTC' })
      .getByTestId('sync-state')
      .filter({ hasText: 'Synced' })
      .waitFor();
    const friendToken = await friendPage.evaluate(() =>
      localStorage.getItem('belowzero.deviceToken'),
    );
    expect(friendToken).toMatch(/^bzd_/);
    expect(friendToken).not.toBe(token);

    // The owner revokes: the link stops working for everyone.
    await item.getByRole('button', { name: 'Stop sharing' }).click();
    await item.getByTestId('share-link').waitFor({ state: 'detached' });
    await friendPage.goto(new URL(link).pathname);
    await friendPage.getByRole('heading', { name: 'Link not found' }).waitFor();
    await friend.close();
  });

  it('renames and deletes a saved scenario', async () => {
    const page = await suite.phone.newPage();
    await page.goto('/');
    await saveCurrent(page, 'to rename');
    await page.goto('/scenarios');
    const item = page.getByTestId('saved-scenario').filter({ hasText: 'to rename' });
    await item.getByTestId('sync-state').filter({ hasText: 'Synced' }).waitFor();
    await item.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New title').fill('renamed');
    await page.getByLabel('New title').press('Enter');
    const renamed = page.getByTestId('saved-scenario').filter({ hasText: 'renamed' });
    await renamed.getByTestId('sync-state').filter({ hasText: 'version 2' }).waitFor();
    await renamed.getByRole('button', { name: 'Delete' }).click();
    await renamed.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('saved-scenario').first().waitFor();
    expect(await page.getByTestId('saved-scenario').filter({ hasText: 'renamed' }).count()).toBe(0);
  });
});
