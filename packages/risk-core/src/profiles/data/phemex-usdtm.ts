/** Phemex USDT-M perpetuals. Source material: docs/reference/exchanges.md §12. */
import type { SafeguardProfile } from '../profile.js';
import { withVenueContracts } from './venue-contracts.js';
import { CEX_LATENCY, READ_ON, assumed } from './provenance.js';

const LIQ_PRICE = 'phemex.com/help-center/liq-price-for-USDTM';
const NOT_IN_MATERIAL = 'Not in the archived material.';

export const phemexUsdtm: SafeguardProfile = {
  slug: 'phemex-usdtm',
  exchange: 'Phemex',
  product: 'USDT-M perpetuals',
  version: 3,
  asOf: '2026-12-05',
  settlementCurrency: 'USDT',
  instruments: ['linear'],
  marginModes: ['isolated', 'cross'],
  ...withVenueContracts('phemex-usdtm', [
    {
      asset: 'BTC',
      instrument: 'linear',
      tiers: {
        value: 'unknown',
        source: LIQ_PRICE,
        asOf: READ_ON,
        note: 'The page gives formulas with MMR and mmAmount as variables; no tier table.',
      },
    },
  ]),
  maintenanceBasis: {
    value: 'mark_notional',
    source: LIQ_PRICE,
    asOf: READ_ON,
    note: 'Isolated long LP = (OpenValue - assignedPosBalance - mmAmount) / (0.9994 - MMR) / size: maintenance at the liquidation price.',
  },
  closeFeeInMaintenance: {
    value: true,
    source: LIQ_PRICE,
    asOf: READ_ON,
    note: 'assignedPosBalance = OpenValue / leverage + close fee; close fee = bankruptcy value * taker fee.',
  },
  isolatedCloseFeeReserve: {
    value: true,
    source: LIQ_PRICE,
    asOf: READ_ON,
    note: 'assignedPosBalance = OpenValue / leverage + close fee; close fee = bankruptcy value x taker fee (also in phemex.com/help-center/Order-Cost-USDT-Contract: order cost = initial margin + fee to open + fee to close).',
  },
  liquidationResidual: {
    value: 'to_venue',
    source:
      'phemex.com/help-center/why-is-the-fill-price-different-from-the-liquidation-price-bankruptcy-price',
    asOf: READ_ON,
    note: '"When the liquidation price is reached, the position is actually closed at the bankruptcy price": the full initial margin is lost.',
  },
  takerFeeRate: {
    value: '0.0006',
    source: LIQ_PRICE,
    asOf: READ_ON,
    note: 'Derived: the formulas divide by (0.9994 - MMR) for longs and (1.0006 + MMR) for shorts, i.e. a 0.06% taker fee.',
  },
  makerFeeRate: { value: 'unknown', source: LIQ_PRICE, asOf: READ_ON, note: NOT_IN_MATERIAL },
  liquidationFeeRate: { value: 'unknown', source: LIQ_PRICE, asOf: READ_ON, note: NOT_IN_MATERIAL },
  liquidation: {
    value: 'unknown',
    source: LIQ_PRICE,
    asOf: READ_ON,
    note: 'Cross: margin level = position equity / MM, liquidation at 100%; partial steps not described.',
  },
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '1000000',
    'Not published. belowzero assumes 1,000,000 USDT of book moves the fill 1%.',
  ),
  marginCallRatio: { value: 'unknown', source: LIQ_PRICE, asOf: READ_ON, note: NOT_IN_MATERIAL },
  insuranceFundCapacity: {
    value: 'unknown',
    source: LIQ_PRICE,
    asOf: READ_ON,
    note: NOT_IN_MATERIAL,
  },
  autoDeleveraging: { value: 'unknown', source: LIQ_PRICE, asOf: READ_ON, note: NOT_IN_MATERIAL },
  socializedLoss: { value: 'unknown', source: LIQ_PRICE, asOf: READ_ON, note: NOT_IN_MATERIAL },
  deficitWaterfall: {
    value: 'unknown',
    source: LIQ_PRICE,
    asOf: READ_ON,
    note: 'Who pays a deficit is not in the archived material.',
  },
  userLiableForDeficit: {
    value: 'unknown',
    source: LIQ_PRICE,
    asOf: READ_ON,
    note: NOT_IN_MATERIAL,
  },
  negativeBalancePromise: { value: null, source: LIQ_PRICE, asOf: READ_ON, note: 'None found.' },
  stopLossTypes: { value: 'unknown', source: LIQ_PRICE, asOf: READ_ON, note: NOT_IN_MATERIAL },
};
