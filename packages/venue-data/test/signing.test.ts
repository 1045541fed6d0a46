/// <reference types="node" />
/**
 * Binance's signed brackets: the signature scheme checked against Binance's published example,
 * and the importer read through a stand-in that verifies the signature (and refuses a wrong
 * one), never without the operator's key.
 */
import {
  answersFrom,
  binanceSignature,
  fetchVenue,
  importerFor,
  recordedResponses,
  startStandIn,
  type StandIn,
} from '../src/index.js';
import { readRecording } from './recorded.js';

test("the signature is Binance's published example (SIGNED endpoint security)", () => {
  // developers.binance.com, "SIGNED (TRADE and USER_DATA) Endpoint security", example 1:
  // openssl dgst -sha256 -hmac <secret> over the query string.
  expect(
    binanceSignature(
      'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j',
      'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559',
    ),
  ).toBe('c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71');
});

describe("Binance's brackets through a stand-in that checks signatures", () => {
  const credentials = { apiKey: 'operator-key', secret: 'operator-secret' };
  let standIn: StandIn;
  beforeAll(async () => {
    standIn = await startStandIn(answersFrom(recordedResponses(readRecording)), { credentials });
  });
  afterAll(() => standIn.close());
  const options = () => ({
    baseUrl: `${standIn.url}/binance-usdm`,
    assets: ['BTC'],
    now: () => new Date('2026-12-05T10:00:00Z'),
  });

  test('with the key: the signed read parses, sourced to the live endpoint', async () => {
    const imported = await fetchVenue(importerFor('binance-usdm'), { ...options(), credentials });
    const btc = imported.contracts[0];
    // The recorded 2026-07-02 BTCUSDT brackets: first bracket to 300,000 USDT at 150x.
    expect(btc?.tiers.value !== 'unknown' && btc?.tiers.value[0]).toMatchObject({
      cap: '300000',
      maxLeverage: '150',
    });
    expect(btc?.tiers).toMatchObject({
      source: 'https://fapi.binance.com/fapi/v1/leverageBracket',
      asOf: '2026-12-05',
    });
  });

  test('a wrong secret is refused by the venue; no key: not even asked', async () => {
    await expect(
      fetchVenue(importerFor('binance-usdm'), {
        ...options(),
        credentials: { ...credentials, secret: 'wrong' },
      }),
    ).rejects.toThrow('binance-usdm: brackets: HTTP 401');
    const asked = standIn.received.length;
    await expect(fetchVenue(importerFor('binance-usdm'), options())).rejects.toThrow(
      'needs the operator key',
    );
    expect(standIn.received.length).toBe(asked);
  });
});
