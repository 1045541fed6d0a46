/** OKX spot margin (borrowing). Source material: docs/reference/exchanges.md §3. */
import type { SafeguardProfile } from '../profile.js';
import { CEX_LATENCY, READ_ON, assumed } from './provenance.js';

const MARGIN_LIQ = 'okx.com/help-center/6997123251341 (spot margin estimated liquidation price)';
const NOT_APPLICABLE = 'Not applicable to spot margin: liquidation follows the margin level.';

export const okxMargin: SafeguardProfile = {
  slug: 'okx-margin',
  exchange: 'OKX',
  product: 'Spot margin',
  version: 1,
  asOf: READ_ON,
  settlementCurrency: 'USDT',
  instruments: ['spot_margin'],
  marginModes: ['isolated', 'cross'],
  contracts: [],
  maintenanceBasis: {
    value: 'unknown',
    source: MARGIN_LIQ,
    asOf: '2024-04-04',
    note: NOT_APPLICABLE,
  },
  closeFeeInMaintenance: {
    value: true,
    source: MARGIN_LIQ,
    asOf: '2024-04-04',
    note: 'The estimated liquidation price multiplies the liability by (1 + MMR) * (1 + taker fee).',
  },
  takerFeeRate: {
    value: 'unknown',
    source: MARGIN_LIQ,
    asOf: READ_ON,
    note: 'Per fee tier; not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: MARGIN_LIQ,
    asOf: READ_ON,
    note: 'Per fee tier; not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: MARGIN_LIQ,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  liquidation: {
    value: 'unknown',
    source: 'ouchyi.rocks mirror of OKX help (early liquidation)',
    asOf: READ_ON,
    note: 'Partial vs full is not described for spot margin; "early liquidation" is a special forced liquidation to prevent a cascade or bankruptcy.',
  },
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '10000000',
    'Not published. belowzero assumes 10,000,000 USDT of book moves the fill 1%.',
  ),
  marginCallRatio: { value: 'unknown', source: MARGIN_LIQ, asOf: READ_ON, note: 'See spotMargin.' },
  spotMargin: {
    levelDefinition: 'assets_over_liabilities',
    marginCallLevel: {
      value: 'unknown',
      source: MARGIN_LIQ,
      asOf: '2024-04-04',
      note: 'Not in the archived material.',
    },
    liquidationLevel: {
      value: 'unknown',
      source: MARGIN_LIQ,
      asOf: '2024-04-04',
      note: 'Long: liquidation price = (liability + interest) * (1 + MMR) * (1 + taker fee) / position assets, i.e. assets / liabilities = (1 + MMR) * (1 + fee); the margin MMR tiers are not published in the archived material.',
    },
    maxLeverage: {
      value: 'unknown',
      source: MARGIN_LIQ,
      asOf: READ_ON,
      note: 'Not in the archived material.',
    },
    hourlyInterestRate: {
      value: 'unknown',
      source: MARGIN_LIQ,
      asOf: READ_ON,
      note: 'Not in the archived material.',
    },
  },
  insuranceFundCapacity: {
    value: 'unknown',
    source: MARGIN_LIQ,
    asOf: READ_ON,
    note: 'Not documented for spot margin.',
  },
  autoDeleveraging: {
    value: 'unknown',
    source: MARGIN_LIQ,
    asOf: READ_ON,
    note: 'Not documented for spot margin.',
  },
  socializedLoss: {
    value: 'unknown',
    source: MARGIN_LIQ,
    asOf: READ_ON,
    note: 'Not documented for spot margin.',
  },
  deficitWaterfall: {
    value: 'unknown',
    source: MARGIN_LIQ,
    asOf: READ_ON,
    note: 'Who pays a spot-margin deficit is not documented.',
  },
  userLiableForDeficit: {
    value: 'unknown',
    source: MARGIN_LIQ,
    asOf: READ_ON,
    note: 'Not documented for spot margin.',
  },
  negativeBalancePromise: { value: null, source: MARGIN_LIQ, asOf: READ_ON, note: 'None found.' },
  stopLossTypes: {
    value: 'unknown',
    source: MARGIN_LIQ,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
};
