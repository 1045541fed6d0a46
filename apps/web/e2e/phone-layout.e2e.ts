/**
 * The form on a 390x844 phone: what the user types in, ticks or waits for is on the screen, not
 * under the fixed tab bar or squashed by a long label.
 */
import type { Page } from 'playwright-core';
import { browserForSuite, describeInBrowser, eventually } from './phone';

jest.setTimeout(120_000);

/** The visible band between the top bar and the tab bar, in viewport pixels. */
async function visibleBand(page: Page): Promise<{ top: number; bottom: number }> {
  return page.evaluate(() => ({
    top: document.querySelector('.top-bar')!.getBoundingClientRect().bottom,
    bottom: document.querySelector('.tab-bar')!.getBoundingClientRect().top,
  }));
}

describeInBrowser('the form on a phone', () => {
  const suite = browserForSuite();

  it('a user tabbing through the form always sees the field they type in', async () => {
    const page = await suite.phone.newPage();
    await page.goto('/');
    await page.getByTestId('liquidation-price').waitFor();
    const band = await visibleBand(page);
    await page.getByLabel('Exchange', { exact: true }).focus();
    let checked = 0;
    for (let step = 0; step < 40; step += 1) {
      await page.keyboard.press('Tab');
      const readFocused = () =>
        page.evaluate(() => {
          const element = document.activeElement;
          if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement))
            return null;
          const box = element.getBoundingClientRect();
          return { name: element.name || element.id, top: box.top, bottom: box.bottom };
        });
      // Within a pixel or two: the browser's focus scroll rounds, and a sub-pixel overlap with
      // the bar's border hides nothing.
      const inBand = (field: Awaited<ReturnType<typeof readFocused>>) =>
        field === null || (field.bottom <= band.bottom + 2 && field.top >= band.top - 2);
      if ((await readFocused()) === null) continue;
      checked += 1;
      // A card rendering above it may shift the page for a moment; the field must end up in view.
      await eventually(readFocused, inBand, 2_000);
    }
    expect(checked).toBeGreaterThan(8);
    await page.close();
  });

  it('the fees checkboxes keep their size beside a long label', async () => {
    const page = await suite.phone.newPage();
    await page.goto('/');
    const fees = page.getByLabel(/^Trading fees/);
    const box = await fees.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.width).toBeGreaterThanOrEqual(22);
    expect(box!.height).toBeGreaterThanOrEqual(22);
    await page.close();
  });

  it('a user who taps Save sees "Saved" without scrolling', async () => {
    const page = await suite.phone.newPage();
    await page.goto('/');
    await page.getByTestId('liquidation-price').waitFor();
    const save = page.getByRole('button', { name: 'Save scenario' });
    // Scrolled down as a thumb does: the cards below the fold have rendered on the way.
    await save.scrollIntoViewIfNeeded();
    await page.getByRole('region', { name: 'Guard rails' }).waitFor();
    // The button just above the tab bar, as a thumb finds it.
    await save.evaluate((button) => {
      const tabBar = document.querySelector('.tab-bar')!.getBoundingClientRect().top;
      window.scrollBy(0, button.getBoundingClientRect().bottom - tabBar + 4);
    });
    await save.click();
    const status = page.getByRole('status').filter({ hasText: /^Saved/ });
    await status.waitFor();
    const band = await visibleBand(page);
    await page.waitForFunction(
      (bottom) => {
        const box = [...document.querySelectorAll('[role="status"]')]
          .find((element) => element.textContent?.startsWith('Saved'))
          ?.getBoundingClientRect();
        return box !== undefined && box.bottom <= bottom;
      },
      band.bottom,
      { timeout: 5_000 },
    );
    await page.close();
  });
});
