/** Kraken Futures (non-US derivatives). Source material: docs/reference/exchanges.md §6a. */
import type { SafeguardProfile } from '../profile.js';
import { withVenueContracts } from './venue-contracts.js';
import { CEX_LATENCY, READ_ON, assumed } from './provenance.js';

const EPP = 'support.kraken.com/hc/en-us/articles/360022835671-Equity-Protection-Process';
const INVERSE_SCHEDULE =
  'support.kraken.com/hc/en-us/articles/15579128794772 (inverse futures margin schedule)';
const MULTI_COLLATERAL =
  'support.kraken.com/hc/en-us/articles/360022632452 (multi-collateral margin schedule)';

export const krakenFutures: SafeguardProfile = {
  slug: 'kraken-futures',
  exchange: 'Kraken',
  product: 'Futures (perpetuals, non-US)',
  version: 3,
  asOf: '2026-12-05',
  settlementCurrency: 'USD',
  instruments: ['inverse', 'linear'],
  marginModes: ['cross'],
  ...withVenueContracts('kraken-futures', [
    {
      asset: 'BTC',
      instrument: 'inverse',
      bracketUnit: 'contracts',
      tiers: {
        value: [{ floor: '0', cap: '500000', maxLeverage: '50', mmr: '0.01', imr: '0.02' }],
        source: INVERSE_SCHEDULE,
        asOf: READ_ON,
        note: 'Level I (0-500,000 BTC contracts): 50x, IM 2%, MM 1%. Levels II-X run 25x/17x/10x/6.7x/5x/4x/3.33x/2.5x/2x with MM 2/3/5/7.5/10/12.5/15/20/25% up to 75,000,000 contracts, but their bounds are not in the archived copy, so the table stops at Level I. The contract size is not in the archived material either.',
      },
    },
    {
      asset: 'BTC',
      instrument: 'linear',
      tiers: {
        value: 'unknown',
        source: MULTI_COLLATERAL,
        asOf: READ_ON,
        note: 'Multi-collateral margin classes A-G (Class A Level I $0-$1,000,000 ... Level VII $60,000,000+); the rates per level and the class of BTC are not in the archived copy.',
      },
    },
  ]),
  maintenanceBasis: {
    value: 'unknown',
    source: EPP,
    asOf: '2026-03-17',
    note: 'Liquidation when portfolio value < maintenance margin at the mark price; how MM is valued is not stated.',
  },
  closeFeeInMaintenance: { value: 'unknown', source: EPP, asOf: '2026-03-17', note: 'Not stated.' },
  liquidationResidual: {
    value: 'returned',
    source: EPP,
    asOf: '2026-03-17',
    note: '"Many other exchanges take your entire maintenance margin regardless, we don\'t": the liquidation order is limited at the bankruptcy price and the user keeps any surplus.',
  },
  takerFeeRate: {
    value: 'unknown',
    source: EPP,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: EPP,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: EPP,
    asOf: '2026-03-17',
    note: 'Partial liquidations carry fees; the rate is not given.',
  },
  liquidation: {
    value: { kind: 'partial' },
    source: EPP,
    asOf: '2026-03-17',
    note: 'Liquidation with an IOC order limited at the price where equity is about 0; the user keeps any surplus. Partial liquidations live from 2026-03-26.',
  },
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '2000000',
    'Not published. belowzero assumes 2,000,000 USD of book moves the fill 1%.',
  ),
  marginCallRatio: {
    value: 'unknown',
    source: EPP,
    asOf: READ_ON,
    note: 'No warning threshold in the archived material.',
  },
  insuranceFundCapacity: {
    value: '0',
    source: EPP,
    asOf: '2026-03-17',
    note: 'The Equity Protection Process has no insurance fund: liquidation, then assignment, then unwind.',
  },
  autoDeleveraging: {
    value: true,
    source: EPP,
    asOf: '2026-03-17',
    note: 'The unwind step closes opposite positions; modelled as auto-deleveraging.',
  },
  socializedLoss: { value: false, source: EPP, asOf: '2026-03-17', note: 'None described.' },
  deficitWaterfall: {
    value: ['backstop_vault', 'auto_deleveraging'],
    source: EPP,
    asOf: '2026-03-17',
    note: 'Assignment of the position to Kraken or assignment participants is modelled as the backstop; unwind as auto-deleveraging.',
  },
  userLiableForDeficit: {
    value: false,
    source: EPP,
    asOf: '2026-03-17',
    note: '"your account balance can never go below zero".',
  },
  negativeBalancePromise: {
    value: 'On Kraken Futures you will never be allowed to have a negative balance',
    source: EPP,
    asOf: '2026-03-17',
  },
  stopLossTypes: {
    value: 'unknown',
    source: EPP,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
};
