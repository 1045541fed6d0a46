/** Deribit USDC linear perpetuals (BTC_USDC, SOL_USDC). Source material: docs/reference/exchanges.md §5. */
import type { SafeguardProfile } from '../profile.js';
import { CEX_LATENCY, READ_ON, assumed } from './provenance.js';

const LINEAR_PERPETUAL = 'support.deribit.com/hc/en-us/articles/25944738177565-Linear-Perpetual';
const INSURANCE_FUND = 'support.deribit.com/hc/en-us/articles/25944777576477-Insurance-Fund';
const AUTO_LIQUIDATION = 'deribit.com/docs/auto-liquidation/';
const NO_BRACKETS =
  'Deribit publishes no brackets: the rates grow linearly with size (see sizeLinearMargin).';

export const deribit: SafeguardProfile = {
  slug: 'deribit',
  exchange: 'Deribit',
  product: 'USDC linear perpetuals',
  version: 2,
  asOf: '2026-12-05',
  settlementCurrency: 'USDC',
  instruments: ['linear'],
  marginModes: ['cross'],
  contracts: [
    {
      asset: 'BTC',
      instrument: 'linear',
      tiers: { value: 'unknown', source: LINEAR_PERPETUAL, asOf: READ_ON, note: NO_BRACKETS },
      sizeLinearMargin: {
        value: {
          sizeUnit: 'BTC',
          initialBase: '0.02',
          initialPerUnit: '0.00005',
          maintenanceBase: '0.01',
          maintenancePerUnit: '0.00005',
        },
        source: LINEAR_PERPETUAL,
        asOf: READ_ON,
        note: 'BTC_USDC: IM = 2% + size (BTC) * 0.005%; MM = 1% + size * 0.005%.',
      },
    },
    {
      asset: 'SOL',
      instrument: 'linear',
      tiers: { value: 'unknown', source: LINEAR_PERPETUAL, asOf: READ_ON, note: NO_BRACKETS },
      sizeLinearMargin: {
        value: {
          sizeUnit: 'SOL',
          initialBase: '0.04',
          initialPerUnit: '0.000005',
          maintenanceBase: '0.02',
          maintenancePerUnit: '0.000005',
        },
        source: LINEAR_PERPETUAL,
        asOf: READ_ON,
        note: 'SOL_USDC: IM = 4% + size (SOL) * 0.0005%; MM = 2% + size * 0.0005%.',
      },
    },
  ],
  maintenanceBasis: {
    value: 'mark_notional',
    source: LINEAR_PERPETUAL,
    asOf: READ_ON,
    note: 'Margin = rate(size) * size * current price (the worked example values 25 BTC at BTC = $100,000).',
  },
  closeFeeInMaintenance: {
    value: 'unknown',
    source: LINEAR_PERPETUAL,
    asOf: READ_ON,
    note: 'Not stated.',
  },
  liquidationResidual: {
    value: 'returned_less_fee',
    source: AUTO_LIQUIDATION,
    asOf: READ_ON,
    note: 'Incremental liquidation stops once equity is above maintenance again; the liquidation fee goes to the insurance fund and the rest stays in the account.',
  },
  takerFeeRate: {
    value: 'unknown',
    source: 'deribit.com/pages/docs (fees)',
    asOf: READ_ON,
    note: 'Not in the archived material for USDC perpetuals.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: 'deribit.com/pages/docs (fees)',
    asOf: READ_ON,
    note: 'Not in the archived material for USDC perpetuals.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: 'deribit.com/docs/insurance/',
    asOf: READ_ON,
    note: 'Old docs give 0.5% (BTC futures/perpetual), 0.9% (ETH), 0.2% (options) to the fund; no rate for USDC perpetuals.',
  },
  liquidation: {
    value: { kind: 'partial' },
    source: AUTO_LIQUIDATION,
    asOf: READ_ON,
    note: 'Incremental: small clips many times per second (legacy: 10 futures contracts and 1 option, 25 rounds/s), stopping as soon as equity is above MM again.',
  },
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '2000000',
    'Not published. belowzero assumes 2,000,000 USDC of book moves the fill 1%.',
  ),
  marginCallRatio: {
    value: 'unknown',
    source: LINEAR_PERPETUAL,
    asOf: READ_ON,
    note: 'No warning threshold in the archived material.',
  },
  insuranceFundCapacity: assumed(
    '10000000',
    'Not in the archived material. belowzero assumes 10,000,000 USDC available.',
  ),
  autoDeleveraging: {
    value: false,
    source: INSURANCE_FUND,
    asOf: READ_ON,
    note: 'No ADL: after the fund comes socialized loss.',
  },
  socializedLoss: {
    value: true,
    source: 'insights.deribit.com/education/the-deribit-insurance-fund-and-socialised-loss-system',
    asOf: READ_ON,
    note: 'If the fund is depleted the loss is shared "among the winning traders for that day"; "to date there has not been a socialised loss event".',
  },
  deficitWaterfall: {
    value: ['insurance_fund', 'socialized_loss'],
    source: INSURANCE_FUND,
    asOf: READ_ON,
  },
  userLiableForDeficit: {
    value: false,
    source: INSURANCE_FUND,
    asOf: READ_ON,
    note: 'Negative equity is reset to zero by the fund.',
  },
  negativeBalancePromise: {
    value: 'will be used to set it back to zero',
    source: INSURANCE_FUND,
    asOf: READ_ON,
    note: "Said of the insurance fund when an account's equity goes negative; Deribit calls this negative balance protection.",
  },
  stopLossTypes: {
    value: 'unknown',
    source: LINEAR_PERPETUAL,
    asOf: READ_ON,
    note: 'Not in the archived material; no guaranteed stop found.',
  },
};
