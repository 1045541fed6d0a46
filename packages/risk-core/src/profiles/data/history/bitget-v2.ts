/** Superseded: version 2, kept unchanged so results naming it reproduce.
 * Bitget USDT-M perpetual futures. Written by scripts/freeze-profiles.mjs. */
import type { SafeguardProfile } from '../../profile.js';

export const bitgetV2: SafeguardProfile = {
  slug: 'bitget',
  exchange: 'Bitget',
  product: 'USDT-M perpetual futures',
  version: 2,
  asOf: '2026-12-05',
  settlementCurrency: 'USDT',
  instruments: ['linear'],
  marginModes: ['isolated', 'cross'],
  contracts: [
    {
      asset: 'BTC',
      instrument: 'linear',
      symbol: 'BTCUSDT',
      tierRule: 'deduction',
      tiers: {
        value: [
          {
            floor: '0',
            cap: '50000',
            maxLeverage: '125',
            mmr: '0.004',
          },
          {
            floor: '50000',
            cap: '200000',
            maxLeverage: '100',
            mmr: '0.005',
          },
        ],
        source:
          'bitget.com/api-doc/contract/position/Get-Query-Position-Lever (docs example answer)',
        asOf: '2023-09-27',
        note: 'BTCUSDT position levels 1-2, bounds in USDT of position value.',
      },
    },
  ],
  contractListing: {
    value: 'partial',
    source: 'bitget.com/api-doc/contract/position/Get-Query-Position-Lever (docs example answer)',
    asOf: '2023-09-27',
    note: 'Only part of the venue’s instrument list was read: an asset missing here may still be listed.',
  },
  maintenanceBasis: {
    value: 'mark_notional',
    source:
      'bitget.com/asia/support/articles/12560603808759 (liquidation; mirrors bgportable.com, bitgetpro.site)',
    asOf: '2025-09-18',
    note: 'Position value = face * contracts * fair mark price; isolated LP = [position margin - size * entry * dir] / [size * (MMR + taker fee - dir)]. Since 2025-09-29 margin is also size * mark / leverage.',
  },
  closeFeeInMaintenance: {
    value: true,
    source:
      'bitget.com/asia/support/articles/12560603808759 (liquidation; mirrors bgportable.com, bitgetpro.site)',
    asOf: '2025-09-18',
    note: 'The taker fee ratio is added to MMR in the liquidation price.',
  },
  takerFeeRate: {
    value: 'unknown',
    source:
      'bitget.com/asia/support/articles/12560603808759 (liquidation; mirrors bgportable.com, bitgetpro.site)',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source:
      'bitget.com/asia/support/articles/12560603808759 (liquidation; mirrors bgportable.com, bitgetpro.site)',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source:
      'bitget.com/asia/support/articles/12560603808759 (liquidation; mirrors bgportable.com, bitgetpro.site)',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  liquidation: {
    value: {
      kind: 'partial',
      tiersPerStep: 2,
    },
    source: 'bitget.club/futures/introduction/liquidation-summarize',
    asOf: '2026-11-24',
    note: 'Cancel orders, net hedged positions, then "reduce leverage by two levels" (tier 2 and up), then flash market orders.',
  },
  liquidationLatencyMs: {
    value: 1000,
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not published. belowzero assumes one second between the mark price crossing the trigger and the fill.',
  },
  depthNotionalPerPercent: {
    value: '5000000',
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not published. belowzero assumes 5,000,000 USDT of book moves the fill 1%.',
  },
  marginCallRatio: {
    value: 'unknown',
    source: 'bitget.club/futures/introduction/liquidation-summarize',
    asOf: '2026-11-24',
    note: 'An optional auto-margin-call adds margin; no warning threshold given.',
  },
  insuranceFundCapacity: {
    value: '20000000',
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not in the archived material. belowzero assumes 20,000,000 USDT.',
  },
  autoDeleveraging: {
    value: true,
    source: 'bitget.live/bg/support/articles/12560603800805 (ADL)',
    asOf: '2026-11-24',
    note: 'Triggered when the fund is used up or falls 30% from its peak; at the bankruptcy price, no fee; ranked by leverage-adjusted ROI.',
  },
  socializedLoss: {
    value: false,
    source: 'bitget.live/bg/support/articles/12560603800805 (ADL)',
    asOf: '2026-11-24',
    note: 'None described.',
  },
  deficitWaterfall: {
    value: ['insurance_fund', 'auto_deleveraging'],
    source:
      'bitget.com/academy/What-is-Bitget-Insurance-fund; bitget.live/bg/support/articles/12560603800805 (ADL)',
    asOf: '2026-11-24',
  },
  userLiableForDeficit: {
    value: false,
    source: 'bitget.com/academy/What-is-Bitget-Insurance-fund',
    asOf: '2026-11-24',
    note: 'The fund covers fills worse than bankruptcy; it is "not a compensation insurance" for the user\'s own losses.',
  },
  negativeBalancePromise: {
    value: null,
    source: 'bitget.com/academy/What-is-Bitget-Insurance-fund',
    asOf: '2026-11-24',
    note: 'None explicit.',
  },
  stopLossTypes: {
    value: 'unknown',
    source: 'bitget.club/futures/introduction/liquidation-summarize',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
};
