/**
 * Each importer on the venue's recorded answer (recorded/*.json, with their sources): the
 * parse, the unit conversion, and the maintenance amount checked against the venue's own
 * figure where it publishes one. Expected figures are read off the recordings or derived by
 * hand in the comments, never taken from the importer's output.
 */
import {
  Decimal,
  deriveTiers,
  type ContractTiers,
  type MarginTierInput,
} from '@belowzero/risk-core';
import { VenueFormatError, importerFor, recordedResponses } from '../src/index.js';
import { answer, rawOf, readRecording } from './recorded.js';

const recorded = recordedResponses(readRecording);
const SIX = ['BTC', 'ETH', 'SOL', 'XRP', 'DOGE', 'BNB'];

function parsed(profile: string, set = 0) {
  const responses = recorded[profile]?.[set];
  if (responses === undefined) throw new Error(`no recording for ${profile}`);
  return importerFor(profile).parse(responses, SIX);
}

function tiersOf(contract: ContractTiers | undefined): MarginTierInput[] {
  if (contract === undefined || contract.tiers.value === 'unknown') throw new Error('no table');
  return contract.tiers.value;
}

const find = (contracts: ContractTiers[], asset: string, instrument = 'linear') =>
  contracts.find((c) => c.asset === asset && c.instrument === instrument);

describe('Binance USDⓈ-M leverageBracket (freqtrade recording of 2026-07-02)', () => {
  const { contracts, listing } = parsed('binance-usdm');

  test('all six USDT perpetuals, BTCUSDT bracket 2 = 300,000-800,000 USDT at 100x, MMR 0.5%', () => {
    expect(contracts.map((c) => c.asset)).toEqual(SIX);
    expect(tiersOf(find(contracts, 'BTC'))[1]).toEqual({
      floor: '300000',
      cap: '800000',
      maxLeverage: '100',
      mmr: '0.005',
    });
    expect(listing.value).toBe('partial'); // the recording is trimmed to the six
  });

  test("the venue's cum equals the derived amount (bracket 2: 300,000 x (0.5% - 0.4%) = 300)", () => {
    const derived = deriveTiers(tiersOf(find(contracts, 'BTC')));
    expect(derived[1]?.cum.toFixed()).toBe('300');
    const body = rawOf('binance-usdm.json')['BTC/USDT:USDT'] as { cum: number }[];
    expect(body[1]?.cum).toBe(300);
  });

  test('a cum that breaks the recurrence stops the import, naming the bracket', () => {
    const brackets = structuredClone(rawOf('binance-usdm.json')['BTC/USDT:USDT']) as {
      cum: number;
    }[];
    brackets[2]!.cum = 1501;
    const body = [{ symbol: 'BTCUSDT', brackets }];
    expect(() => importerFor('binance-usdm').parse({ brackets: answer(body) }, ['BTC'])).toThrow(
      expect.objectContaining({ field: 'brackets.0.brackets.2' }),
    );
  });
});

describe('Bybit risk-limit (gocryptotrader mainnet recording of 2023-08-16)', () => {
  test('linear BTCUSDT: 34 tiers, the first to 2,000,000 USDT at 100x and MMR 0.5% (fractions sent as numbers)', () => {
    const { contracts } = parsed('bybit-linear');
    const btc = tiersOf(find(contracts, 'BTC'));
    expect(btc).toHaveLength(34);
    expect(btc[0]).toEqual({
      floor: '0',
      cap: '2000000',
      maxLeverage: '100',
      mmr: '0.005',
      imr: '0.01',
    });
    // The other five are listed that day but their tables were not recorded: unknown, not guessed.
    expect(contracts.filter((c) => c.tiers.value === 'unknown').map((c) => c.asset)).toEqual([
      'ETH',
      'SOL',
      'XRP',
      'DOGE',
      'BNB',
    ]);
  });

  test('inverse BTCUSD: percent strings ("0.5" = 0.5%) become fractions; caps stay in BTC', () => {
    const { contracts, listing } = parsed('bybit-inverse');
    const btc = tiersOf(find(contracts, 'BTC', 'inverse'));
    expect(btc[0]).toEqual({
      floor: '0',
      cap: '150',
      maxLeverage: '100',
      mmr: '0.005',
      imr: '0.01',
    });
    // Tier 2 of the body: limit 300, maintain_margin "1", starting_margin "1.5", max_leverage "66.67".
    expect(btc[1]).toEqual({
      floor: '150',
      cap: '300',
      maxLeverage: '66.67',
      mmr: '0.01',
      imr: '0.015',
    });
    // The 2023-08-16 list of inverse symbols is complete: no SOL, DOGE or BNB inverse contract.
    expect(listing.value).toBe('complete');
    expect(contracts.map((c) => c.asset)).toEqual(['BTC', 'ETH', 'XRP']);
  });

  test('the v5 docs example (inverse, percent) reads the same as the v2 body', () => {
    const body = rawOf('bybit-inverse.json').v5DocsExample;
    const { contracts } = importerFor('bybit-inverse').parse({ 'tiers:BTC': answer(body) }, [
      'BTC',
    ]);
    expect(tiersOf(contracts[0])[0]).toMatchObject({
      cap: '150',
      mmr: '0.005',
      maxLeverage: '100',
    });
  });

  test('a rate whose unit the leverage cannot tell apart is refused', () => {
    const body = {
      result: {
        list: [
          {
            riskLimitValue: '150',
            maintenanceMargin: '0.5',
            initialMargin: '1',
            maxLeverage: '10',
          },
        ],
      },
    };
    expect(() =>
      importerFor('bybit-inverse').parse({ 'tiers:BTC': answer(body) }, ['BTC']),
    ).toThrow(VenueFormatError);
  });
});

