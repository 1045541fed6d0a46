/** Superseded: version 1, kept unchanged so results naming it reproduce.
 * Binance COIN-M futures (coin-margined inverse). Written by scripts/freeze-profiles.mjs. */
import type { SafeguardProfile } from '../../profile.js';

export const binanceCoinmV1: SafeguardProfile = {
  slug: 'binance-coinm',
  exchange: 'Binance',
  product: 'COIN-M futures (coin-margined inverse)',
  version: 1,
  asOf: '2026-11-24',
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
        source:
          'binance.com/en/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46 (COIN-M liquidation price and maintenance margin)',
        asOf: '2021-02-05',
        note: 'Only fragments of the BTCUSD table are published: Level 1 MMR 0.4% (maintenance amount 0); Level 5 starts at 50 BTC with MMR 5% and maintenance amount 1.81 BTC after a 2.5% level with 0.56 BTC (older page); a 300 BTC position is at MMR 12.5% with maintenance amount 11.605 BTC (newer page; 11.81 BTC in the older one). The bracket bounds below 50 BTC are not published, so no table is given.',
      },
    },
  ],
  maintenanceBasis: {
    value: 'mark_notional',
    source:
      'binance.com/en/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46 (COIN-M liquidation price and maintenance margin)',
    asOf: '2021-02-05',
    note: 'Notional (coin) = contracts * contract size / mark price; MM = notional * MMR - maintenance amount.',
  },
  closeFeeInMaintenance: {
    value: false,
    source:
      'binance.com/en/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46 (COIN-M liquidation price and maintenance margin)',
    asOf: '2021-02-05',
    note: 'The published maintenance formula has no fee term.',
  },
  takerFeeRate: {
    value: 'unknown',
    source:
      'binance.com/en/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46 (COIN-M liquidation price and maintenance margin)',
    asOf: '2026-11-24',
    note: 'The fee schedule is not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source:
      'binance.com/en/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46 (COIN-M liquidation price and maintenance margin)',
    asOf: '2026-11-24',
    note: 'The fee schedule is not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: 'binance.com/en/support/articles/360033525371-Insurance-Fund',
    asOf: '2019-09-09',
    note: 'Cut off in the archived copy.',
  },
  liquidation: {
    value: {
      kind: 'partial',
    },
    source:
      'docs.traderwagon.com/faq/futures-trading-introduction/liquidation-protocol (Binance-derived text)',
    asOf: '2026-11-24',
    note: 'As USDⓈ-M: cancel orders, reduce to a lower bracket, else close at the bankruptcy price.',
  },
  liquidationLatencyMs: {
    value: 1000,
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not published. belowzero assumes one second between the mark price crossing the trigger and the fill.',
  },
  depthNotionalPerPercent: {
    value: '100',
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not published. belowzero assumes 100 coin of book moves the fill 1%.',
  },
  marginCallRatio: {
    value: 'unknown',
    source:
      'binance.com/en/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46 (COIN-M liquidation price and maintenance margin)',
    asOf: '2026-11-24',
    note: 'No warning threshold is given.',
  },
  insuranceFundCapacity: {
    value: '1000',
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not in the archived material. belowzero assumes 1,000 coin available to one contract.',
  },
  autoDeleveraging: {
    value: true,
    source: 'binance.com/en/support/faq/360033525471 (Auto-Deleveraging)',
    asOf: '2019-09-09',
  },
  socializedLoss: {
    value: false,
    source: 'binance.com/en/support/faq/360033525471 (Auto-Deleveraging)',
    asOf: '2019-09-09',
    note: 'No socialized loss is described; ADL is the last step.',
  },
  deficitWaterfall: {
    value: ['insurance_fund', 'auto_deleveraging'],
    source:
      'binance.com/en/support/articles/360033525371-Insurance-Fund; binance.com/en/support/faq/360033525471 (Auto-Deleveraging)',
    asOf: '2019-09-09',
  },
  userLiableForDeficit: {
    value: false,
    source: 'binance.com/en/support/articles/360033525371-Insurance-Fund',
    asOf: '2019-09-09',
    note: 'The insurance fund covers "losses when the client accounts go below 0 in value".',
  },
  negativeBalancePromise: {
    value: null,
    source: 'binance.com/en/support/articles/360033525371-Insurance-Fund',
    asOf: '2019-09-09',
    note: 'No explicit promise.',
  },
  stopLossTypes: {
    value: [
      {
        type: 'market',
      },
      {
        type: 'limit',
      },
    ],
    source: 'binance.com/en/support/faq/25edcd7fe0e544839d0847b8cbb2e400 (stop-loss)',
    asOf: '2026-11-24',
    note: 'Conditional market or limit orders; no guaranteed stop found.',
  },
};
