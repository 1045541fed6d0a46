/** Kraken spot margin (borrowed funds). Source material: docs/reference/exchanges.md §6c. */
import type { SafeguardProfile } from '../profile.js';
import { CEX_LATENCY, READ_ON, assumed } from './provenance.js';

const LEVELS =
  'support.kraken.com/hc/en-us/articles/203325763 (margin call and liquidation levels)';
const NOT_APPLICABLE =
  'Not applicable to spot margin: the margin level (equity / used margin) governs liquidation.';

export const krakenMargin: SafeguardProfile = {
  slug: 'kraken-margin',
  exchange: 'Kraken',
  product: 'Spot margin',
  version: 2,
  asOf: '2026-12-05',
  settlementCurrency: 'USD',
  instruments: ['spot_margin'],
  marginModes: ['cross'],
  contracts: [],
  maintenanceBasis: { value: 'unknown', source: LEVELS, asOf: READ_ON, note: NOT_APPLICABLE },
  closeFeeInMaintenance: { value: 'unknown', source: LEVELS, asOf: READ_ON, note: NOT_APPLICABLE },
  takerFeeRate: {
    value: 'unknown',
    source: LEVELS,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: LEVELS,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: LEVELS,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  liquidation: {
    value: { kind: 'partial' },
    source: LEVELS,
    asOf: READ_ON,
    note: 'Below the margin call level Kraken may liquidate all positions or enough to bring the level above 100%, first in first out; at the liquidation level automatically, "filled at the best price that is available".',
  },
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '2000000',
    'Not published. belowzero assumes 2,000,000 USD of book moves the fill 1%.',
  ),
  marginCallRatio: {
    value: 'unknown',
    source: LEVELS,
    asOf: READ_ON,
    note: 'See spotMargin.marginCallLevel.',
  },
  spotMargin: {
    levelDefinition: 'equity_over_used_margin',
    marginCallLevel: {
      value: '0.8',
      source: LEVELS,
      asOf: READ_ON,
      note: 'About 80%, varies with volatility; notification is not guaranteed.',
    },
    liquidationLevel: {
      value: '0.4',
      source: LEVELS,
      asOf: READ_ON,
      note: 'About 40%; automatic and cannot be stopped.',
    },
    maxLeverage: {
      value: '5',
      source: 'support.kraken.com/hc/en-us/articles/203325763 (worked example: 5:1)',
      asOf: READ_ON,
      assumption: true,
      note: "The leverage of Kraken's worked example, used as the maximum; per-pair maximums are not in the archived material.",
    },
    hourlyInterestRate: {
      value: 'unknown',
      source: 'support.kraken.com/hc/fr/articles/203053116',
      asOf: READ_ON,
      note: 'Not in the archived material.',
    },

    usedMarginCurrency: {
      value: 'borrowed_asset',
      source: 'support.kraken.com/hc/en-us/articles/203053156 (margin trading examples)',
      asOf: READ_ON,
      note: '"Because your Used Margin is in terms of BTC, your Used Margin in terms of USD would be 0.04 BTC * 65,200 BTC/USD = $2,608": a short\'s used margin is held in the borrowed coin.',
    },
  },
  insuranceFundCapacity: {
    value: '0',
    source: LEVELS,
    asOf: READ_ON,
    note: 'No fund is described for spot margin: the client bears a deficit.',
  },
  autoDeleveraging: {
    value: false,
    source: LEVELS,
    asOf: READ_ON,
    note: 'None described for spot margin.',
  },
  socializedLoss: {
    value: false,
    source: LEVELS,
    asOf: READ_ON,
    note: 'None described for spot margin.',
  },
  deficitWaterfall: {
    value: ['user'],
    source: LEVELS,
    asOf: READ_ON,
    note: 'Implied: liquidations "help avoid a situation in which clients are required to repay a negative balance with funds in excess of those currently in their Kraken accounts".',
  },
  userLiableForDeficit: {
    value: true,
    source: LEVELS,
    asOf: READ_ON,
    note: '"your loss on the position can be larger than the used margin".',
  },
  negativeBalancePromise: {
    value: null,
    source: LEVELS,
    asOf: READ_ON,
    note: 'None: liquidation only "helps avoid" a negative balance.',
  },
  stopLossTypes: {
    value: 'unknown',
    source: LEVELS,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
};
