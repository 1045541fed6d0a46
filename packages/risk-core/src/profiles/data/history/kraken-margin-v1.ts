/** Superseded: version 1, kept unchanged so results naming it reproduce.
 * Kraken Spot margin. Written by scripts/freeze-profiles.mjs. */
import type { SafeguardProfile } from '../../profile.js';

export const krakenMarginV1: SafeguardProfile = {
  slug: 'kraken-margin',
  exchange: 'Kraken',
  product: 'Spot margin',
  version: 1,
  asOf: '2026-11-24',
  settlementCurrency: 'USD',
  instruments: ['spot_margin'],
  marginModes: ['cross'],
  contracts: [],
  maintenanceBasis: {
    value: 'unknown',
    source: 'support.kraken.com/hc/en-us/articles/203325763 (margin call and liquidation levels)',
    asOf: '2026-11-24',
    note: 'Not applicable to spot margin: the margin level (equity / used margin) governs liquidation.',
  },
  closeFeeInMaintenance: {
    value: 'unknown',
    source: 'support.kraken.com/hc/en-us/articles/203325763 (margin call and liquidation levels)',
    asOf: '2026-11-24',
    note: 'Not applicable to spot margin: the margin level (equity / used margin) governs liquidation.',
  },
  takerFeeRate: {
    value: 'unknown',
    source: 'support.kraken.com/hc/en-us/articles/203325763 (margin call and liquidation levels)',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: 'support.kraken.com/hc/en-us/articles/203325763 (margin call and liquidation levels)',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: 'support.kraken.com/hc/en-us/articles/203325763 (margin call and liquidation levels)',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  liquidation: {
    value: {
      kind: 'partial',
    },
    source: 'support.kraken.com/hc/en-us/articles/203325763 (margin call and liquidation levels)',
    asOf: '2026-11-24',
    note: 'Below the margin call level Kraken may liquidate all positions or enough to bring the level above 100%, first in first out; at the liquidation level automatically, "filled at the best price that is available".',
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
    note: 'Not published. belowzero assumes 2,000,000 USD of book moves the fill 1%.',
  },
  marginCallRatio: {
    value: 'unknown',
    source: 'support.kraken.com/hc/en-us/articles/203325763 (margin call and liquidation levels)',
    asOf: '2026-11-24',
    note: 'See spotMargin.marginCallLevel.',
  },
  spotMargin: {
    levelDefinition: 'equity_over_used_margin',
    marginCallLevel: {
      value: '0.8',
      source: 'support.kraken.com/hc/en-us/articles/203325763 (margin call and liquidation levels)',
      asOf: '2026-11-24',
      note: 'About 80%, varies with volatility; notification is not guaranteed.',
    },
    liquidationLevel: {
      value: '0.4',
      source: 'support.kraken.com/hc/en-us/articles/203325763 (margin call and liquidation levels)',
      asOf: '2026-11-24',
      note: 'About 40%; automatic and cannot be stopped.',
    },
    maxLeverage: {
      value: '5',
      source: 'support.kraken.com/hc/en-us/articles/203325763 (worked example: 5:1)',
      asOf: '2026-11-24',
      assumption: true,
      note: "The leverage of Kraken's worked example, used as the maximum; per-pair maximums are not in the archived material.",
    },
    hourlyInterestRate: {
      value: 'unknown',
      source: 'support.kraken.com/hc/fr/articles/203053116',
      asOf: '2026-11-24',
      note: 'Not in the archived material.',
    },
  },
  insuranceFundCapacity: {
    value: '0',
    source: 'support.kraken.com/hc/en-us/articles/203325763 (margin call and liquidation levels)',
    asOf: '2026-11-24',
    note: 'No fund is described for spot margin: the client bears a deficit.',
  },
  autoDeleveraging: {
    value: false,
    source: 'support.kraken.com/hc/en-us/articles/203325763 (margin call and liquidation levels)',
    asOf: '2026-11-24',
    note: 'None described for spot margin.',
  },
  socializedLoss: {
    value: false,
    source: 'support.kraken.com/hc/en-us/articles/203325763 (margin call and liquidation levels)',
    asOf: '2026-11-24',
    note: 'None described for spot margin.',
  },
  deficitWaterfall: {
    value: ['user'],
    source: 'support.kraken.com/hc/en-us/articles/203325763 (margin call and liquidation levels)',
    asOf: '2026-11-24',
    note: 'Implied: liquidations "help avoid a situation in which clients are required to repay a negative balance with funds in excess of those currently in their Kraken accounts".',
  },
  userLiableForDeficit: {
    value: true,
    source: 'support.kraken.com/hc/en-us/articles/203325763 (margin call and liquidation levels)',
    asOf: '2026-11-24',
    note: '"your loss on the position can be larger than the used margin".',
  },
  negativeBalancePromise: {
    value: null,
    source: 'support.kraken.com/hc/en-us/articles/203325763 (margin call and liquidation levels)',
    asOf: '2026-11-24',
    note: 'None: liquidation only "helps avoid" a negative balance.',
  },
  stopLossTypes: {
    value: 'unknown',
    source: 'support.kraken.com/hc/en-us/articles/203325763 (margin call and liquidation levels)',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
};
