/** BIT (bit.com) derivatives. Source material: docs/reference/exchanges.md §12. */
import type { SafeguardProfile } from '../profile.js';
import { CEX_LATENCY, READ_ON, assumed } from './provenance.js';

const HELP = 'helpcenter.bitexch.io (insurance fund and socialized loss)';
const NOT_IN_MATERIAL = 'Not in the archived material.';

export const bitCom: SafeguardProfile = {
  slug: 'bit-com',
  exchange: 'BIT',
  product: 'Perpetuals and futures',
  version: 1,
  asOf: READ_ON,
  settlementCurrency: 'USDT',
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
  liquidationFeeRate: { value: 'unknown', source: HELP, asOf: READ_ON, note: NOT_IN_MATERIAL },
  liquidation: { value: 'unknown', source: HELP, asOf: READ_ON, note: NOT_IN_MATERIAL },
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '1000000',
    'Not published. belowzero assumes 1,000,000 USDT of book moves the fill 1%.',
  ),
  marginCallRatio: { value: 'unknown', source: HELP, asOf: READ_ON, note: NOT_IN_MATERIAL },
  insuranceFundCapacity: assumed(
    '5000000',
    'Not in the archived material. belowzero assumes 5,000,000 USDT.',
  ),
  autoDeleveraging: {
    value: false,
    source: HELP,
    asOf: READ_ON,
    note: 'After the fund comes socialized loss, not ADL.',
  },
  socializedLoss: {
    value: true,
    source: HELP,
    asOf: READ_ON,
    note: 'If the fund is insufficient, "shortfall loss will be shared by the users who have net profit on the day based on their profits".',
  },
  deficitWaterfall: { value: ['insurance_fund', 'socialized_loss'], source: HELP, asOf: READ_ON },
  userLiableForDeficit: {
    value: false,
    source: HELP,
    asOf: READ_ON,
    note: 'A shortfall is shared by profitable users, not charged to the liquidated one.',
  },
  negativeBalancePromise: { value: null, source: HELP, asOf: READ_ON, note: 'None found.' },
  stopLossTypes: { value: 'unknown', source: HELP, asOf: READ_ON, note: NOT_IN_MATERIAL },
};
