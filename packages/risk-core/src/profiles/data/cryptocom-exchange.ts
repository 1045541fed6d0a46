/** Crypto.com Exchange derivatives. Source material: docs/reference/exchanges.md §12. */
import type { SafeguardProfile } from '../profile.js';
import { CEX_LATENCY, READ_ON, assumed } from './provenance.js';

const HELP = 'help.crypto.com/en/articles/4894440 (margin and liquidation)';
const NOT_IN_MATERIAL = 'Not in the archived material.';

export const cryptocomExchange: SafeguardProfile = {
  slug: 'cryptocom-exchange',
  exchange: 'Crypto.com',
  product: 'Exchange derivatives',
  version: 1,
  asOf: READ_ON,
  settlementCurrency: 'USD',
  instruments: ['linear'],
  marginModes: ['cross'],
  contracts: [
    {
      asset: 'BTC',
      instrument: 'linear',
      tiers: { value: 'unknown', source: HELP, asOf: READ_ON, note: NOT_IN_MATERIAL },
    },
  ],
  maintenanceBasis: { value: 'unknown', source: HELP, asOf: READ_ON, note: NOT_IN_MATERIAL },
  closeFeeInMaintenance: { value: 'unknown', source: HELP, asOf: READ_ON, note: NOT_IN_MATERIAL },
  takerFeeRate: { value: 'unknown', source: HELP, asOf: READ_ON, note: NOT_IN_MATERIAL },
  makerFeeRate: { value: 'unknown', source: HELP, asOf: READ_ON, note: NOT_IN_MATERIAL },
  liquidationFeeRate: {
    value: 'unknown',
    source: HELP,
    asOf: READ_ON,
    note: 'A liquidation fee goes to the insurance fund; the rate is not given.',
  },
  liquidation: {
    value: { kind: 'partial' },
    source: HELP,
    asOf: READ_ON,
    note: 'Margin below IM: orders cancelled and a warning; below MM: progressive liquidation, withdrawals suspended.',
  },
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '1000000',
    'Not published. belowzero assumes 1,000,000 USD of book moves the fill 1%.',
  ),
  marginCallRatio: {
    value: 'unknown',
    source: HELP,
    asOf: READ_ON,
    note: 'The warning comes when margin falls below the initial margin, not at a published ratio.',
  },
  insuranceFundCapacity: assumed(
    '5000000',
    'Not in the archived material. belowzero assumes 5,000,000 USD.',
  ),
  autoDeleveraging: { value: 'unknown', source: HELP, asOf: READ_ON, note: NOT_IN_MATERIAL },
  socializedLoss: { value: 'unknown', source: HELP, asOf: READ_ON, note: NOT_IN_MATERIAL },
  deficitWaterfall: {
    value: 'unknown',
    source: HELP,
    asOf: READ_ON,
    note: 'The fund receives liquidation fees; what covers a deficit is not described.',
  },
  userLiableForDeficit: { value: 'unknown', source: HELP, asOf: READ_ON, note: NOT_IN_MATERIAL },
  negativeBalancePromise: { value: null, source: HELP, asOf: READ_ON, note: 'None found.' },
  stopLossTypes: { value: 'unknown', source: HELP, asOf: READ_ON, note: NOT_IN_MATERIAL },
};
