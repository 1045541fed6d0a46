/**
 * fast-check arbitraries of risk-core's ScenarioInput (packages/risk-core/src/scenario.ts),
 * mostly plausible with a share of hostile values, and of hostile JSON put anywhere in it.
 * What the API is sent is the GraphQL form: the same object with upper-case enum names.
 */
import fc from 'fast-check';
import {
  type AccountInput,
  type CostsInput,
  type HoldingInput,
  type PositionInput,
  type ScenarioInput,
  type StopLossInput,
} from '@belowzero/risk-core';
import { profiles } from '@belowzero/risk-core/profiles';

/** Decimal strings: mostly well-formed, some at the edges, some not decimals at all. */
export const decimalText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.option(fc.stringMatching(/^\d{1,12}$/)),
      )
      .map(
        ([negative, whole, fraction]) =>
          `${negative ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`,
      ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '0',
      '-0',
      '1e3',
      '1E-3',
      '+5',
      '.5',
      '5.',
      ' 7 ',
      'NaN',
      'Infinity',
      '-Infinity',
      '',
      ' ',
      '1,5',
      '0x1f',
      '1_000',
      '١٢',
      '1e400',
      '-1e-400',
      '9'.repeat(70),
      `0.${'0'.repeat(40)}1`,
      '--1',
      'null',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 16 }) },
);

const leverage = fc.oneof(
  fc.constantFrom('1', '2', '3', '5', '10', '20', '25', '50', '75', '100', '125', '200'),
  decimalText,
);
const asset = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('BTC', 'ETH', 'SOL', 'XRP', 'DOGE', 'USDT') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const exchange = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...profiles.map((profile) => profile.slug)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

const stopLoss: fc.Arbitrary<StopLossInput> = fc.record(
  {
    type: fc.constantFrom('market', 'limit', 'guaranteed'),
    triggerPrice: decimalText,
    limitPrice: decimalText,
  },
  { requiredKeys: ['type', 'triggerPrice'] },
);

const position: fc.Arbitrary<PositionInput> = fc.record(
  {
    asset,
    instrument: fc.constantFrom('spot', 'spot_margin', 'linear', 'inverse'),
    side: fc.constantFrom('long', 'short'),
    entryPrice: decimalText,
    size: decimalText,
    amount: decimalText,
    leverage,
    marginMode: fc.constantFrom('isolated', 'cross'),
    markPrice: decimalText,
    extraMargin: decimalText,
    stopLoss,
    adds: fc.array(fc.record({ price: decimalText, size: decimalText }), { maxLength: 3 }),
  },
  { requiredKeys: ['asset', 'instrument', 'side', 'entryPrice', 'leverage', 'marginMode'] },
);

const holding: fc.Arbitrary<HoldingInput> = fc.record({
  asset,
  quantity: decimalText,
  price: decimalText,
});

const costs: fc.Arbitrary<CostsInput> = fc.record(
  {
    tradingFees: fc.boolean(),
    fundingRatePerInterval: decimalText,
    fundingIntervalHours: decimalText,
    holdingHours: decimalText,
    borrowInterest: fc.boolean(),
  },
  { requiredKeys: ['tradingFees'] },
);

const account: fc.Arbitrary<AccountInput> = fc.record(
  {
    walletBalance: decimalText,
    holdings: fc.array(holding, { maxLength: 3 }),
    positions: fc.array(position, { maxLength: 4 }),
    costs,
  },
  { requiredKeys: ['positions'] },
);

const wildScenario: fc.Arbitrary<ScenarioInput> = fc.record({
  schemaVersion: fc.oneof(
    { weight: 9, arbitrary: fc.constant(1) },
    { weight: 1, arbitrary: fc.integer() },
  ),
  exchange,
  account,
});

