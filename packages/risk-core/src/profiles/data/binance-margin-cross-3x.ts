/** Binance spot margin, Cross Margin 3x (classic). Source material: docs/reference/exchanges.md §1c. */
import type { SafeguardProfile } from '../profile.js';
import { CEX_LATENCY, READ_ON, assumed } from './provenance.js';

const RISK_CONTROL =
  'binance.com/en-TR/support/faq/binance-margin-level-and-risk-control-360030493931';
const NOT_APPLICABLE =
  'Not applicable to spot margin: the margin level (assets / liabilities) governs liquidation.';

export const binanceMarginCross3x: SafeguardProfile = {
  slug: 'binance-margin-cross-3x',
  exchange: 'Binance',
  product: 'Spot margin, cross 3x',
  version: 1,
  asOf: READ_ON,
  settlementCurrency: 'USDT',
  instruments: ['spot_margin'],
  marginModes: ['cross'],
  contracts: [],
  maintenanceBasis: { value: 'unknown', source: RISK_CONTROL, asOf: READ_ON, note: NOT_APPLICABLE },
  closeFeeInMaintenance: {
    value: 'unknown',
    source: RISK_CONTROL,
    asOf: READ_ON,
    note: NOT_APPLICABLE,
  },
  takerFeeRate: {
    value: 'unknown',
    source: RISK_CONTROL,
    asOf: READ_ON,
    note: 'The fee schedule is not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: RISK_CONTROL,
    asOf: READ_ON,
    note: 'The fee schedule is not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: RISK_CONTROL,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  liquidation: {
    value: { kind: 'full' },
    source: `${RISK_CONTROL} (legacy 2019 text)`,
    asOf: READ_ON,
    note: 'At margin level <= 1.1 "all your assets will be liquidated to pay back the interest and loan".',
  },
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '10000000',
    'Not published. belowzero assumes 10,000,000 USDT of book moves the fill 1%.',
  ),
  marginCallRatio: {
    value: 'unknown',
    source: RISK_CONTROL,
    asOf: READ_ON,
    note: 'See spotMargin.marginCallLevel.',
  },
  spotMargin: {
    levelDefinition: 'assets_over_liabilities',
    marginCallLevel: {
      value: '1.3',
      source: RISK_CONTROL,
      asOf: READ_ON,
      note: 'Cross 3x: margin call at 1.1 < margin level <= 1.3; notification repeated every 24 h (legacy text).',
    },
    liquidationLevel: {
      value: '1.1',
      source: RISK_CONTROL,
      asOf: READ_ON,
      note: 'Margin level = total asset value / (total liabilities + outstanding interest).',
    },
    maxLeverage: { value: '3', source: RISK_CONTROL, asOf: READ_ON, note: 'Cross Margin 3x.' },
    hourlyInterestRate: {
      value: 'unknown',
      source: RISK_CONTROL,
      asOf: READ_ON,
      note: 'Interest accrues hourly; the rates are not in the archived material.',
    },
  },
  insuranceFundCapacity: {
    value: 'unknown',
    source: RISK_CONTROL,
    asOf: READ_ON,
    note: 'A margin insurance fund is not documented in the archived copies.',
  },
  autoDeleveraging: {
    value: 'unknown',
    source: RISK_CONTROL,
    asOf: READ_ON,
    note: 'Not documented for spot margin.',
  },
  socializedLoss: {
    value: 'unknown',
    source: RISK_CONTROL,
    asOf: READ_ON,
    note: 'Not documented for spot margin.',
  },
  deficitWaterfall: {
    value: 'unknown',
    source: RISK_CONTROL,
    asOf: READ_ON,
    note: 'Who pays a spot-margin deficit is not documented in the archived copies.',
  },
  userLiableForDeficit: {
    value: 'unknown',
    source: RISK_CONTROL,
    asOf: READ_ON,
    note: 'No negative-balance text found; whether a deficit is ever pursued is not documented.',
  },
  negativeBalancePromise: { value: null, source: RISK_CONTROL, asOf: READ_ON, note: 'None found.' },
  stopLossTypes: {
    value: 'unknown',
    source: RISK_CONTROL,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
};
