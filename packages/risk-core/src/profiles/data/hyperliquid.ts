/** Hyperliquid perpetuals. Source material: docs/reference/exchanges.md §10. */
import type { SafeguardProfile } from '../profile.js';
import { withVenueContracts } from './venue-contracts.js';
import { READ_ON, assumed } from './provenance.js';

const LIQUIDATIONS = 'hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations';
const ADL = 'hyperliquid.gitbook.io/hyperliquid-docs/trading/auto-deleveraging';
const NO_TABLE =
  "MM is half of the initial margin at the asset's maximum leverage (1% for 50x assets ... 16.7% for 3x); the maximum leverage of this asset is not in the archived material, so no rate is given.";

export const hyperliquid: SafeguardProfile = {
  slug: 'hyperliquid',
  exchange: 'Hyperliquid',
  product: 'Perpetuals',
  version: 2,
  asOf: '2026-12-05',
  settlementCurrency: 'USDC',
  instruments: ['linear'],
  marginModes: ['cross', 'isolated'],
  ...withVenueContracts('hyperliquid', [
    {
      asset: 'BTC',
      instrument: 'linear',
      tiers: { value: 'unknown', source: LIQUIDATIONS, asOf: READ_ON, note: NO_TABLE },
    },
    {
      asset: 'ETH',
      instrument: 'linear',
      tiers: { value: 'unknown', source: LIQUIDATIONS, asOf: READ_ON, note: NO_TABLE },
    },
  ]),
  maintenanceBasis: {
    value: 'mark_notional',
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Liquidation when account equity < MM at the mark price (CEX prices + the Hyperliquid book).',
  },
  closeFeeInMaintenance: {
    value: 'unknown',
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Not stated.',
  },
  takerFeeRate: {
    value: 'unknown',
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'No separate fee; in a backstop liquidation the maintenance margin is not returned.',
  },
  liquidation: {
    value: { kind: 'partial', stepFraction: '0.2', stepIntervalMs: 30000 },
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Market orders to the book; positions above 100k USDC send 20% at a time with a 30-second cooldown. Below 2/3 of MM the liquidator vault (HLP) takes the positions and margin.',
  },
  liquidationLatencyMs: assumed(
    1000,
    'Not published. belowzero assumes one second from the trigger to the fill.',
  ),
  depthNotionalPerPercent: assumed(
    '2000000',
    'Not published. belowzero assumes 2,000,000 USDC of book moves the fill 1%.',
  ),
  marginCallRatio: {
    value: 'unknown',
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'No warning threshold in the archived material.',
  },
  insuranceFundCapacity: {
    value: '0',
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'No insurance fund in the process: the liquidator vault (HLP) backstops liquidations (see deficitWaterfall); its capacity is not in the archived material.',
  },
  autoDeleveraging: {
    value: true,
    source: ADL,
    asOf: READ_ON,
    note: 'When an account or isolated position value turns negative, opposite positions ranked by unrealised PnL and leverage are closed at the previous oracle/mark price.',
  },
  socializedLoss: {
    value: false,
    source: ADL,
    asOf: READ_ON,
    note: '"a user who has no open positions will not socialize any losses".',
  },
  deficitWaterfall: {
    value: ['backstop_vault', 'auto_deleveraging'],
    source: `${LIQUIDATIONS}; ${ADL}`,
    asOf: READ_ON,
  },
  userLiableForDeficit: {
    value: false,
    source: ADL,
    asOf: READ_ON,
    note: 'ADL is described as "ensuring that the platform has no bad debt"; a backstopped trader ends at zero.',
  },
  negativeBalancePromise: {
    value: null,
    source: ADL,
    asOf: READ_ON,
    note: 'No promise to the liquidated user as such; the stated invariants are "no bad debt" and that users without open positions never socialise losses.',
  },
  stopLossTypes: {
    value: 'unknown',
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'The docs advise stop-loss orders to avoid losing MM in a backstop; the order types are not in the archived material.',
  },
};
