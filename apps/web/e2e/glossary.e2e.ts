/**
 * Plain words before formulas: a new user reads the answer in sentences, opens a term's meaning
 * with one tap, and finds the formula only behind "How is this computed?".
 */
import { browserForSuite, describeInBrowser, screenshot } from './phone';

jest.setTimeout(120_000);

describeInBrowser('words a beginner understands', () => {
  const suite = browserForSuite();

  it('a new user taps "Bankruptcy price" on the answer and reads what it means', async () => {
    const page = await suite.phone.newPage();
    await page.goto('/');
    // WE-1 (Binance, 20x): a gap to the worst case leaves a deficit Binance's fund pays.
    await page.getByTestId('liquidation-price').filter({ hasText: '25,100.40' }).waitFor();
    await page
      .getByTestId('deficit-note')
      .filter({ hasText: 'You would not pay it here' })
      .waitFor();

    // The formula waits behind a disclosure.
    const howComputed = page.locator('details').filter({ hasText: 'How is this computed?' });
    const formula = howComputed.locator('p');
    expect(await formula.isVisible()).toBe(false);
    await howComputed.getByText('How is this computed?').click();
    await formula.filter({ hasText: '=' }).waitFor();

    await page.getByRole('link', { name: 'Bankruptcy price' }).click();
    await page.waitForURL('**/glossary#bankruptcy-price');
    const entry = page.locator('#bankruptcy-price');
    await entry
      .filter({ hasText: 'The price at which the position has lost all the margin' })
      .waitFor();
    // The entry is on the phone's screen, not under the top bar or below the fold.
    const box = await entry.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(48);
    expect(box!.y).toBeLessThan(844 - 100);
    await screenshot(page, 'glossary');
    // Every word the issue asks for has its entry.
    for (const id of [
      'liquidation',
      'bankruptcy-price',
      'maintenance-margin',
      'insurance-fund',
      'auto-deleveraging',
      'socialized-loss',
    ]) {
      expect(await page.locator(`#${id} dd`).textContent()).toMatch(/\w{3,}/);
    }
    await page.goBack();
    await page.getByTestId('liquidation-price').filter({ hasText: '25,100.40' }).waitFor();
    await page.close();
  });

  it('a user comparing exchanges taps "Who covers a deficit" and reads what a deficit is', async () => {
    const page = await suite.phone.newPage();
    await page.goto('/compare');
    await page.getByRole('link', { name: 'Who covers a deficit' }).first().click();
    await page.waitForURL('**/glossary#deficit');
    await page
      .locator('#deficit')
      .filter({ hasText: 'A deficit beside “you owe 0” means someone else pays it.' })
      .waitFor();
    await page.close();
  });
});
