/// <reference types="node" />
/**
 * The venues' market figures (mark, index, funding) from their recorded answers, read both
 * directly and through the loopback stand-in, with the time each figure is from. Expected
 * figures are copied from the recordings in recorded/ (the venue's own strings).
 */
import {
  answersFrom,
  fetchMarket,
  importerFor,
  recordedResponses,
  startStandIn,
  type StandIn,
} from '../src/index.js';
import { rawOf, readRecording } from './recorded.js';

const recorded = recordedResponses(readRecording);
const parseMarket = (profile: string, assets: string[]) => {
  const importer = importerFor(profile);
  return importer.market?.parse(recorded[profile]?.[0] ?? {}, assets) ?? [];
};

test('Bybit linear tickers: mark, index and funding per symbol, at Bybit’s own time', () => {
  const readings = parseMarket('bybit-linear', ['BTC', 'ETH', 'DOGE']);
  // recorded/bybit-linear.json v5TickersLinear: BTCUSDT mark 29197.40, index 29202.83,
  // funding 0.0001; time 1692163167245 ms = 2023-08-16T05:19:27.245Z. The USDC "PERP" rows of
  // the same answer are another product and are not taken.
  expect(readings.map((r) => r.symbol)).toEqual(['BTCUSDT', 'DOGEUSDT', 'ETHUSDT']);
  expect(readings[0]).toMatchObject({
    asset: 'BTC',
    instrument: 'linear',
    markPrice: '29197.4',
    indexPrice: '29202.83',
    fundingRate: '0.0001',
    quotedAt: '2023-08-16T05:19:27.245Z',
  });
  expect(readings[1]?.markPrice).toBe('0.0709');
});

test('BitMEX: the fair-price mark and the funding rate of each open perpetual, no index', () => {
  // recorded/bitmex-perp.json: XBTUSDT markPrice 77144.75, fundingRate -0.000008; XBTUSD
  // markPrice 77069.62, fundingRate -0.000076; both timestamp 2026-05-21T14:39:07.060Z.
  const linear = parseMarket('bitmex-linear', ['BTC']);
  expect(linear).toEqual([
    expect.objectContaining({
      symbol: 'XBTUSDT',
      markPrice: '77144.75',
      indexPrice: null,
      fundingRate: '-0.000008',
      quotedAt: '2026-05-21T14:39:07.060Z',
    }),
  ]);
  expect(parseMarket('bitmex', ['BTC'])[0]).toMatchObject({
    symbol: 'XBTUSD',
    instrument: 'inverse',
    markPrice: '77069.62',
    fundingRate: '-0.000076',
  });
});

test('dYdX: the oracle price is both mark and index; the next funding rate; dated when recorded', () => {
  // recorded/dydx-v4-perp.json (nautilus wrapper, isoTimestamp 2025-12-08T16:12:00.000Z):
  // BTC-USD oraclePrice 89919.2, nextFundingRate 0.00000254545454545455.
  expect(parseMarket('dydx-v4', ['BTC'])).toEqual([
    expect.objectContaining({
      symbol: 'BTC-USD',
      markPrice: '89919.2',
      indexPrice: '89919.2',
      fundingRate: '0.00000254545454545455',
      quotedAt: '2025-12-08T16:12:00.000Z',
    }),
  ]);
});

test('Coinbase International: mark and index from each perpetual’s quote, at its own time; no funding in that answer', () => {
  // recorded/coinbaseinternational-perp.json (ccxt's instrument rows): BTC-PERP quote
  // mark_price 67292.4, index_price 67280.5, timestamp 2024-03-07T16:53:06.244Z.
  const readings = parseMarket('coinbase-intx', ['BTC', 'DOGE']);
  expect(readings).toEqual([
    expect.objectContaining({
      asset: 'BTC',
      symbol: 'BTC-PERP',
      markPrice: '67292.4',
      indexPrice: '67280.5',
      fundingRate: null,
      quotedAt: '2024-03-07T16:53:06.244Z',
    }),
    expect.objectContaining({ asset: 'DOGE', markPrice: '0.15401', indexPrice: '0.15397' }),
  ]);
});

test('Gate: its contract rows carry no time, so a recording with no time of reading is refused, not dated', () => {
  expect(() => parseMarket('gate-usdt', ['BTC'])).toThrow(/contracts\.\d+\.mark_price.*no time/);
});

test('a venue without public market figures in belowzero gives none', () => {
  expect(importerFor('okx-perp').market).toBeUndefined();
});

describe('through the loopback stand-in', () => {
  let standIn: StandIn;
  const now = () => new Date('2026-12-05T10:00:12Z');

  beforeAll(async () => {
    // Hyperliquid's metaAndAssetCtxs answer, rebuilt from ccxt's market cache (which merges
    // each coin's meta entry with its context): BTC markPx 67681.0, oraclePx 67615.0, funding
    // 0.00007563; SOL markPx 169.78.
    const cache = rawOf('hyperliquid-perp.json').ccxtMarketsInfo as Record<
      string,
      Record<string, unknown>
    >;
    const coins = Object.values(cache);
    const answers = answersFrom(recorded);
    answers.hyperliquid = {
      ...answers.hyperliquid,
      contexts: [
        { universe: coins.map((c) => ({ name: c.name })) },
        coins.map((c) => ({ markPx: c.markPx, oraclePx: c.oraclePx, funding: c.funding })),
      ],
    };
    standIn = await startStandIn(answers);
  });

  afterAll(() => standIn.close());

  test('Hyperliquid: mark, oracle and funding; the answer has no time, so the time of reading', async () => {
    const readings = await fetchMarket(importerFor('hyperliquid'), {
      baseUrl: `${standIn.url}/hyperliquid`,
      assets: ['BTC', 'SOL'],
      now,
    });
    expect(readings).toEqual([
      expect.objectContaining({
        symbol: 'BTC',
        markPrice: '67681',
        indexPrice: '67615',
        fundingRate: '0.00007563',
        quotedAt: '2026-12-05T10:00:12.000Z',
        source: 'https://api.hyperliquid.xyz/info',
      }),
      expect.objectContaining({ symbol: 'SOL', markPrice: '169.78' }),
    ]);
  });

  test('Gate: mark, index and funding of each USDT perpetual, dated when read', async () => {
    // recorded/gate-usdt-futures.json (ccxt's contract rows): BTC_USDT mark_price 73089.9,
    // index_price 73115.73, funding_rate 0.000071; ETH_USDT mark_price 1986.82.
    const readings = await fetchMarket(importerFor('gate-usdt'), {
      baseUrl: `${standIn.url}/gate-usdt`,
      assets: ['BTC', 'ETH'],
      now,
    });
    expect(readings).toEqual([
      expect.objectContaining({
        symbol: 'BTC_USDT',
        markPrice: '73089.9',
        indexPrice: '73115.73',
        fundingRate: '0.000071',
        quotedAt: '2026-12-05T10:00:12.000Z',
        source: 'https://api.gateio.ws/api/v4/futures/usdt/contracts',
      }),
      expect.objectContaining({ symbol: 'ETH_USDT', markPrice: '1986.82' }),
    ]);
  });

  test('Bybit through the stand-in keeps Bybit’s own time, not the time of reading', async () => {
    const readings = await fetchMarket(importerFor('bybit-linear'), {
      baseUrl: `${standIn.url}/bybit-linear`,
      assets: ['BTC'],
      now,
    });
    expect(readings[0]?.quotedAt).toBe('2023-08-16T05:19:27.245Z');
    expect(standIn.received).toContain('bybit-linear tickers');
  });
});
