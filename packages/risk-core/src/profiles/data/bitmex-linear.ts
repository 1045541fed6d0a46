/** BitMEX USDT-margined linear perpetuals (alts). Source material: docs/reference/exchanges.md §4. */
import type { SafeguardProfile } from '../profile.js';
import { withVenueContracts } from './venue-contracts.js';
import { CEX_LATENCY, READ_ON, assumed } from './provenance.js';

const NOTICE_2025 =
  'the-crypto-news.com copy of the BitMEX notice of 2025-06-12 (linear perpetual margins)';
const LIQUIDATION = 'bitmex.com/app/liquidation';
const INSURANCE_BLOG = 'blog.bitmex.com/bitmex-insurance-fund-your-questions-answered/ (Mar-2020)';

/** Base risk limit only: the notice gives MM 1% / IM 2% up to the base limit, not the steps. */
function baseOnly(asset: string, baseLimit: string) {
  return {
    asset,
    instrument: 'linear' as const,
    tierRule: 'whole_position' as const,
    tiers: {
      value: [{ floor: '0', cap: baseLimit, maxLeverage: '50', mmr: '0.01', imr: '0.02' }],
      source: NOTICE_2025,
      asOf: '2025-06-12',
      note: `MM 1%, IM 2% up to the base risk limit of ${baseLimit} USDT; the steps above it are not in the notice, so the table stops there.`,
    },
  };
}

export const bitmexLinear: SafeguardProfile = {
  slug: 'bitmex-linear',
  exchange: 'BitMEX',
  product: 'USDT linear perpetuals',
  version: 3,
  asOf: '2026-12-05',
  settlementCurrency: 'USDT',
  instruments: ['linear'],
  marginModes: ['isolated', 'cross'],
  ...withVenueContracts('bitmex-linear', [
    baseOnly('WLD', '40000'),
    baseOnly('HYPE', '40000'),
    baseOnly('INJ', '100000'),
    baseOnly('WIF', '100000'),
  ]),
  maintenanceBasis: {
    value: 'unknown',
    source: LIQUIDATION,
    asOf: READ_ON,
    note: 'Liquidation on the fair (mark) price; no official liquidation-price formula in the archived copies.',
  },
  closeFeeInMaintenance: {
    value: 'unknown',
    source: LIQUIDATION,
    asOf: READ_ON,
    note: 'No official formula in the archived copies.',
  },
  liquidationResidual: {
    value: 'to_venue',
    source: LIQUIDATION,
    asOf: READ_ON,
    note: 'The lowest risk limit is liquidated at the bankruptcy price ("your maintenance margin will be lost"); a fill better than it goes to the Insurance Fund.',
  },
  takerFeeRate: {
    value: 'unknown',
    source: LIQUIDATION,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: LIQUIDATION,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: LIQUIDATION,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  liquidation: {
    value: { kind: 'partial' },
    source: LIQUIDATION,
    asOf: READ_ON,
    note: 'The lowest risk limit is liquidated at the bankruptcy price; higher limits step down first.',
  },
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '1000000',
    'Not published. belowzero assumes 1,000,000 USDT of book moves the fill 1%.',
  ),
  marginCallRatio: {
    value: 'unknown',
    source: LIQUIDATION,
    asOf: READ_ON,
    note: 'No warning threshold in the archived material.',
  },
  insuranceFundCapacity: assumed(
    '10000000',
    'Not in the archived material. belowzero assumes 10,000,000 USDT available to one contract.',
  ),
  autoDeleveraging: { value: true, source: LIQUIDATION, asOf: READ_ON },
  socializedLoss: { value: false, source: INSURANCE_BLOG, asOf: READ_ON, note: 'None described.' },
  deficitWaterfall: {
    value: ['insurance_fund', 'auto_deleveraging'],
    source: LIQUIDATION,
    asOf: READ_ON,
  },
  userLiableForDeficit: {
    value: false,
    source: INSURANCE_BLOG,
    asOf: READ_ON,
    note: 'The fund "does not demand payments from traders with negative account balances".',
  },
  negativeBalancePromise: {
    value: 'losing traders never owe more than the margin posted',
    source: INSURANCE_BLOG,
    asOf: READ_ON,
    note: 'Blog post of March 2020 (no day in the archived copy).',
  },
  stopLossTypes: {
    value: 'unknown',
    source: LIQUIDATION,
    asOf: READ_ON,
    note: 'Not in the archived material; no guaranteed stop found.',
  },
};
