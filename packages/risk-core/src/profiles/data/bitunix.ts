/** Bitunix perpetual futures: one of the two venues found offering a guaranteed stop-loss.
 * Source material: docs/reference/exchanges.md §12. */
import type { SafeguardProfile } from '../profile.js';
import { CEX_LATENCY, READ_ON, assumed } from './provenance.js';

const GUARANTEED_SL = 'Bitunix help: Guaranteed SL';
const NOT_IN_MATERIAL = 'Not in the archived material.';

export const bitunix: SafeguardProfile = {
  slug: 'bitunix',
  exchange: 'Bitunix',
  product: 'Perpetual futures',
  version: 1,
  asOf: READ_ON,
  settlementCurrency: 'USDT',
  instruments: ['linear'],
  marginModes: ['isolated', 'cross'],
  contracts: [
    {
      asset: 'BTC',
      instrument: 'linear',
      tiers: { value: 'unknown', source: GUARANTEED_SL, asOf: READ_ON, note: NOT_IN_MATERIAL },
    },
  ],
  maintenanceBasis: {
    value: 'unknown',
    source: GUARANTEED_SL,
    asOf: READ_ON,
    note: NOT_IN_MATERIAL,
  },
  closeFeeInMaintenance: {
    value: 'unknown',
    source: GUARANTEED_SL,
    asOf: READ_ON,
    note: NOT_IN_MATERIAL,
  },
  takerFeeRate: { value: 'unknown', source: GUARANTEED_SL, asOf: READ_ON, note: NOT_IN_MATERIAL },
  makerFeeRate: { value: 'unknown', source: GUARANTEED_SL, asOf: READ_ON, note: NOT_IN_MATERIAL },
  liquidationFeeRate: {
    value: 'unknown',
    source: GUARANTEED_SL,
    asOf: READ_ON,
    note: NOT_IN_MATERIAL,
  },
  liquidation: { value: 'unknown', source: GUARANTEED_SL, asOf: READ_ON, note: NOT_IN_MATERIAL },
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '1000000',
    'Not published. belowzero assumes 1,000,000 USDT of book moves the fill 1%.',
  ),
  marginCallRatio: {
    value: 'unknown',
    source: GUARANTEED_SL,
    asOf: READ_ON,
    note: NOT_IN_MATERIAL,
  },
  insuranceFundCapacity: {
    value: 'unknown',
    source: GUARANTEED_SL,
    asOf: READ_ON,
    note: NOT_IN_MATERIAL,
  },
  autoDeleveraging: {
    value: 'unknown',
    source: GUARANTEED_SL,
    asOf: READ_ON,
    note: NOT_IN_MATERIAL,
  },
  socializedLoss: { value: 'unknown', source: GUARANTEED_SL, asOf: READ_ON, note: NOT_IN_MATERIAL },
  deficitWaterfall: {
    value: 'unknown',
    source: GUARANTEED_SL,
    asOf: READ_ON,
    note: NOT_IN_MATERIAL,
  },
  userLiableForDeficit: {
    value: 'unknown',
    source: GUARANTEED_SL,
    asOf: READ_ON,
    note: NOT_IN_MATERIAL,
  },
  negativeBalancePromise: {
    value: null,
    source: GUARANTEED_SL,
    asOf: READ_ON,
    note: 'None found.',
  },
  stopLossTypes: {
    value: [{ type: 'guaranteed' }],
    source: GUARANTEED_SL,
    asOf: READ_ON,
    note: 'A paid feature that fills at the preset stop price "regardless of market liquidity"; the fee is not in the archived material.',
  },
};
