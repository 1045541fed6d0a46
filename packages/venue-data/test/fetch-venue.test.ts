/// <reference types="node" />
/**
 * fetchVenue against a local stand-in for the venue (loopback only), serving the recorded
 * Bybit answers: the answers are parsed as in the snapshot, and a venue that errors or does
 * not answer in time fails the read with a typed error (the caller keeps its last version).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { VenueUnreachableError, fetchVenue, importerFor, recordedResponses } from '../src/index.js';
import { readRecording } from './recorded.js';

const recorded = recordedResponses(readRecording)['bybit-linear']![0]!;
let mode: 'ok' | 'error' | 'silent' = 'ok';
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (mode === 'silent') return; // never answers
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const body =
      mode === 'error'
        ? undefined
        : url.pathname === '/v5/market/instruments-info'
          ? recorded.instruments?.body
          : url.pathname === '/v5/market/risk-limit' && url.searchParams.get('symbol') === 'BTCUSDT'
            ? recorded['tiers:BTC']?.body
            : undefined;
    response.writeHead(body === undefined ? 500 : 200, { 'content-type': 'application/json' });
    response.end(body === undefined ? '{"retCode":10001}' : JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const now = () => new Date('2026-12-05T10:00:00Z');

test('reads the endpoints, parses as the recordings do, sources the table to the live endpoint with the day read', async () => {
  mode = 'ok';
  const imported = await fetchVenue(importerFor('bybit-linear'), { baseUrl, assets: ['BTC'], now });
  const btc = imported.contracts.find((c) => c.asset === 'BTC');
  // The served body is the 2023-08-16 mainnet table: 34 tiers, tier 1 to 2,000,000 USDT at 100x.
  expect(btc?.tiers.value !== 'unknown' && btc?.tiers.value.length).toBe(34);
  expect(btc?.tiers).toMatchObject({
    source: 'https://api.bybit.com/v5/market/risk-limit',
    asOf: '2026-12-05',
  });
  // A live instruments answer is the whole list.
  expect(imported.listing.value).toBe('complete');
});

test('a venue error fails the read with a typed error naming the request', async () => {
  mode = 'error';
  await expect(
    fetchVenue(importerFor('bybit-linear'), { baseUrl, assets: ['BTC'], now }),
  ).rejects.toMatchObject({
    name: 'VenueUnreachableError',
    request: 'instruments',
    profile: 'bybit-linear',
  });
});

test('a venue that does not answer in time fails the read', async () => {
  mode = 'silent';
  const read = fetchVenue(importerFor('bybit-linear'), {
    baseUrl,
    assets: ['BTC'],
    now,
    timeoutMs: 200,
  });
  await expect(read).rejects.toBeInstanceOf(VenueUnreachableError);
  await expect(read).rejects.toThrow('no answer in 200 ms');
});
