/**
 * The MCP server driven by the SDK's own client, over stdio (the built server started as a
 * process, as a desktop assistant starts it) and over Streamable HTTP (a real loopback server).
 * Figures are exchanges' published worked examples (docs/reference/exchanges.md WE-1, WE-4, WE-5) or hand
 * derivations written beside them.
 */
import { resolve } from 'node:path';
import {
  Decimal,
  historicalCrashes,
  METHODOLOGY_VERSION,
  NOT_MODELLED,
  type ScenarioInput,
} from '@belowzero/risk-core';
import { findProfile, profiles } from '@belowzero/risk-core/profiles';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { type RunningMcpHttp, startMcpHttp } from '../src/http';
import { readSettings } from '../src/settings';

jest.setTimeout(60_000);

/** WE-4 (testnet.bybit.com, Liquidation Price (USDT Contract)): long 1 BTC at 20,000, 50x,
 * isolated, MMR 0.5% -> IM 400, MM 100, liquidation price 19,700. */
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

/** WE-1 (binance.com FAQ 25edcd7f...): wallet 500 USDT, long 0.02 BTC at 50,000, 20x, cross ->
 * liquidation price 25,100.40. Our walletBalance is the cash beyond the margin: 500 - 50. */
const binanceWe1: ScenarioInput = {
  schemaVersion: 1,
  exchange: 'binance-usdm',
  account: {
    walletBalance: '450',
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

interface ToolResult {
  isError?: boolean;
  content: { type: string; text?: string }[];
  structuredContent?: Record<string, unknown>;
}

type Connect = () => Promise<{ client: Client; close: () => Promise<void> }>;

const stdio: Connect = async () => {
  const client = new Client({ name: 'belowzero-test', version: '1.0.0' });
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [resolve(__dirname, '../dist/stdio.js')],
    env: { ...(process.env as Record<string, string>), COMPUTE_THREADS: '1' },
    stderr: 'pipe',
  });
  await client.connect(transport);
  return { client, close: () => client.close() };
};

let http: RunningMcpHttp;

