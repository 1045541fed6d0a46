/**
 * Typing never moves the field under the user's thumb: when an invalid value turns the answer
 * above the form into a one-line error (and back), the quick check and the portfolio scroll by
 * exactly the height that changed (lib/hooks/use-field-anchor.ts).
 */
import type { Page } from 'playwright-core';
import { browserForSuite, describeInBrowser } from './phone';

jest.setTimeout(60_000);

/** The entry price field's distance from the top of the viewport, in CSS pixels. */
const fieldTop = (page: Page) =>
  page
    .getByLabel('Entry price')
    .first()
    .evaluate((field) => field.getBoundingClientRect().top);

describeInBrowser('field anchoring', () => {
  const suite = browserForSuite();

  for (const path of ['/', '/portfolio']) {
    it(`${path}: the entry price field stays put while the answer above it becomes an error and back`, async () => {
      const page = await suite.phone.newPage();
      await page.goto(path);
      await page.locator('fieldset.interactive:not(:disabled)').waitFor();
      const field = page.getByLabel('Entry price').first();
      // The field mid-screen, with the answer (or the coin-to-zero card) above it.
      await field.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await field.focus();
      const before = await fieldTop(page);

      await field.fill('');
      await page.getByRole('alert').filter({ hasText: 'Fix the highlighted field' }).waitFor();
      expect(Math.abs((await fieldTop(page)) - before)).toBeLessThan(1);

      await field.fill('50000');
      await page.getByRole('alert').filter({ hasText: 'Fix the highlighted field' }).waitFor({
        state: 'detached',
      });
      expect(Math.abs((await fieldTop(page)) - before)).toBeLessThan(1);
      await page.close();
    });
  }
});
