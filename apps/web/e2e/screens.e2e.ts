/**
 * Every other screen in the browser, on the WE-4 scenario (Bybit, long 1 BTC @ 20,000, 50x
 * isolated, liquidation 19,700, bankruptcy 19,600 = 20,000 * (1 - 1/50)): crash lab, odds in a
 * worker (cancel, then a full run), the ranking and protections, an exchange's profile, the
 * portfolio. Screenshots of each at 390x844.
 */
import { Decimal, assess, type ScenarioInput } from '@belowzero/risk-core';
import { findProfile } from '@belowzero/risk-core/profiles';
import { scenarioHref } from '../lib/url/scenario-url';
import { browserForSuite, describeInBrowser, screenshot } from './phone';

jest.setTimeout(120_000);

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

describeInBrowser('screens', () => {
  const suite = browserForSuite();

  it('crash lab: a gap past the bankruptcy price leaves a deficit that the insurance fund pays, not the user', async () => {
    const page = await suite.phone.newPage();
    await page.goto(scenarioHref('/crash', bybitWe4));
    // Default path: -60% in one jump. 20,000 -> 8,000 is far below the 19,600 bankruptcy price.
    await page.getByTestId('crash-outcome').waitFor();
    expect(await page.getByTestId('final-balance').textContent()).toBe('0.00 USDT');
    expect(await page.getByTestId('user-owes').textContent()).toBe('0.00 USDT');
    await page.getByTestId('waterfall-part').filter({ hasText: 'insurance fund' }).waitFor();
    const timeline = await page.getByTestId('timeline').textContent();
    expect(timeline).toContain('Liquidation');
    expect(timeline).toContain('Deficit');
    await screenshot(page, 'crash');
    await page.getByRole('img', { name: /Account equity/ }).scrollIntoViewIfNeeded();
    await screenshot(page, 'crash-chart');
    await page.getByTestId('timeline').scrollIntoViewIfNeeded();
    await screenshot(page, 'crash-timeline');

    // A historical replay is a click away and keeps its own state in the URL.
    await page.getByRole('button', { name: 'History' }).click();
    await page.getByLabel('Historical crash').selectOption({ index: 0 });
    await page.waitForFunction(() => new URL(window.location.href).searchParams.has('p'));
    await page.getByTestId('crash-outcome').waitFor();
  });

  it('crash lab: on a venue that does not say what it does with the margin left after a liquidation, the balance counts it lost and says how much may come back', async () => {
    const gate: ScenarioInput = {
      ...bybitWe4,
      exchange: 'gate-usdt',
      account: {
        positions: [
          {
            asset: 'BTC',
            instrument: 'linear',
            side: 'long',
            entryPrice: '60000',
            size: '0.1',
            leverage: '10',
            marginMode: 'isolated',
          },
        ],
      },
    };
    // A fall to halfway between the liquidation and the bankruptcy price (54,000) leaves margin.
    const { liquidationPrice, bankruptcyPrice } = assess(gate, findProfile('gate-usdt'))
      .positions[0]!;
    const halfway = new Decimal(liquidationPrice!).plus(bankruptcyPrice!).div(2);
    const drop = new Decimal(1).minus(halfway.div(60000)).times(100).toDecimalPlaces(4);
    const page = await suite.phone.newPage();
    await page.goto(scenarioHref('/crash', gate));
    await page.getByLabel('Fall in % (negative: a rise)').fill(drop.toFixed());
    await page.getByTestId('residual-note').waitFor();
    expect(await page.getByTestId('final-balance').textContent()).toBe('0.00 USDT');
    const atStake = await page.getByTestId('residual-at-stake').textContent();
    const amount = /^up to ([0-9.]+) USDT$/.exec(atStake ?? '')?.[1];
    expect(new Decimal(amount ?? '0').greaterThan(0)).toBe(true);
  });

  it('odds: the Monte Carlo runs in a worker, can be cancelled, and gives probabilities with intervals', async () => {
    const page = await suite.phone.newPage();
    await page.goto(scenarioHref('/odds', bybitWe4));
    await page.getByLabel('Paths').fill('200000');
    await page.getByRole('button', { name: 'Run' }).click();
    await page.locator('progress').waitFor();
    // The page stays responsive while the worker runs: typing still works.
    await page.getByLabel('Seed').fill('7');
    expect(await page.getByLabel('Seed').inputValue()).toBe('7');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Cancelled.').waitFor();

    // A bad setting is named beside its field by risk-core's validation, from inside the worker.
    await page.getByLabel('Paths').fill('12abc');
    await page.getByRole('button', { name: 'Run' }).click();
    await page
      .locator('.field')
      .filter({ has: page.getByLabel('Paths') })
      .getByRole('alert')
      .waitFor();

    // The screen says which coin moves, and a market in words fills the model's figures.
    expect(await page.getByTestId('odds-asset').textContent()).toContain('BTC');
    await page.getByRole('button', { name: 'Stormy' }).click();
    expect(await page.getByLabel('Volatility (per year)').inputValue()).toBe('1.2');
    await page.getByRole('button', { name: 'Normal' }).click();
    expect(await page.getByLabel('Volatility (per year)').inputValue()).toBe('0.8');

    await page.getByLabel('Paths').fill('4000');
    await page.getByRole('button', { name: 'Run' }).click();
    await page.getByTestId('odds-result').waitFor({ timeout: 60_000 });
    const liquidation = await page.getByTestId('odds-liquidation').textContent();
    // 50x long over a week at 80% volatility: liquidation (2 % away) is close to certain.
    expect(liquidation).toMatch(/\d+(\.\d+)?%.*–.*%/);
    // In one sentence; on Bybit the insurance fund and ADL cover a deficit, so the user never pays.
    const summary = await page.getByTestId('odds-summary').textContent();
    expect(summary).toMatch(/chance of a liquidation/);
    expect(summary).toMatch(/no deficit past zero\.|you would not pay it\./);
    await screenshot(page, 'odds');
  });

  it('compare: every exchange ranked, protections with sources, and a full profile one tap away', async () => {
    const page = await suite.phone.newPage();
    await page.goto(scenarioHref('/compare', bybitWe4));
    await page.getByTestId('ranking').locator('li').first().waitFor();
    // One card per venue, no wider than the phone; sources short, linking out.
    const protections = page.getByRole('list', { name: 'Protections by exchange' });
    await protections.waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    const firstSource = protections
      .getByRole('link', { name: /\.(com|io|xyz|trade|exchange)$/ })
      .first();
    expect(await firstSource.getAttribute('href')).toMatch(/^https:\/\//);
    await screenshot(page, 'compare');
    await page.getByTestId('ranking').getByRole('link').first().click();
    await page.waitForURL(/\/exchanges\//);
    await page.getByRole('heading', { name: 'Margin tiers' }).waitFor();
    await screenshot(page, 'exchange');
  });

  it('portfolio: a cross position and a coin held in one account, and each coin to zero', async () => {
    const page = await suite.phone.newPage();
    const cross: ScenarioInput = {
      schemaVersion: 1,
      exchange: 'binance-usdm',
      account: {
        walletBalance: '450',
        holdings: [{ asset: 'ETH', quantity: '1', price: '3000' }],
        positions: [
          {
            asset: 'BTC',
            instrument: 'linear',
            side: 'long',
            entryPrice: '50000',
            size: '0.02',
            leverage: '20',
            marginMode: 'cross',
          },
        ],
      },
    };
    await page.goto(scenarioHref('/portfolio', cross));
    const table = page.getByTestId('coin-to-zero');
    await table.getByRole('row', { name: /BTC/ }).waitFor();
    await table.getByRole('row', { name: /ETH/ }).waitFor();
    // ETH held outright going to zero costs exactly the 3,000 it is worth: 450 + 50 margin + 3,000 - 3,000.
    expect(await table.getByRole('row', { name: /ETH/ }).textContent()).toContain('500.00 USDT');
    // The verdict is on the first screen, above the tab bar, not below the whole form.
    const verdict = await page.getByTestId('answer').getByRole('status').boundingBox();
    expect(verdict).not.toBeNull();
    expect(verdict!.y + verdict!.height).toBeLessThan(844 - 64);
    await screenshot(page, 'portfolio');
  });

  it('the manifest makes the app installable (name, icons 192 and 512, standalone)', async () => {
    const page = await suite.phone.newPage();
    const response = await page.goto('/manifest.webmanifest');
    const manifest = (await response?.json()) as {
      icons: { sizes: string; purpose: string }[];
      display: string;
      start_url: string;
    };
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('/');
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    for (const icon of ['/icons/icon-192.png', '/icons/icon-512.png']) {
      expect((await page.request.get(icon)).headers()['content-type']).toBe('image/png');
    }
  });
});
