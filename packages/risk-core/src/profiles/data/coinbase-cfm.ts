/** Coinbase Financial Markets: US-regulated futures through a CFTC FCM. Source material: docs/reference/exchanges.md §7a. */
import type { SafeguardProfile } from '../profile.js';
import { CEX_LATENCY, READ_ON, assumed } from './provenance.js';

const AGREEMENT = 'coinbase.com/legal/futures-account-agreement';
const BUFFER = 'support.pro.coinbase.com: futures liquidation buffer';

export const coinbaseCfm: SafeguardProfile = {
  slug: 'coinbase-cfm',
  exchange: 'Coinbase',
  product: 'Financial Markets US futures (FCM)',
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
        source: BUFFER,
        asOf: READ_ON,
        note: 'Nano BTC = 1/100 BTC, nano ETH = 1/10 ETH; margin rates and the liquidation threshold per contract are not in the archived material.',
      },
    },
  ],
  maintenanceBasis: {
    value: 'unknown',
    source: BUFFER,
    asOf: READ_ON,
    note: 'Liquidation buffer = (available for margin - liquidation threshold) / (initial margin - liquidation threshold); the threshold itself is not given.',
  },
  closeFeeInMaintenance: { value: 'unknown', source: BUFFER, asOf: READ_ON, note: 'Not stated.' },
  takerFeeRate: {
    value: 'unknown',
    source: BUFFER,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: BUFFER,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: BUFFER,
    asOf: READ_ON,
    note: 'Liquidations carry the standard fees; rates not given.',
  },
  liquidation: {
    value: 'unknown',
    source: BUFFER,
    asOf: READ_ON,
    note: 'At a 0% buffer positions are liquidated "as necessary"; whether partially is not stated.',
  },
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '1000000',
    'Not published. belowzero assumes 1,000,000 USD of book moves the fill 1%.',
  ),
  marginCallRatio: {
    value: 'unknown',
    source: BUFFER,
    asOf: READ_ON,
    note: 'Warnings at 100% and 20% liquidation buffer (web, email, SMS, push), a different measure from maintenance / equity.',
  },
  insuranceFundCapacity: {
    value: 'unknown',
    source: AGREEMENT,
    asOf: READ_ON,
    note: 'No insurance fund for customers is described (FCM/DCO model).',
  },
  autoDeleveraging: {
    value: 'unknown',
    source: AGREEMENT,
    asOf: READ_ON,
    note: 'Not described for customers.',
  },
  socializedLoss: {
    value: 'unknown',
    source: AGREEMENT,
    asOf: READ_ON,
    note: 'Not described for customers.',
  },
  deficitWaterfall: {
    value: ['user'],
    source: AGREEMENT,
    asOf: READ_ON,
    note: 'The customer is liable (FCM model); how Coinbase collects a deficit is not described.',
  },
  userLiableForDeficit: {
    value: true,
    source: AGREEMENT,
    asOf: READ_ON,
    note: 'Losses may be "greater than the total amount of funds you have on deposit in your CFM account, together with any funds in your Coinbase Inc. account or any other accounts held with Coinbase affiliates".',
  },
  negativeBalancePromise: { value: null, source: AGREEMENT, asOf: READ_ON, note: 'None.' },
  stopLossTypes: {
    value: 'unknown',
    source: BUFFER,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
};
