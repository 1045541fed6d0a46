/** Bitget USDT-M futures. Source material: docs/reference/exchanges.md §8. */
import type { SafeguardProfile } from '../profile.js';
import { withVenueContracts } from './venue-contracts.js';
import { CEX_LATENCY, READ_ON, assumed } from './provenance.js';

const LIQUIDATION =
  'bitget.com/asia/support/articles/12560603808759 (liquidation; mirrors bgportable.com, bitgetpro.site)';
const SUMMARY = 'bitget.club/futures/introduction/liquidation-summarize';
const ADL = 'bitget.live/bg/support/articles/12560603800805 (ADL)';
const INSURANCE_FUND = 'bitget.com/academy/What-is-Bitget-Insurance-fund';
const TIERS = 'bitget.com/support/articles/360052911052 (position tiers, legacy)';

export const bitget: SafeguardProfile = {
  slug: 'bitget',
  exchange: 'Bitget',
  product: 'USDT-M perpetual futures',
  version: 3,
  asOf: '2026-12-05',
  settlementCurrency: 'USDT',
  instruments: ['linear'],
  marginModes: ['isolated', 'cross'],
  ...withVenueContracts('bitget', [
    {
      asset: 'BTC',
      instrument: 'linear',
      tiers: {
        value: 'unknown',
        source: TIERS,
        asOf: READ_ON,
        note: 'No tier figures in the archived copies; a new tiered MM calculation applies to positions opened after 2025-11-10 08:00 UTC.',
      },
    },
  ]),
  maintenanceBasis: {
    value: 'mark_notional',
    source: LIQUIDATION,
    asOf: '2025-09-18',
    note: 'Position value = face * contracts * fair mark price; isolated LP = [position margin - size * entry * dir] / [size * (MMR + taker fee - dir)]. Since 2025-09-29 margin is also size * mark / leverage.',
  },
  closeFeeInMaintenance: {
    value: true,
    source: LIQUIDATION,
    asOf: '2025-09-18',
    note: 'The taker fee ratio is added to MMR in the liquidation price.',
  },
  liquidationResidual: {
    value: 'to_venue',
    source: INSURANCE_FUND,
    asOf: READ_ON,
    note: 'A liquidation filled better than the bankruptcy price adds the difference to the insurance fund.',
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
    value: { kind: 'partial', tiersPerStep: 2 },
    source: SUMMARY,
    asOf: READ_ON,
    note: 'Cancel orders, net hedged positions, then "reduce leverage by two levels" (tier 2 and up), then flash market orders.',
  },
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '5000000',
    'Not published. belowzero assumes 5,000,000 USDT of book moves the fill 1%.',
  ),
  marginCallRatio: {
    value: 'unknown',
    source: SUMMARY,
    asOf: READ_ON,
    note: 'An optional auto-margin-call adds margin; no warning threshold given.',
  },
  insuranceFundCapacity: assumed(
    '20000000',
    'Not in the archived material. belowzero assumes 20,000,000 USDT.',
  ),
  autoDeleveraging: {
    value: true,
    source: ADL,
    asOf: READ_ON,
    note: 'Triggered when the fund is used up or falls 30% from its peak; at the bankruptcy price, no fee; ranked by leverage-adjusted ROI.',
  },
  socializedLoss: { value: false, source: ADL, asOf: READ_ON, note: 'None described.' },
  deficitWaterfall: {
    value: ['insurance_fund', 'auto_deleveraging'],
    source: `${INSURANCE_FUND}; ${ADL}`,
    asOf: READ_ON,
  },
  userLiableForDeficit: {
    value: false,
    source: INSURANCE_FUND,
    asOf: READ_ON,
    note: 'The fund covers fills worse than bankruptcy; it is "not a compensation insurance" for the user\'s own losses.',
  },
  negativeBalancePromise: {
    value: null,
    source: INSURANCE_FUND,
    asOf: READ_ON,
    note: 'None explicit.',
  },
  stopLossTypes: {
    value: 'unknown',
    source: SUMMARY,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
};
