/**
 * The PWA takes the API's newest profile versions when online and keeps them for offline use.
 * The API's venue refresh reads BitMEX from the loopback stand-in, which serves XBTUSDT with a
 * raised maintenance margin (e2e/servers.ts), so the API holds a version newer than the bundled
 * one; the phone must compute with it, show it, and still have it offline.
 */
import { findProfile } from '@belowzero/risk-core/profiles';
import { EDITED_XBTUSDT_MAINTENANCE, REFRESHED_VENUE } from './servers';
import {
  browserForSuite,
  describeInBrowser,
  eventually,
  graphql,
  installApp,
  newPhone,
} from './phone';

jest.setTimeout(120_000);

const bundled = findProfile(REFRESHED_VENUE);
const refreshedVersion = bundled.version + 1;

describeInBrowser('newest profile versions', () => {
  const suite = browserForSuite();

  beforeAll(async () => {
    // The API's refresh runs at start-up; wait until it has stored the newer version.
    await eventually(
      () =>
        graphql<{ exchange: { version: number } }>(
          'query($s: String!) { exchange(slug: $s) { version } }',
          { s: REFRESHED_VENUE },
        ),
      (data) => data.exchange.version === refreshedVersion,
      60_000,
    );
  });

  it('computes with the API’s newer version, shows its tables, and keeps it offline', async () => {
    const context = await newPhone(suite.browser);
    const page = await installApp(context);
    const details = `/exchanges/${REFRESHED_VENUE}`;
    await page.goto(details);
    // The prerender shows the bundled version; the device takes the newer one once idle.
    await page.getByText(`Profile version ${refreshedVersion},`).waitFor({ timeout: 20_000 });
    // BTC's first tier: 0.6 % as the stand-in serves it (bundled: 0.5 %), shown to two places.
    const btcFirstTier = page
      .locator('section.card', { hasText: 'BTC (linear)' })
      .locator('tbody tr')
      .first();
    expect(EDITED_XBTUSDT_MAINTENANCE).toBe('0.006');
    expect(await btcFirstTier.locator('td').last().textContent()).toBe('0.60%');

    // The quick check computes with it.
    await page.goto('/');
    await page.getByLabel('Exchange', { exact: true }).selectOption(REFRESHED_VENUE);
    await page.getByText(`profile ${REFRESHED_VENUE} v${refreshedVersion},`).waitFor();

    // Offline, a fresh load still has it: kept on the device, not asked again.
    await context.setOffline(true);
    try {
      await page.goto(details);
      await page.getByText(`Profile version ${refreshedVersion},`).waitFor();
      await page.goto('/');
      await page.getByLabel('Exchange', { exact: true }).selectOption(REFRESHED_VENUE);
      await page.getByText(`profile ${REFRESHED_VENUE} v${refreshedVersion},`).waitFor();
    } finally {
      await context.setOffline(false);
      await context.close();
    }
  });

  it('a phone that cannot reach the API, holding a damaged copy, computes with the bundled version', async () => {
    const context = await newPhone(suite.browser);
    await context.route('**/graphql**', (route) => route.abort());
    // A kept entry that is no profile (risk-core refuses it) is dropped, not used.
    await context.addInitScript((slug) => {
      const damaged = { [slug]: { profile: { slug, version: 99 }, venueCheckedOn: null } };
      window.localStorage.setItem('belowzero.venueProfiles.v1', JSON.stringify(damaged));
    }, REFRESHED_VENUE);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel('Exchange', { exact: true }).selectOption(REFRESHED_VENUE);
    await page.getByText(`profile ${REFRESHED_VENUE} v${bundled.version},`).waitFor();
    // Long enough for the start-up refresh to have been tried and failed.
    await page.waitForTimeout(4000);
    await page.getByText(`profile ${REFRESHED_VENUE} v${bundled.version},`).waitFor();
    await context.close();
  });
});
