/** Kraken Derivatives US (futures through a CFTC-registered FCM). Source material: docs/reference/exchanges.md §6b. */
import type { SafeguardProfile } from '../profile.js';
import { CEX_LATENCY, READ_ON, assumed } from './provenance.js';

const US_LIQUIDATIONS = 'support.kraken.com/pt-br/articles/us-futures-liquidations';

export const krakenDerivativesUs: SafeguardProfile = {
  slug: 'kraken-derivatives-us',
  exchange: 'Kraken',
  product: 'Derivatives US (FCM futures)',
  version: 1,
  asOf: READ_ON,
  settlementCurrency: 'USD',
  instruments: ['linear'],
  marginModes: ['cross'],
  contracts: [
    {
      asset: 'BTC',
      instrument: 'linear',
      tiers: {
        value: 'unknown',
        source: US_LIQUIDATIONS,
        asOf: READ_ON,
        note: 'Margin rates are not in the archived material.',
      },
    },
  ],
  maintenanceBasis: {
    value: 'unknown',
    source: US_LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Margin thresholds (intraday, and initial near the close) are not given as formulas.',
  },
  closeFeeInMaintenance: {
    value: 'unknown',
    source: US_LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Not stated.',
  },
  takerFeeRate: {
    value: 'unknown',
    source: US_LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: US_LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: US_LIQUIDATIONS,
    asOf: READ_ON,
    note: 'A flat fee per liquidation event ($25 the first, $50 later), not a rate.',
  },
  liquidation: {
    value: { kind: 'partial' },
    source: US_LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Some or all positions; from 3:45 p.m. CT positions must meet initial (not intraday) margin.',
  },
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '1000000',
    'Not published. belowzero assumes 1,000,000 USD of book moves the fill 1%.',
  ),
  marginCallRatio: {
    value: 'unknown',
    source: US_LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  insuranceFundCapacity: {
    value: 'unknown',
    source: US_LIQUIDATIONS,
    asOf: READ_ON,
    note: 'No fund for customers is described.',
  },
  autoDeleveraging: {
    value: 'unknown',
    source: US_LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Not described.',
  },
  socializedLoss: {
    value: 'unknown',
    source: US_LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Not described.',
  },
  deficitWaterfall: {
    value: ['user'],
    source: US_LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Liquidation is meant to "help prevent your account from entering a negative balance", with no guarantee: a deficit stays with the client.',
  },
  userLiableForDeficit: {
    value: true,
    source: US_LIQUIDATIONS,
    asOf: READ_ON,
    note: 'No guarantee against a debit balance.',
  },
  negativeBalancePromise: { value: null, source: US_LIQUIDATIONS, asOf: READ_ON, note: 'None.' },
  stopLossTypes: {
    value: 'unknown',
    source: US_LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
};
