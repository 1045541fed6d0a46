/**
 * Gate USDT-margined perpetual futures. Its contracts come from Gate's own contract and
 * risk-limit endpoints (recorded answers, packages/venue-data/recorded/gate-usdt-futures.json);
 * Gate's articles on liquidation, its insurance fund and ADL are not in the archived material,
 * so every safeguard below is unknown until someone reads them in.
 */
import type { SafeguardProfile } from '../profile.js';
import { withVenueContracts } from './venue-contracts.js';
import { CEX_LATENCY, assumed } from './provenance.js';

const API = 'gate.com/docs/developers/apiv4 (futures contracts and risk-limit tiers)';
const NOT_IN_MATERIAL = "Gate's own article on this is not in the archived material.";
const ON = '2026-12-05';
const unknown = { value: 'unknown' as const, source: API, asOf: ON, note: NOT_IN_MATERIAL };

export const gateUsdt: SafeguardProfile = {
  slug: 'gate-usdt',
  exchange: 'Gate',
  product: 'USDT-margined perpetual futures',
  version: 1,
  asOf: ON,
  settlementCurrency: 'USDT',
  instruments: ['linear'],
  marginModes: ['isolated', 'cross'],
  ...withVenueContracts('gate-usdt'),
  maintenanceBasis: unknown,
  closeFeeInMaintenance: unknown,
  takerFeeRate: unknown,
  makerFeeRate: unknown,
  liquidationFeeRate: unknown,
  liquidation: unknown,
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '5000000',
    'Not published. belowzero assumes 5,000,000 USDT of book moves the fill 1%.',
  ),
  marginCallRatio: unknown,
  insuranceFundCapacity: unknown,
  autoDeleveraging: unknown,
  socializedLoss: unknown,
  deficitWaterfall: unknown,
  userLiableForDeficit: unknown,
  negativeBalancePromise: { value: null, source: API, asOf: ON, note: NOT_IN_MATERIAL },
  stopLossTypes: unknown,
};
