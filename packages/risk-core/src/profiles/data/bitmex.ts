/** BitMEX inverse perpetuals (XBTUSD, settled in XBT). Source material: docs/reference/exchanges.md §4. */
import type { SafeguardProfile } from '../profile.js';
import { withVenueContracts } from './venue-contracts.js';
import { CEX_LATENCY, READ_ON, assumed } from './provenance.js';

const RISK_LIMITS = 'bitmex.com/app/riskLimitsExamples';
const LIQUIDATION = 'bitmex.com/app/liquidation';
const INSURANCE_BLOG = 'blog.bitmex.com/bitmex-insurance-fund-your-questions-answered/ (Mar-2020)';

export const bitmex: SafeguardProfile = {
  slug: 'bitmex',
  exchange: 'BitMEX',
  product: 'Inverse perpetuals (XBTUSD)',
  version: 3,
  asOf: '2026-12-05',
  settlementCurrency: 'coin',
  instruments: ['inverse'],
  marginModes: ['isolated', 'cross'],
  ...withVenueContracts('bitmex', [
    {
      asset: 'BTC',
      instrument: 'inverse',
      tierRule: 'whole_position',
      tiers: {
        value: [
          { floor: '0', cap: '200', maxLeverage: '100', mmr: '0.005', imr: '0.01' },
          { floor: '200', cap: '350', maxLeverage: '66.66', mmr: '0.01', imr: '0.015' },
          { floor: '350', cap: '500', maxLeverage: '50', mmr: '0.015', imr: '0.02' },
          { floor: '500', cap: '650', maxLeverage: '40', mmr: '0.02', imr: '0.025' },
        ],
        source: RISK_LIMITS,
        asOf: READ_ON,
        note: 'XBTUSD risk limits in XBT of position: base 200 XBT at MM 0.50% / IM 1.00%, each 150 XBT step adds 0.50% to both, and the rate applies to the whole position (a 230 XBT position is at MM 1.00%). The page lists four steps, so the table stops at 650 XBT. The current XBTUSD MM is not in the archived material (a 2020-05-05 notice trialled a 0.40% base); maxLeverage 66.66 = 1 / 1.5% rounded down.',
      },
    },
  ]),
  maintenanceBasis: {
    value: 'unknown',
    source: LIQUIDATION,
    asOf: READ_ON,
    note: 'Liquidation on the fair (mark) price; no official liquidation-price formula in the archived copies (third-party versions disagree).',
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
    note: '"Your maintenance margin will be lost" on liquidation; no separate rate is given.',
  },
  liquidation: {
    value: { kind: 'partial' },
    source: LIQUIDATION,
    asOf: READ_ON,
    note: 'Orders on the contract cancelled; the lowest risk limit is liquidated at the bankruptcy price; higher limits step the risk limit down; larger positions incrementally "if it is safe".',
  },
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '50',
    'Not published. belowzero assumes 50 XBT of book moves the fill 1%.',
  ),
  marginCallRatio: {
    value: 'unknown',
    source: LIQUIDATION,
    asOf: READ_ON,
    note: 'No warning threshold in the archived material.',
  },
  insuranceFundCapacity: assumed(
    '1000',
    'Not in the archived material. belowzero assumes 1,000 XBT available to one contract.',
  ),
  autoDeleveraging: {
    value: true,
    source: LIQUIDATION,
    asOf: READ_ON,
    note: 'Ranked by profit and leverage; BitMEX reports ADL was prevented on 12-13 March 2020.',
  },
  socializedLoss: { value: false, source: INSURANCE_BLOG, asOf: READ_ON, note: 'None described.' },
  deficitWaterfall: {
    value: ['insurance_fund', 'auto_deleveraging'],
    source: LIQUIDATION,
    asOf: READ_ON,
    note: 'A fill better than bankruptcy goes to the fund; worse, the fund spends to aggress; then ADL.',
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
    note: 'Stop order types are not in the archived material; no guaranteed stop found.',
  },
};