describe('OKX position-tiers (ccxt PR #11938, 2022-02-11) with instruments ctVal', () => {
  test('bounds count contracts of 0.01 BTC; tier 100 is dropped because tiers 2-99 are not recorded', () => {
    const btc = find(parsed('okx-perp').contracts, 'BTC');
    expect(btc).toMatchObject({
      contractSize: '0.01',
      bracketUnit: 'contracts',
      tierRule: 'whole_position',
    });
    // Tier 1: maxSz 500 contracts = 5 BTC, 125x, MMR 0.4%, IMR 0.8%.
    expect(tiersOf(btc)).toEqual([
      { floor: '0', cap: '500', maxLeverage: '125', mmr: '0.004', imr: '0.008' },
    ]);
  });

  test('ETH has a contract size but no recorded tiers: listed, table unknown', () => {
    const eth = find(parsed('okx-perp').contracts, 'ETH');
    expect(eth).toMatchObject({ contractSize: '0.1' });
    expect(eth?.tiers.value).toBe('unknown');
  });
});

describe('Hyperliquid margin tables (official docs page)', () => {
  test('MMR = 1 / (2 x max leverage): BTC 40x -> 1.25%, above 150M USDC 20x -> 2.5%', () => {
    const btc = tiersOf(find(parsed('hyperliquid').contracts, 'BTC'));
    expect(btc).toEqual([
      { floor: '0', cap: '150000000', maxLeverage: '40', mmr: '0.0125' },
      { floor: '150000000', cap: null, maxLeverage: '20', mmr: '0.025' },
    ]);
    // Deduction by the docs' recurrence: 150,000,000 x (2.5% - 1.25%) = 1,875,000 USDC.
    expect(deriveTiers(btc)[1]?.cum.toFixed()).toBe('1875000');
  });

  test('a table id below 50 is one flat tier at that leverage', () => {
    const body = {
      universe: [{ name: 'SOL', maxLeverage: 20, marginTableId: 20 }],
      marginTables: [],
    };
    const { contracts } = importerFor('hyperliquid').parse({ meta: answer(body) }, ['SOL']);
    expect(tiersOf(contracts[0])).toEqual([
      { floor: '0', cap: null, maxLeverage: '20', mmr: '0.025' },
    ]);
  });
});

describe('dYdX v4 perpetualMarkets (nautilus recording of 2025-12-08)', () => {
  test('BTC-USD: IMF 0.02 (50x), MMF 0.012; SOL-USD: IMF 0.05 (20x), MMF 0.03, with OI scaling noted', () => {
    const { contracts } = parsed('dydx-v4');
    expect(tiersOf(find(contracts, 'BTC'))).toEqual([
      { floor: '0', cap: null, maxLeverage: '50', mmr: '0.012', imr: '0.02' },
    ]);
    const sol = find(contracts, 'SOL');
    expect(tiersOf(sol)[0]).toMatchObject({ maxLeverage: '20', mmr: '0.03', imr: '0.05' });
    expect(sol?.tiers.note).toContain('40000000 to 100000000');
  });
});

