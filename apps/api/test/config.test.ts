/**
 * The venue refresh settings: off unless switched on, and a setting that cannot be right stops
 * the start with a message naming it (an operator's typo is not a silent default).
 */
import { readConfig } from '../src/config';
import { settingsFrom } from '../src/venue-refresh/schedule';

test('the venue refresh is off by default and reads its settings when on', () => {
  expect(readConfig({}).venueRefresh).toBeNull();
  expect(readConfig({ VENUE_REFRESH: 'off' }).venueRefresh).toBeNull();
  expect(
    readConfig({
      VENUE_REFRESH: 'on',
      VENUE_REFRESH_PROFILES: 'bybit-linear, okx-perp',
      VENUE_REFRESH_ASSETS: 'BTC',
      VENUE_BASE_URL: 'http://127.0.0.1:9000/{profile}',
    }).venueRefresh,
  ).toEqual({
    tablesEveryMinutes: 360,
    marketEverySeconds: 60,
    baseUrlTemplate: 'http://127.0.0.1:9000/{profile}',
    profiles: ['bybit-linear', 'okx-perp'],
    assets: ['BTC'],
    timeoutMs: 10_000,
    binance: null,
  });
});

test.each([
  [{ VENUE_REFRESH: 'yes' }, 'VENUE_REFRESH must be "on" or "off"'],
  [{ VENUE_REFRESH: 'on', VENUE_BASE_URL: 'http://127.0.0.1:9000' }, 'VENUE_BASE_URL must contain'],
  [
    { VENUE_REFRESH: 'on', BINANCE_API_KEY: 'k' },
    'BINANCE_API_KEY and BINANCE_API_SECRET go together',
  ],
  [
    { VENUE_REFRESH: 'on', VENUE_REFRESH_MARKET_SECONDS: '0' },
    'VENUE_REFRESH_MARKET_SECONDS must be',
  ],
])('%j is refused, naming the setting', (env, message) => {
  expect(() => readConfig(env)).toThrow(message);
});

test('Binance is refreshed only with the operator key; the others need none', () => {
  const without = settingsFrom(readConfig({ VENUE_REFRESH: 'on' }).venueRefresh!);
  const slugs = without.importers.map((importer) => importer.profile);
  expect(slugs).not.toContain('binance-usdm');
  expect(slugs).toContain('bybit-linear');
  const withKey = settingsFrom(
    readConfig({ VENUE_REFRESH: 'on', BINANCE_API_KEY: 'k', BINANCE_API_SECRET: 's' })
      .venueRefresh!,
  );
  expect(withKey.importers.map((importer) => importer.profile)).toContain('binance-usdm');
  expect(withKey.credentials).toEqual({ apiKey: 'k', secret: 's' });
});
