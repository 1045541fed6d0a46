/**
 * The venue's live mark price in the PWA: the API reads it from the venue (here a loopback
 * stand-in serving BitMEX's recorded instrument answer) and the quick check fills the
 * current price with it, saying where it is from and how old it is. Offline, the price is the
 * user's own figure and the screen says so.
 */
import { browserForSuite, describeInBrowser, eventually, graphql, screenshot } from './phone';

jest.setTimeout(120_000);

// recorded/bitmex-perp.json (ccxt's static BitMEX markets, GET /api/v1/instrument rows of
// 2026-05-21): XBTUSDT markPrice 77144.75, fundingRate -0.000008.
const XBTUSDT_MARK = '77144.75';

describeInBrowser('venue mark price', () => {
  const suite = browserForSuite();

  beforeAll(async () => {
    // The API's refresh runs at start-up; wait until it has stored BitMEX's figures.
    await eventually(
      () =>
        graphql<{
          exchange: { contracts: { edges: { node: { market: { markPrice: string } | null } }[] } };
        }>(
          'query($a: String!) { exchange(slug: "bitmex-linear") { contracts(first: 1, asset: $a) { edges { node { market { markPrice } } } } } }',
          { a: 'BTC' },
        ),
      (data) => data.exchange.contracts.edges[0]?.node.market?.markPrice === XBTUSDT_MARK,
      60_000,
    );
  });

  it('fills the current price with the venue mark, names its source and age, and keeps a typed price', async () => {
    const page = await suite.phone.newPage();
    await page.goto('/');
    await page.getByLabel('Exchange', { exact: true }).selectOption('bitmex-linear');
    const current = page.getByLabel('Current price (optional)');
    await eventually(
      () => current.inputValue(),
      (value) => value === XBTUSDT_MARK,
    );
    const note = page.getByTestId('venue-mark');
    await note.filter({ hasText: 'Using the mark 77,144.75 on BitMEX (XBTUSDT)' }).waitFor();
    await note.filter({ hasText: 'ago' }).waitFor();
    await current.scrollIntoViewIfNeeded();
    await screenshot(page, 'venue-mark');

    // A price the user types is theirs; the mark stays one tap away.
    await current.fill('70000');
    await note.filter({ hasText: 'The current price is your own figure.' }).waitFor();
    await page.getByRole('button', { name: 'Use the mark' }).click();
    expect(await current.inputValue()).toBe(XBTUSDT_MARK);
  });

  it('offers the assets the venue lists as the asset is typed', async () => {
    const page = await suite.phone.newPage();
    await page.goto('/');
    await page.getByLabel('Exchange', { exact: true }).selectOption('bitmex-linear');
    const options = await page
      .locator('datalist option')
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value));
    // BitMEX's recorded USDT-margined perpetuals among the six: XBT (BTC), ETH, XRP, DOGE.
    expect(options).toEqual(expect.arrayContaining(['BTC', 'ETH', 'XRP', 'DOGE']));
  });

  it('offline: no venue price, and the screen says the price is the user’s own', async () => {
    const page = await suite.phone.newPage();
    await page.goto('/');
    await page.getByLabel('Exchange', { exact: true }).selectOption('bitmex-linear');
    await page.getByTestId('venue-mark').waitFor();
    expect(await page.getByLabel('Current price (optional)').inputValue()).toBe(XBTUSDT_MARK);
    await suite.phone.setOffline(true);
    try {
      await page.getByLabel('Asset').fill('ETH');
      await page.getByText('Offline: the current price is your own figure.').waitFor();
      // BTC's mark is not left standing for ETH: the field is cleared, the price is the entry.
      expect(await page.getByLabel('Current price (optional)').inputValue()).toBe('');
    } finally {
      await suite.phone.setOffline(false);
    }
  });
});
