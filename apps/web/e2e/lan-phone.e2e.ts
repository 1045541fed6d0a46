/**
 * A phone on the LAN: it reaches the PWA at another address than the computer's own (here the
 * loopback address 127.0.0.2, a different origin, as a phone's http://192.168.x.y would be), with
 * no API address set on it. The PWA reaches the API through its own origin (/graphql), so saving,
 * syncing and sharing work there too.
 */
import { browserForSuite, describeInBrowser, webUrl } from './phone';

jest.setTimeout(120_000);

describeInBrowser('a phone on the LAN', () => {
  const suite = browserForSuite();
  const lanUrl = webUrl.replace('127.0.0.1', '127.0.0.2');

  const lanPhone = () =>
    suite.browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'en-US',
      baseURL: lanUrl,
    });

  it('saves, syncs and shares through the PWA’s own origin, and another phone opens the link', async () => {
    const phone = await lanPhone();
    const page = await phone.newPage();
    await page.goto('/');
    await page.getByTestId('liquidation-price').filter({ hasText: '25,100.40' }).waitFor();
    await page.getByLabel('Title').fill('from the LAN');
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await page.goto('/scenarios');
    const item = page.getByTestId('saved-scenario').filter({ hasText: 'from the LAN' });
    await item.getByTestId('sync-state').filter({ hasText: 'Synced' }).waitFor({ timeout: 30_000 });
    await item.getByRole('button', { name: 'Share' }).click();
    const link = await item.getByTestId('share-link').inputValue();
    expect(link.startsWith(`${lanUrl}/s/`)).toBe(true);

    const friend = await lanPhone();
    const friendPage = await friend.newPage();
    await friendPage.goto(new URL(link).pathname);
    await friendPage.getByRole('heading', { name: 'from the LAN' }).waitFor();
    await friend.close();
    await phone.close();
  });
});
