/** Superseded: version 1, kept unchanged so results naming it reproduce.
 * Deribit USDC linear perpetuals. Written by scripts/freeze-profiles.mjs. */
import type { SafeguardProfile } from '../../profile.js';

export const deribitV1: SafeguardProfile = {
  slug: 'deribit',
  exchange: 'Deribit',
  product: 'USDC linear perpetuals',
  version: 1,
  asOf: '2026-11-24',
  settlementCurrency: 'USDC',
  instruments: ['linear'],
  marginModes: ['cross'],
  contracts: [
    {
      asset: 'BTC',
      instrument: 'linear',
      tiers: {
        value: 'unknown',
        source: 'support.deribit.com/hc/en-us/articles/25944738177565-Linear-Perpetual',
        asOf: '2026-11-24',
        note: 'Deribit publishes no brackets: the rates grow linearly with size (see sizeLinearMargin).',
      },
      sizeLinearMargin: {
        value: {
          sizeUnit: 'BTC',
          initialBase: '0.02',
          initialPerUnit: '0.00005',
          maintenanceBase: '0.01',
          maintenancePerUnit: '0.00005',
        },
        source: 'support.deribit.com/hc/en-us/articles/25944738177565-Linear-Perpetual',
        asOf: '2026-11-24',
        note: 'BTC_USDC: IM = 2% + size (BTC) * 0.005%; MM = 1% + size * 0.005%.',
      },
    },
    {
      asset: 'SOL',
      instrument: 'linear',
      tiers: {
        value: 'unknown',
        source: 'support.deribit.com/hc/en-us/articles/25944738177565-Linear-Perpetual',
        asOf: '2026-11-24',
        note: 'Deribit publishes no brackets: the rates grow linearly with size (see sizeLinearMargin).',
      },
      sizeLinearMargin: {
        value: {
          sizeUnit: 'SOL',
          initialBase: '0.04',
          initialPerUnit: '0.000005',
          maintenanceBase: '0.02',
          maintenancePerUnit: '0.000005',
        },
        source: 'support.deribit.com/hc/en-us/articles/25944738177565-Linear-Perpetual',
        asOf: '2026-11-24',
        note: 'SOL_USDC: IM = 4% + size (SOL) * 0.0005%; MM = 2% + size * 0.0005%.',
      },
    },
  ],
  maintenanceBasis: {
    value: 'mark_notional',
    source: 'support.deribit.com/hc/en-us/articles/25944738177565-Linear-Perpetual',
    asOf: '2026-11-24',
    note: 'Margin = rate(size) * size * current price (the worked example values 25 BTC at BTC = $100,000).',
  },
  closeFeeInMaintenance: {
    value: 'unknown',
    source: 'support.deribit.com/hc/en-us/articles/25944738177565-Linear-Perpetual',
    asOf: '2026-11-24',
    note: 'Not stated.',
  },
  takerFeeRate: {
    value: 'unknown',
    source: 'deribit.com/pages/docs (fees)',
    asOf: '2026-11-24',
    note: 'Not in the archived material for USDC perpetuals.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: 'deribit.com/pages/docs (fees)',
    asOf: '2026-11-24',
    note: 'Not in the archived material for USDC perpetuals.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: 'deribit.com/docs/insurance/',
    asOf: '2026-11-24',
    note: 'Old docs give 0.5% (BTC futures/perpetual), 0.9% (ETH), 0.2% (options) to the fund; no rate for USDC perpetuals.',
  },
  liquidation: {
    value: {
      kind: 'partial',
    },
    source: 'deribit.com/docs/auto-liquidation/',
    asOf: '2026-11-24',
    note: 'Incremental: small clips many times per second (legacy: 10 futures contracts and 1 option, 25 rounds/s), stopping as soon as equity is above MM again.',
  },
  liquidationLatencyMs: {
    value: 1000,
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not published. belowzero assumes one second between the mark price crossing the trigger and the fill.',
  },
  depthNotionalPerPercent: {
    value: '2000000',
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not published. belowzero assumes 2,000,000 USDC of book moves the fill 1%.',
  },
  marginCallRatio: {
    value: 'unknown',
    source: 'support.deribit.com/hc/en-us/articles/25944738177565-Linear-Perpetual',
    asOf: '2026-11-24',
    note: 'No warning threshold in the archived material.',
  },
  insuranceFundCapacity: {
    value: '10000000',
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not in the archived material. belowzero assumes 10,000,000 USDC available.',
  },
  autoDeleveraging: {
    value: false,
    source: 'support.deribit.com/hc/en-us/articles/25944777576477-Insurance-Fund',
    asOf: '2026-11-24',
    note: 'No ADL: after the fund comes socialized loss.',
  },
  socializedLoss: {
    value: true,
    source: 'insights.deribit.com/education/the-deribit-insurance-fund-and-socialised-loss-system',
    asOf: '2026-11-24',
    note: 'If the fund is depleted the loss is shared "among the winning traders for that day"; "to date there has not been a socialised loss event".',
  },
  deficitWaterfall: {
    value: ['insurance_fund', 'socialized_loss'],
    source: 'support.deribit.com/hc/en-us/articles/25944777576477-Insurance-Fund',
    asOf: '2026-11-24',
  },
  userLiableForDeficit: {
    value: false,
    source: 'support.deribit.com/hc/en-us/articles/25944777576477-Insurance-Fund',
    asOf: '2026-11-24',
    note: 'Negative equity is reset to zero by the fund.',
  },
  negativeBalancePromise: {
    value: 'will be used to set it back to zero',
    source: 'support.deribit.com/hc/en-us/articles/25944777576477-Insurance-Fund',
    asOf: '2026-11-24',
    note: "Said of the insurance fund when an account's equity goes negative; Deribit calls this negative balance protection.",
  },
  stopLossTypes: {
    value: 'unknown',
    source: 'support.deribit.com/hc/en-us/articles/25944738177565-Linear-Perpetual',
    asOf: '2026-11-24',
    note: 'Not in the archived material; no guaranteed stop found.',
  },
};
