import type { ScenarioInput } from '@belowzero/risk-core';
import { fromWire, toWire, type ScenarioNodeData } from './scenario-wire';

// Bybit worked example WE-4 (testnet.bybit.com, Liquidation-Price-USDT-Contract): 1 BTC @ 20,000, 50x isolated.
const we4: ScenarioInput = {
  schemaVersion: 1,
  exchange: 'bybit-usdt',
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
        stopLoss: { type: 'market', triggerPrice: '19800' },
      },
    ],
  },
};

describe('scenario on the GraphQL wire', () => {
  it('sends enum values by their GraphQL names and leaves figures and the asset alone', () => {
    const wire = toWire(we4) as { account: { positions: Record<string, unknown>[] } };
    expect(wire.account.positions[0]).toMatchObject({
      asset: 'BTC',
      instrument: 'LINEAR',
      side: 'LONG',
      marginMode: 'ISOLATED',
      entryPrice: '20000',
      stopLoss: { type: 'MARKET', triggerPrice: '19800' },
    });
  });

  it('reads a saved scenario back exactly as it was typed (nulls and __typename dropped)', () => {
    const fromServer = {
      __typename: 'ScenarioInputs',
      schemaVersion: 1,
      exchange: 'bybit-usdt',
      account: {
        __typename: 'Account',
        walletBalance: null,
        holdings: null,
        costs: null,
        positions: [
          {
            __typename: 'ScenarioPosition',
            asset: 'BTC',
            instrument: 'LINEAR',
            side: 'LONG',
            entryPrice: '20000',
            size: '1',
            amount: null,
            leverage: '50',
            marginMode: 'ISOLATED',
            markPrice: null,
            extraMargin: null,
            adds: null,
            stopLoss: {
              __typename: 'StopLoss',
              type: 'MARKET',
              triggerPrice: '19800',
              limitPrice: null,
            },
          },
        ],
      },
    };
    // Apollo adds __typename to what it returns; the generated types leave it out.
    expect(fromWire(fromServer as unknown as ScenarioNodeData['inputs'])).toEqual(we4);
  });
});