const overHttp: Connect = async () => {
  const client = new Client({ name: 'belowzero-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(http.url)));
  return { client, close: () => client.close() };
};

beforeAll(async () => {
  http = await startMcpHttp({
    ...readSettings({}),
    port: 0,
    compute: { threads: 1, maxQueue: 4, timeoutMs: 20_000 },
  });
});

afterAll(async () => {
  await http.close();
});

async function call(
  client: Client,
  name: string,
  args: Record<string, unknown>,
): Promise<ToolResult> {
  return (await client.callTool({ name, arguments: args })) as ToolResult;
}

function text(result: ToolResult): string {
  return result.content.map((part) => part.text ?? '').join('\n');
}

describe.each([
  ['stdio', stdio],
  ['Streamable HTTP', overHttp],
])('over %s', (_transport, connect) => {
  let client: Client;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ client, close } = await connect());
  });

  afterAll(async () => {
    await close();
  });

  it('lists every tool with input and output schemas', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      'assess_position',
      'compare_exchanges',
      'exchange_protections',
      'guard_rails',
      'list_crashes',
      'list_exchanges',
      'odds_of_owing',
      'simulate_crash',
    ]);
    for (const tool of tools) {
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.outputSchema?.type).toBe('object');
      expect(tool.annotations?.readOnlyHint).toBe(true);
    }
    const assess = tools.find((tool) => tool.name === 'assess_position');
    expect(JSON.stringify(assess?.inputSchema)).toContain('"spot_margin"');
  });

  it('assess_position: Bybit WE-4 liquidates at 19,700 and goes bankrupt at 19,600, stamped with methodology, profile version and what is not modelled', async () => {
    const result = await call(client, 'assess_position', { scenario: bybitWe4 });
    expect(result.isError).toBeFalsy();
    const out = result.structuredContent as {
      answer: string;
      positions: { liquidationPrice: string; bankruptcyPrice: string; initialMargin: string }[];
      methodologyVersion: string;
      profilesUsed: { slug: string; version: number; asOf: string }[];
      notModelled: string[];
      assumptions: string[];
    };
    expect(out.positions[0]).toMatchObject({
      liquidationPrice: '19700',
      bankruptcyPrice: '19600',
      initialMargin: '400',
    });
    // Bybit: an insurance fund, then auto-deleveraging; the user is not liable.
    expect(out.answer).toBe('PROTECTED');
    expect(out.methodologyVersion).toBe(METHODOLOGY_VERSION);
    const bybit = findProfile('bybit-linear');
    expect(out.profilesUsed).toEqual([
      { slug: 'bybit-linear', version: bybit.version, asOf: bybit.asOf },
    ]);
    expect(out.notModelled).toEqual([...NOT_MODELLED]);
    // Bybit's engine latency is not published: an assumption, said so.
    expect(out.assumptions.some((line) => line.includes('liquidationLatencyMs'))).toBe(true);
    expect(text(result)).toMatch(/^PROTECTED: /);
  });

  it('guard_rails: against a 20% gap, no deficit only up to 5x (bankruptcy 20,000 x (1 - 1/L) >= 16,000), less a little for slippage', async () => {
    const result = await call(client, 'guard_rails', { scenario: bybitWe4, gapPercent: '20' });
    expect(result.isError).toBeFalsy();
    const out = result.structuredContent as { maxLeverageWithoutDeficit: string };
    const leverage = new Decimal(out.maxLeverageWithoutDeficit);
    expect(leverage.lte(5) && leverage.gt('4.99')).toBe(true);
  });

  it('simulate_crash: WE-5 (long 1 BTC at 10,000, 50x; bankruptcy 9,800) gapping to 9,000 leaves a deficit of 9,800 - fill, paid by the insurance fund', async () => {
    const scenario = {
      ...bybitWe4,
      account: {
        positions: [{ ...bybitWe4.account.positions[0]!, entryPrice: '10000' }],
      },
    };
    const result = await call(client, 'simulate_crash', {
      scenario,
      path: { kind: 'shock', dropPercent: '10', durationMs: 1000, steps: 1 },
    });
    expect(result.isError).toBeFalsy();
    const out = result.structuredContent as {
      liquidated: boolean;
      deficit: string;
      userOwes: string;
      events: { kind: string; price?: string }[];
    };
    expect(out.liquidated).toBe(true);
    const fill = out.events.find((event) => event.kind === 'liquidation')?.price;
    expect(new Decimal(out.deficit).equals(new Decimal(9800).minus(fill!))).toBe(true);
    expect(out.userOwes).toBe('0');
  });

  it('odds_of_owing: compares paths against the exact liquidation price 19,700; the user never owes on Bybit', async () => {
    const result = await call(client, 'odds_of_owing', {
      scenario: bybitWe4,
      options: { seed: 7, paths: 200, steps: 24, horizonHours: '24', volatility: '0.8' },
    });
    expect(result.isError).toBeFalsy();
    const out = result.structuredContent as {
      thresholds: { below: string };
      userOwes: { probability: string };
      liquidation: { probability: string; paths: number };
    };
    expect(out.thresholds.below).toBe('19700');
    expect(out.userOwes.probability).toBe('0');
    expect(new Decimal(out.liquidation.probability).gt(0)).toBe(true);
  });

  it('compare_exchanges: WE-1 on Binance sits (50,000 - 25,100.40) / 50,000 = 49.80% from liquidation', async () => {
    const result = await call(client, 'compare_exchanges', {
      scenario: binanceWe1,
      exchanges: ['binance-usdm', 'bybit-linear'],
    });
    expect(result.isError).toBeFalsy();
    const out = result.structuredContent as {
      ranked: { profileSlug: string; liquidationDistancePercent: string }[];
      profilesUsed: { slug: string }[];
    };
    const binance = out.ranked.find((entry) => entry.profileSlug === 'binance-usdm');
    expect(new Decimal(binance!.liquidationDistancePercent).toFixed(2)).toBe('49.80');
    expect(out.profilesUsed.map((p) => p.slug)).toEqual(['binance-usdm', 'bybit-linear']);
  });

  it('list_exchanges, exchange_protections and list_crashes answer from the profiles and crashes with their sources', async () => {
    const listed = (await call(client, 'list_exchanges', {})).structuredContent as {
      exchanges: { slug: string }[];
    };
    expect(listed.exchanges.map((e) => e.slug)).toEqual(profiles.map((p) => p.slug));

    const kraken = (await call(client, 'exchange_protections', { exchange: 'kraken-futures' }))
      .structuredContent as {
      rules: Record<string, string>;
      sources: { field: string; source: string }[];
    };
    // Kraken's Equity Protection Process: "we don't" take the maintenance margin.
    expect(kraken.rules.liquidationResidual).toBe('returned to the user');
    expect(kraken.sources.find((s) => s.field === 'liquidationResidual')?.source).toBe(
      findProfile('kraken-futures').liquidationResidual!.source,
    );

    const crashes = (await call(client, 'list_crashes', {})).structuredContent as {
      crashes: { id: string }[];
    };
    expect(crashes.crashes.map((c) => c.id)).toEqual(historicalCrashes.map((c) => c.id));
  });

  it('serves each exchange profile and crash as a resource', async () => {
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri)).toEqual(
      expect.arrayContaining([
        'belowzero://exchanges/bybit-linear',
        `belowzero://crashes/${historicalCrashes[0]!.id}`,
      ]),
    );
    const read = await client.readResource({ uri: 'belowzero://exchanges/bybit-linear' });
    const content = read.contents[0] as { text: string; mimeType: string };
    expect(content.mimeType).toBe('application/json');
    expect(JSON.parse(content.text)).toEqual(
      JSON.parse(JSON.stringify(findProfile('bybit-linear'))),
    );
  });

  it("bad input is a tool error naming the field: risk-core's for values, the schema's for structure", async () => {
    const negative = await call(client, 'assess_position', {
      scenario: {
        ...bybitWe4,
        account: { positions: [{ ...bybitWe4.account.positions[0]!, leverage: '-5' }] },
      },
    });
    expect(negative.isError).toBe(true);
    expect(text(negative)).toContain('account.positions.0.leverage');

    const unknownExchange = await call(client, 'assess_position', {
      scenario: { ...bybitWe4, exchange: 'ftx' },
    });
    expect(unknownExchange.isError).toBe(true);
    expect(text(unknownExchange)).toContain('exchange');

    const wrongKind = await call(client, 'assess_position', {
      scenario: {
        ...bybitWe4,
        account: { positions: [{ ...bybitWe4.account.positions[0]!, instrument: 'futures' }] },
      },
    });
    expect(wrongKind.isError).toBe(true);
    expect(text(wrongKind)).toContain('instrument');
    expect(text(wrongKind)).not.toMatch(/\n\s+at /);
  });

  it('a heavy call is bounded as on the API: more than 2,000,000 paths x steps is refused, naming options.paths', async () => {
    const result = await call(client, 'odds_of_owing', {
      scenario: bybitWe4,
      options: { seed: 1, paths: 1_000_000, steps: 100, horizonHours: '24', volatility: '0.8' },
    });
    expect(result.isError).toBe(true);
    expect(text(result)).toContain('options.paths');
    expect(text(result)).toContain('2000000');
  });
});

describe('Streamable HTTP rate limiting', () => {
  it('a client past its budget of cost points is refused with the time to wait, as on the API', async () => {
    // Capacity 40 points, restored 1 per second: a point per request, an assessment (5) fits; a
    // comparison of every exchange (50) after it does not.
    const small = await startMcpHttp({
      ...readSettings({}),
      port: 0,
      bucket: { capacity: 40, restorePerSecond: 1 },
      compute: { threads: 1, maxQueue: 4, timeoutMs: 20_000 },
    });
    const client = new Client({ name: 'belowzero-test', version: '1.0.0' });
    try {
      await client.connect(new StreamableHTTPClientTransport(new URL(small.url)));
      expect((await call(client, 'assess_position', { scenario: bybitWe4 })).isError).toBeFalsy();
      const refused = await call(client, 'compare_exchanges', { scenario: bybitWe4 });
      expect(refused.isError).toBe(true);
      expect(text(refused)).toMatch(
        /^Rate limited: this call costs \d+ points and \d+ are left; retry in \d+ s\.$/,
      );
    } finally {
      await client.close();
      await small.close();
    }
  });
});
