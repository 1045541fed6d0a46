/**
 * The recorded venue answers (packages/venue-data/recorded/*.json, copied from stored public
 * material with their source and date; see recorded/README.md) as each importer's responses.
 * They are the importers' test fixtures and the source of the snapshot shipped in risk-core.
 *
 * A recording that holds an endpoint's body is passed as it is; where it holds the same
 * figures in another form (a docs table, a market cache keyed by symbol), the shaping below is
 * the only change, and the source says where the figures are from. A recording that is only
 * part of an answer is marked incomplete, so its listing counts as partial.
 */
import { Decimal } from '@belowzero/risk-core';
import type { VenueResponse, VenueResponses } from './importer.js';
import type { Json } from './read.js';

/** Reads one recording of recorded/ by file name (the caller owns the file access). */
export type ReadRecording = (file: string) => Json;

const withReadAt = (readAt: string, answer: VenueResponse): VenueResponse => ({
  ...answer,
  readAt,
});

const response = (body: unknown, source: string, asOf: string, complete = true): VenueResponse =>
  complete ? { body, source, asOf } : { body, source, asOf, complete: false };

const BINANCE =
  'freqtrade/freqtrade binance_leverage_tiers.json (weekly recording of GET /fapi/v1/leverageBracket; fork xrunmasterx/freqtrade @837a95b8)';
const GOCRYPTOTRADER =
  'thrasher-corp/gocryptotrader testdata/http_mock/bybit/bybit.json @c7b3ace7 (mainnet recording)';
const HYPERLIQUID_DOCS =
  'hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers (official margin tables; undated page, read 2026-12-02)';

/** Recorded responses per profile slug; a profile may have several sets (one per recording),
 * read in order, the first giving a contract winning. */
export function recordedResponses(read: ReadRecording): Record<string, VenueResponses[]> {
  const raw = (file: string): Json => read(file).raw as Json;
  const bybit = (file: string, tableKey: string) => bybitRecorded(read, file, tableKey);
  return {
    'bybit-linear': [
      bybit('bybit-linear.json', 'gocryptotrader_2023-08-16_mainnet_v2linear_BTCUSDT'),
    ],
    'bybit-inverse': [bybit('bybit-inverse.json', 'gocryptotrader_2023-08-16_mainnet_v2_BTCUSD')],
    'okx-perp': [okx(raw)],
    hyperliquid: [hyperliquid(raw)],
    'dydx-v4': [dydx(raw)],
    bitmex: [bitmex(raw)],
    'bitmex-linear': [bitmex(raw)],
    'kraken-futures': kraken(raw),
    'gate-usdt': [gate(raw)],
    'phemex-usdtm': [phemex(raw)],
    'coinbase-intx': [coinbaseIntx(raw)],
    bitget: [bitget(raw)],
    'binance-usdm': [binanceUsdm(raw)],
  };
}

type Raw = (file: string) => Json;

function binanceUsdm(raw: Raw): VenueResponses {
  const tables = raw('binance-usdm.json');
  const body = Object.entries(tables)
    .filter(([symbol]) => /^[A-Z]+\/USDT:USDT$/.test(symbol))
    .map(([symbol, brackets]) => ({ symbol: symbol.replace('/USDT:USDT', 'USDT'), brackets }));
  return { brackets: response(body, BINANCE, '2026-07-02', false) };
}

function bybitRecorded(read: ReadRecording, file: string, tableKey: string): VenueResponses {
  const recorded = read(file).raw as Json;
  const table = recorded[tableKey] as Json;
  const listing = read(file).listedContracts as Json;
  const symbols = Array.isArray(listing.allInverseSymbols)
    ? (listing.allInverseSymbols as string[])
    : (
        ((recorded['listing_2023-08-16_mainnet'] as Json).v2PublicSymbols as Json)
          .result_trimmed as Json[]
      ).map((row) => String(row.name));
  const listed = recorded['listing_2023-08-16_mainnet'] as Json;
  const tickers = (listed.v5TickersLinear ?? listed.v5TickersInverse) as Json;
  return {
    'tiers:BTC': response(table.body, `${GOCRYPTOTRADER}: ${String(table.request)}`, '2023-08-16'),
    // Trimmed to the six assets; `time` is Bybit's own, in milliseconds.
    tickers: response(
      { result: { list: tickers.list_trimmed_to_six }, time: tickers.time },
      `${GOCRYPTOTRADER}: ${String(tickers.request)}`,
      '2023-08-16',
      false,
    ),
    // The inverse list is the complete 2023-08-16 symbol list; the linear one is trimmed.
    instruments: response(
      { result: { list: symbols.map((symbol) => ({ symbol })) } },
      `${GOCRYPTOTRADER}: symbols listed on 2023-08-16`,
      '2023-08-16',
      Array.isArray(listing.allInverseSymbols),
    ),
  };
}

function okx(raw: Raw): VenueResponses {
  const recorded = raw('okx-swap.json');
  const tiers = recorded.ccxtPR11938_BTC_USDT as Json;
  const cache = recorded.instruments_ccxtMarketsCache as Json;
  return {
    'tiers:BTC': response(
      { code: '0', msg: '', data: [tiers.tier1, tiers.tier100] },
      'ccxt PR #11938: GET /api/v5/public/position-tiers?instType=SWAP&uly=BTC-USDT (tiers 1 and 100 printed)',
      '2022-02-11',
      false,
    ),
    instruments: response(
      {
        code: '0',
        msg: '',
        data: Object.entries(cache)
          .filter(([key]) => key !== '_note')
          .map(([, row]) => row),
      },
      'ccxt ts/src/test/static/markets/okx.json @3802e1a2 (instruments info, cache of 2023-12..2024-12)',
      '2024-12-27',
      false,
    ),
  };
}

