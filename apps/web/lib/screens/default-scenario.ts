import {
  SCENARIO_SCHEMA_VERSION,
  type PositionInput,
  type ScenarioInput,
} from '@belowzero/risk-core';

/**
 * The scenario a first visit opens with: Binance's own worked example for USDⓈ-M futures
 * (wallet 500 USDT, long 0.02 BTC at 50,000, 20x, cross; liquidation at 25,100.40), so the
 * first answer a user sees can be checked against the exchange's FAQ. Our wallet balance is
 * the cash beyond the positions' margin: 500 = 450 + 1,000 / 20.
 */
export const defaultScenario: ScenarioInput = {
  schemaVersion: SCENARIO_SCHEMA_VERSION,
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
    costs: { tradingFees: false },
  },
};

/** A new position added to the account (portfolio): the first one's asset and product, the other
 * way round, so it is valid on the same exchange until the user changes it. */
export function newPosition(like: PositionInput | undefined): PositionInput {
  return {
    asset: like?.asset ?? 'BTC',
    instrument: like?.instrument ?? 'linear',
    side: like?.side === 'long' ? 'short' : 'long',
    entryPrice: like?.entryPrice ?? '50000',
    size: like?.size ?? '0.01',
    leverage: like?.leverage ?? '10',
    marginMode: like?.marginMode ?? 'cross',
  };
}
