import {
  ValidationError,
  validateScenario,
  type PositionInput,
  type ScenarioInput,
} from '../src/index.js';
import {
  binanceCoinm,
  binanceSpotMargin,
  binanceUsdm,
  krakenSpotMargin,
} from './fixtures/profiles.js';

const position: PositionInput = {
  asset: 'BTC',
  instrument: 'linear',
  side: 'long',
  entryPrice: '40000',
  size: '0.1',
  leverage: '10',
  marginMode: 'isolated',
};

function withPosition(
  change: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): unknown {
  return {
    schemaVersion: 1,
    exchange: 'x',
    account: { positions: [{ ...position, ...change }], ...extra },
  };
}

function failure(input: unknown, profile = binanceUsdm): ValidationError {
  try {
    validateScenario(input, profile);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('validateScenario', () => {
  it.each<[string, unknown, string, string]>([
    [
      'a non-numeric price',
      withPosition({ entryPrice: 'abc' }),
      'account.positions.0.entryPrice',
      'decimal_string',
    ],
    [
      'an infinite price',
      withPosition({ entryPrice: Infinity }),
      'account.positions.0.entryPrice',
      'finite_number',
    ],
    ['a NaN size', withPosition({ size: 'NaN' }), 'account.positions.0.size', 'decimal_string'],
    [
      'a negative price',
      withPosition({ entryPrice: '-1' }),
      'account.positions.0.entryPrice',
      'positive',
    ],
    ['a zero size', withPosition({ size: '0' }), 'account.positions.0.size', 'positive'],
    [
      'a negative mark price',
      withPosition({ markPrice: '-5' }),
      'account.positions.0.markPrice',
      'positive',
    ],
    [
      'both size and amount',
      withPosition({ amount: '100' }),
      'account.positions.0.size',
      'size_or_amount',
    ],
    [
      'neither size nor amount',
      withPosition({ size: undefined }),
      'account.positions.0.size',
      'size_or_amount',
    ],
    [
      'leverage above the tier maximum (125x at tier 1)',
      withPosition({ leverage: '126' }),
      'account.positions.0.leverage',
      'leverage_within_bracket',
    ],
    [
      'leverage above tier 3 maximum (50x for 260,000 USDT)',
      withPosition({ size: '26', entryPrice: '10000', leverage: '51' }),
      'account.positions.0.leverage',
      'leverage_within_bracket',
    ],
    [
      'leverage below 1',
      withPosition({ leverage: '0.5' }),
      'account.positions.0.leverage',
      'within_range',
    ],
    [
      'an instrument the profile lacks',
      withPosition({ instrument: 'inverse' }),
      'account.positions.0.instrument',
      'unsupported_instrument',
    ],
    [
      'an unknown instrument',
      withPosition({ instrument: 'option' }),
      'account.positions.0.instrument',
      'one_of',
    ],
    ['an unknown side', withPosition({ side: 'up' }), 'account.positions.0.side', 'one_of'],
    [
      'a wrong schema version',
      { schemaVersion: 2, exchange: 'x', account: { positions: [position] } },
      'schemaVersion',
      'schema_version',
    ],
    ['no account', { schemaVersion: 1, exchange: 'x' }, 'account', 'required'],
    [
      'an empty account',
      { schemaVersion: 1, exchange: 'x', account: { positions: [] } },
      'account.positions',
      'non_empty',
    ],
    [
      'too many positions',
      {
        schemaVersion: 1,
        exchange: 'x',
        account: { positions: Array.from({ length: 21 }, () => position) },
      },
      'account.positions',
      'too_many',
    ],
    [
      'an add with a zero price',
      withPosition({ adds: [{ price: '0', size: '1' }] }),
      'account.positions.0.adds.0.price',
      'positive',
    ],
    [
      'a negative wallet balance',
      withPosition({}, { walletBalance: '-1' }),
      'account.walletBalance',
      'non_negative',
    ],
    [
      'extra margin on a cross position',
      withPosition({ marginMode: 'cross', extraMargin: '10' }),
      'account.positions.0.extraMargin',
      'consistent',
    ],
    [
      'a stop-loss without a trigger',
      withPosition({ stopLoss: { type: 'market' } }),
      'account.positions.0.stopLoss.triggerPrice',
      'required',
    ],
    [
      'costs without the fee switch',
      withPosition({}, { costs: {} }),
      'account.costs.tradingFees',
      'required',
    ],
    [
      'disagreeing mark prices',
      {
        schemaVersion: 1,
        exchange: 'x',
        account: {
          positions: [
            { ...position, markPrice: '1' },
            { ...position, markPrice: '2' },
          ],
        },
      },
      'account.positions.1.markPrice',
      'consistent',
    ],
    [
      'an asset without a contract',
      withPosition({ asset: 'not an asset!' }),
      'account.positions.0.asset',
      'one_of',
    ],
  ])('rejects %s', (_name, input, field, rule) => {
    const error = failure(input);
    expect(error.field).toBe(field);
    expect(error.rule).toBe(rule);
  });

  it('rejects spot with leverage other than 1, and a spot short', () => {
    const spot = { ...position, instrument: 'spot', leverage: '2' };
    expect(failure(withPosition(spot), binanceSpotMargin).field).toBe(
      'account.positions.0.leverage',
    );
    expect(
      failure(withPosition({ ...spot, leverage: '1', side: 'short' }), binanceSpotMargin).field,
    ).toBe('account.positions.0.side');
  });

  it('rejects spot-margin leverage above the venue maximum', () => {
    const error = failure(
      withPosition({ instrument: 'spot_margin', leverage: '6', marginMode: 'cross' }),
      krakenSpotMargin,
    );
    expect([error.field, error.rule]).toEqual([
      'account.positions.0.leverage',
      'leverage_within_bracket',
    ]);
  });

  it('rejects mixing inverse with other instruments (one settlement currency)', () => {
    const input: ScenarioInput = {
      schemaVersion: 1,
      exchange: 'x',
      account: {
        positions: [
          { ...position, instrument: 'inverse', size: '1000' },
          { ...position, instrument: 'inverse', asset: 'ETH', size: '1000' },
        ],
      },
    };
    expect(failure(input, binanceCoinm).field).toBe('account.positions.1.asset');
  });

  it('parses into Decimals, averaging the entry over the adds', () => {
    const scenario = validateScenario(
      withPosition({ adds: [{ price: '20000', size: '0.1' }] }),
      binanceUsdm,
    );
    expect(scenario.positions[0]?.entryPrice.toFixed()).toBe('30000');
    expect(scenario.positions[0]?.size.toFixed()).toBe('0.2');
    expect(scenario.prices.get('BTC')?.toFixed()).toBe('30000');
  });

  it('sizes from the amount: amount * leverage / entry', () => {
    const scenario = validateScenario(
      withPosition({ size: undefined, amount: '400' }),
      binanceUsdm,
    );
    expect(scenario.positions[0]?.size.toFixed()).toBe('0.1');
  });

  it('treats null optional fields as left out (GraphQL sends null for unset inputs)', () => {
    const input = withPosition(
      { amount: null, markPrice: null, extraMargin: null, stopLoss: null, adds: null },
      { walletBalance: null, holdings: null, costs: null },
    );
    const scenario = validateScenario(input, binanceUsdm);
    expect(scenario.positions[0]?.size.toFixed()).toBe('0.1');
    expect(scenario.positions[0]?.stopLoss).toBeNull();
    expect(scenario.walletBalance.toFixed()).toBe('0');
  });
});