/** The docs page's tables, in the meta answer's shape, under the ids the live meta uses for
 * them (51-56, as a recorded meta body confirms; see recorded/hyperliquid-perp.json notes). */
function hyperliquid(raw: Raw): VenueResponses {
  const docs = raw('hyperliquid-perp.json').docsMarginTiersPage as Json;
  const ids: Record<string, number> = { BTC: 56, ETH: 55, SOL: 54, XRP: 53, DOGE: 52, BNB: 51 };
  const universe: Json[] = [];
  const marginTables: [number, Json][] = [];
  for (const group of docs.mainnetTiers as Json[]) {
    const assets = group.assets as string[];
    const tiers = (group.tiers as Json[]).map((tier) => ({
      lowerBound: lowerBound(String(tier.notionalUSDC)),
      maxLeverage: tier.maxLeverage,
    }));
    const id = assets.map((asset) => ids[asset]).find((found) => found !== undefined);
    if (id === undefined) continue;
    marginTables.push([
      id,
      { description: `tiered ${String(tiers[0]?.maxLeverage)}x`, marginTiers: tiers },
    ]);
    for (const name of assets.filter((asset) => ids[asset] !== undefined))
      universe.push({ name, maxLeverage: tiers[0]?.maxLeverage, marginTableId: id });
  }
  return {
    meta: response({ universe, marginTables }, HYPERLIQUID_DOCS, '2026-12-02', false),
  };
}

/** "0-150M" -> "0"; ">150M" -> "150000000". */
function lowerBound(range: string): string {
  const match = /^>?([\d.]+)(M?)/.exec(range);
  if (match === null) throw new Error(`unreadable docs range ${range}`);
  const value = new Decimal(match[1] ?? '0').times(match[2] === 'M' ? 1_000_000 : 1);
  return range.startsWith('>') ? value.toFixed() : '0';
}

function dydx(raw: Raw): VenueResponses {
  const recorded = raw('dydx-v4-perp.json').nautilus as Json;
  return {
    // The wrapper's isoTimestamp is when the answer was recorded.
    markets: withReadAt(
      String(recorded.isoTimestamp),
      response(
        recorded.result,
        'nautechsystems/nautilus_trader crates/adapters/dydx/test_data/http_get_perpetual_markets.json @a95c8042 (GET /v4/perpetualMarkets)',
        '2025-12-08',
        false,
      ),
    ),
  };
}

function bitmex(raw: Raw): VenueResponses {
  return {
    instruments: response(
      raw('bitmex-perp.json').ccxtMarketsInfo,
      'ccxt ts/src/test/static/markets/bitmex.json @869d65f0 (GET /api/v1/instrument rows); stepping rule: bitmex.com/app/riskLimitsExamples',
      '2026-05-21',
      false,
    ),
  };
}

function kraken(raw: Raw): VenueResponses[] {
  const recorded = raw('krakenfutures-perp.json');
  const levels = (recorded.ccxtPR24844_PF_XBTUSD_levels_1_3 as Json).levels;
  return [
    {
      instruments: response(
        {
          result: 'success',
          instruments: [{ symbol: 'PF_XBTUSD', tradeable: true, marginLevels: levels }],
        },
        'ccxt PR #24844: GET /derivatives/api/v3/instruments, PF_XBTUSD marginLevels 1-3',
        '2025-01-11',
        false,
      ),
    },
    {
      instruments: response(
        recorded.nautilusFixture,
        'nautechsystems/nautilus_trader crates/adapters/kraken/test_data/http_futures_instruments.json @a95c8042 (trimmed)',
        '2026-04-17',
        false,
      ),
    },
  ];
}

function gate(raw: Raw): VenueResponses {
  const cache = raw('gate-usdt-futures.json').ccxtMarketsContractsInfo as Json;
  return {
    contracts: response(
      Object.entries(cache)
        .filter(([key]) => /^[A-Z]+_USDT$/.test(key))
        .map(([, row]) => row),
      'ccxt ts/src/test/static/markets/gate.json @200815e5 (GET /api/v4/futures/usdt/contracts rows)',
      '2026-06-01',
      false,
    ),
  };
}

function phemex(raw: Raw): VenueResponses {
  const cache = raw('phemex-perp.json').ccxtMarketsInfo as Json;
  return {
    products: response(
      { code: 0, data: { perpProductsV2: Object.values(cache) } },
      'ccxt ts/src/test/static/markets/phemex.json @3d9ca903 (GET /public/products perpProductsV2 rows; undated, newest listing 2022-12-20)',
      '2022-12-20',
      false,
    ),
  };
}

function coinbaseIntx(raw: Raw): VenueResponses {
  return {
    instruments: response(
      Object.values(raw('coinbaseinternational-perp.json').ccxtMarketsInfo as Json),
      'ccxt ts/src/test/static/markets/coinbaseinternational.json @6a329475 (GET /api/v1/instruments rows); rule: Coinbase International Leverage and Margin Trading Policy',
      '2024-03-07',
      false,
    ),
  };
}

function bitget(raw: Raw): VenueResponses {
  return {
    'tiers:BTC': response(
      raw('bitget-usdt-futures.json').docsExample,
      'bitget.com/api-doc/contract/position/Get-Query-Position-Lever (docs example answer)',
      '2023-09-27',
      false,
    ),
  };
}
