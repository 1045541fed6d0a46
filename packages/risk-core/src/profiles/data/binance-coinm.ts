/** Binance COIN-M futures (coin-margined inverse contracts). Source material: docs/reference/exchanges.md §1b. */
import type { SafeguardProfile } from '../profile.js';
import { CEX_LATENCY, READ_ON, assumed } from './provenance.js';

const COINM_FAQ =
  'binance.com/en/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46 (COIN-M liquidation price and maintenance margin)';
const INSURANCE_FUND = 'binance.com/en/support/articles/360033525371-Insurance-Fund';
const ADL = 'binance.com/en/support/faq/360033525471 (Auto-Deleveraging)';

export const binanceCoinm: SafeguardProfile = {
  slug: 'binance-coinm',
  exchange: 'Binance',
  product: 'COIN-M futures (coin-margined inverse)',
  version: 2,
  asOf: '2026-12-05',
  settlementCurrency: 'coin',
  instruments: ['inverse'],
  marginModes: ['isolated', 'cross'],
  contracts: [
    {
      asset: 'BTC',
      instrument: 'inverse',
      contractValueUsd: '100',
      tierRule: 'deduction',
      tiers: {
        value: 'unknown',
        source: COINM_FAQ,
        asOf: '2021-02-05',
        note: 'Only fragments of the BTCUSD table are published: Level 1 MMR 0.4% (maintenance amount 0); Level 5 starts at 50 BTC with MMR 5% and maintenance amount 1.81 BTC after a 2.5% level with 0.56 BTC (older page); a 300 BTC position is at MMR 12.5% with maintenance amount 11.605 BTC (newer page; 11.81 BTC in the older one). The bracket bounds below 50 BTC are not published, so no table is given.',
      },
    },
  ],
  maintenanceBasis: {
    value: 'mark_notional',
    source: COINM_FAQ,
    asOf: '2021-02-05',
    note: 'Notional (coin) = contracts * contract size / mark price; MM = notional * MMR - maintenance amount.',
  },
  closeFeeInMaintenance: {
    value: false,
    source: COINM_FAQ,
    asOf: '2021-02-05',
    note: 'The published maintenance formula has no fee term.',
  },
  liquidationResidual: {
    value: 'to_venue',
    source:
      'docs.traderwagon.com/faq/futures-trading-introduction/liquidation-protocol (Binance-derived text)',
    asOf: READ_ON,
    note: 'If still deficient after the IOC orders, the position is closed at the bankruptcy price and the insurance fund takes it over: the margin left is kept (Binance calls it the insurance clearance fee).',
  },
  takerFeeRate: {
    value: 'unknown',
    source: COINM_FAQ,
    asOf: READ_ON,
    note: 'The fee schedule is not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: COINM_FAQ,
    asOf: READ_ON,
    note: 'The fee schedule is not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: INSURANCE_FUND,
    asOf: '2019-09-09',
    note: 'Cut off in the archived copy.',
  },
  liquidation: {
    value: { kind: 'partial' },
    source:
      'docs.traderwagon.com/faq/futures-trading-introduction/liquidation-protocol (Binance-derived text)',
    asOf: READ_ON,
    note: 'As USDⓈ-M: cancel orders, reduce to a lower bracket, else close at the bankruptcy price.',
  },
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '100',
    'Not published. belowzero assumes 100 coin of book moves the fill 1%.',
  ),
  marginCallRatio: {
    value: 'unknown',
    source: COINM_FAQ,
    asOf: READ_ON,
    note: 'No warning threshold is given.',
  },
  insuranceFundCapacity: assumed(
    '1000',
    'Not in the archived material. belowzero assumes 1,000 coin available to one contract.',
  ),
  autoDeleveraging: { value: true, source: ADL, asOf: '2019-09-09' },
  socializedLoss: {
    value: false,
    source: ADL,
    asOf: '2019-09-09',
    note: 'No socialized loss is described; ADL is the last step.',
  },
  deficitWaterfall: {
    value: ['insurance_fund', 'auto_deleveraging'],
    source: `${INSURANCE_FUND}; ${ADL}`,
    asOf: '2019-09-09',
  },
  userLiableForDeficit: {
    value: false,
    source: INSURANCE_FUND,
    asOf: '2019-09-09',
    note: 'The insurance fund covers "losses when the client accounts go below 0 in value".',
  },
  negativeBalancePromise: {
    value: null,
    source: INSURANCE_FUND,
    asOf: '2019-09-09',
    note: 'No explicit promise.',
  },
  stopLossTypes: {
    value: [{ type: 'market' }, { type: 'limit' }],
    source: 'binance.com/en/support/faq/25edcd7fe0e544839d0847b8cbb2e400 (stop-loss)',
    asOf: READ_ON,
    note: 'Conditional market or limit orders; no guaranteed stop found.',
  },
};