/** A position a user would plausibly enter on one of the exchange's own instruments. */
const plausibleScenario: fc.Arbitrary<ScenarioInput> = fc
  .constantFrom(...profiles)
  .chain((profile) =>
    fc.record({
      schemaVersion: fc.constant(1),
      exchange: fc.constant(profile.slug),
      account: fc.record(
        {
          walletBalance: fc.integer({ min: 0, max: 100_000 }).map(String),
          positions: fc.array(
            fc.record(
              {
                asset: fc.constantFrom('BTC', 'ETH'),
                instrument: fc.constantFrom(...profile.instruments),
                side: fc.constantFrom('long', 'short'),
                entryPrice: fc.integer({ min: 100, max: 120_000 }).map(String),
                size: fc.constantFrom('0.001', '0.01', '0.1', '0.5', '1', '2'),
                leverage: fc.constantFrom('1', '2', '3', '5', '10'),
                marginMode: fc.constantFrom(...profile.marginModes),
                stopLoss: fc.record({
                  type: fc.constant('market' as const),
                  triggerPrice: fc.integer({ min: 50, max: 150_000 }).map(String),
                }),
              },
              {
                requiredKeys: [
                  'asset',
                  'instrument',
                  'side',
                  'entryPrice',
                  'size',
                  'leverage',
                  'marginMode',
                ],
              },
            ),
            { minLength: 1, maxLength: 3 },
          ),
        },
        { requiredKeys: ['positions'] },
      ),
    }),
  );

/** Half plausible (often valid), half wild (mostly not): both kinds of answer get exercised. */
export const scenarioInput: fc.Arbitrary<ScenarioInput> = fc.oneof(plausibleScenario, wildScenario);

/** JSON a client could send in place of any value. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant({}),
  fc.constant([]),
  fc.string({ maxLength: 40 }),
  fc.array(fc.integer(), { maxLength: 4 }),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":"x"}') as unknown),
  fc.constant('x'.repeat(20_000)),
  fc.constant('LONG'),
  fc.jsonValue({ maxDepth: 3 }),
);

export interface Corruption {
  /** Which node of the object (in a depth-first walk, modulo their number). */
  at: number;
  /** The value put there; undefined removes the key. */
  value: unknown;
}

export const corruptions: fc.Arbitrary<Corruption[]> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Corruption[]>([]) },
  {
    weight: 2,
    arbitrary: fc.array(
      fc.record({ at: fc.nat(), value: fc.option(hostileJson, { nil: undefined }) }),
      { minLength: 1, maxLength: 2 },
    ),
  },
);

/** A copy of `input` with each corruption applied at one of its nodes (the root excluded). */
export function corrupt<T>(input: T, changes: Corruption[]): T {
  const copy = structuredClone(input) as unknown;
  for (const change of changes) {
    const slots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
    const walk = (node: unknown) => {
      if (node === null || typeof node !== 'object') return;
      for (const [key, child] of Object.entries(node)) {
        slots.push({
          parent: node as Record<string, unknown>,
          key: Array.isArray(node) ? Number(key) : key,
        });
        walk(child);
      }
    };
    walk(copy);
    const slot = slots[change.at % Math.max(slots.length, 1)];
    if (!slot) continue;
    if (change.value === undefined && !Array.isArray(slot.parent))
      delete (slot.parent as Record<string, unknown>)[slot.key as string];
    else
      (slot.parent as Record<string | number, unknown>)[slot.key] = structuredClone(
        change.value ?? null,
      ); // a copy: the same constant may be used again
  }
  return copy as T;
}

const ENUM_FIELDS = new Set(['instrument', 'side', 'marginMode', 'type']);

/** The GraphQL form of a ScenarioInput: the enum values by their (upper-case) GraphQL names. */
export function toGraphQL(input: ScenarioInput): unknown {
  return JSON.parse(JSON.stringify(input), (key, value: unknown) =>
    ENUM_FIELDS.has(key) && typeof value === 'string' ? value.toUpperCase() : value,
  );
}

/** risk-core's form of a scenario read back from the API (lower-case enums, no nulls). */
export function fromGraphQL(inputs: unknown): ScenarioInput {
  return JSON.parse(JSON.stringify(inputs), (key, value: unknown) => {
    if (value === null) return undefined;
    return ENUM_FIELDS.has(key) && typeof value === 'string' ? value.toLowerCase() : value;
  }) as ScenarioInput;
}