describe('BitMEX instrument (ccxt cache of 2026-05-21) with the risk-limit stepping rule', () => {
  test('XBTUSD: 200 XBT (20,000,000,000 satoshi) base, +0.5% every 150 XBT: the docs table', () => {
    const xbt = tiersOf(find(parsed('bitmex').contracts, 'BTC', 'inverse'));
    // bitmex.com/app/riskLimitsExamples: <200 0.5%/1.0%; <350 1.0%/1.5%; <500 1.5%/2.0%; <650 2.0%/2.5%.
    expect(xbt.slice(0, 4).map((t) => [t.floor, t.cap, t.mmr, t.imr])).toEqual([
      ['0', '200', '0.005', '0.01'],
      ['200', '350', '0.01', '0.015'],
      ['350', '500', '0.015', '0.02'],
      ['500', '650', '0.02', '0.025'],
    ]);
    // Stops where the initial margin would pass 100%: 1% + 198 x 0.5% = 100%.
    expect(xbt.at(-1)).toMatchObject({ imr: '1', maxLeverage: '1' });
  });

  test('USDT linear: 1,000,000,000,000 USDt (micro-USDT) = 1,000,000 USDT per step', () => {
    const eth = tiersOf(find(parsed('bitmex-linear').contracts, 'ETH'));
    expect(eth[0]).toMatchObject({ cap: '1000000', mmr: '0.005' });
    expect(eth[1]).toMatchObject({ floor: '1000000', cap: '2000000', mmr: '0.01' });
  });
});

describe('Kraken Futures instruments', () => {
  test('PF_XBTUSD levels from "0E-20" and "1000000.000…" (ccxt PR #24844): USD bounds, trimmed table ends at level 3', () => {
    const btc = tiersOf(find(parsed('kraken-futures', 0).contracts, 'BTC'));
    expect(btc).toEqual([
      { floor: '0', cap: '1000000', maxLeverage: '50', mmr: '0.01', imr: '0.02' },
      { floor: '1000000', cap: '2000000', maxLeverage: '25', mmr: '0.02', imr: '0.04' },
    ]);
  });

  test('PI_XBTUSD counts contracts of 1 USD (contractSize)', () => {
    const pi = find(parsed('kraken-futures', 1).contracts, 'BTC', 'inverse');
    expect(pi).toMatchObject({
      bracketUnit: 'contracts',
      contractValueUsd: '1',
      symbol: 'PI_XBTUSD',
    });
    expect(tiersOf(pi)[0]).toMatchObject({ floor: '0', cap: '500000', mmr: '0.01' });
  });
});

describe('Gate', () => {
  test('risk_limit_tiers (ccxt PR #20879, 2024-01-19): caps in USDT', () => {
    const body = rawOf('gate-usdt-futures.json').BTC_USDT_tiers_1_2;
    const { contracts } = importerFor('gate-usdt').parse({ 'tiers:BTC': answer(body) }, ['BTC']);
    expect(tiersOf(contracts[0])).toEqual([
      { floor: '0', cap: '1000000', maxLeverage: '125', mmr: '0.004', imr: '0.008' },
      { floor: '1000000', cap: '2000000', maxLeverage: '83.33', mmr: '0.008', imr: '0.012' },
    ]);
  });

  test('without tiers, the contract object gives the first tier, marked as belowzero’s reading', () => {
    const btc = find(parsed('gate-usdt').contracts, 'BTC');
    expect(tiersOf(btc)).toEqual([{ floor: '0', cap: '500000', maxLeverage: '200', mmr: '0.003' }]);
    expect(btc?.tiers.assumption).toBe(true);
  });
});

describe('Phemex products', () => {
  test('the docs leverageMargins example: 5 tiers capped at 50,000 … 500,000 USDT', () => {
    const table = rawOf('phemex-perp.json').docsLeverageMarginsExample;
    const body = {
      data: {
        leverageMargins: [table],
        perpProductsV2: [
          { symbol: 'BTCUSDT', settleCurrency: 'USDT', status: 'Listed', leverageMargin: 1 },
        ],
      },
    };
    const { contracts } = importerFor('phemex-usdtm').parse({ products: answer(body) }, ['BTC']);
    expect(tiersOf(contracts[0]).map((t) => [t.floor, t.cap, t.maxLeverage, t.mmr])).toEqual([
      ['0', '50000', '20', '0.01'],
      ['50000', '100000', '10', '0.06'],
      ['100000', '200000', '5', '0.16'],
      ['200000', '300000', '2', '0.46'],
      ['300000', '500000', '1', '0.5'],
    ]);
  });
});

test('Coinbase International: MM = 2/3 of base_imf 0.1, rounded up (0.0666666667), 10x', () => {
  const btc = find(parsed('coinbase-intx').contracts, 'BTC');
  expect(tiersOf(btc)).toEqual([
    { floor: '0', cap: null, maxLeverage: '10', mmr: '0.0666666667', imr: '0.1' },
  ]);
  expect(new Decimal('0.0666666667').greaterThan(new Decimal(2).div(30))).toBe(true);
});
