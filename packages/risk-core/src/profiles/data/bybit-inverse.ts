/** Bybit inverse perpetuals (coin-margined). Source material: docs/reference/exchanges.md §2.
 * Version 2: the 2026-05-27 isolated formula values maintenance at the liquidation (mark)
 * price; version 1 (history/bybit-inverse-v1.ts) is the 2024-09-10 formula on entry value. */
import type { SafeguardProfile } from '../profile.js';
import { withVenueContracts } from './venue-contracts.js';
import { CEX_LATENCY, READ_ON, assumed } from './provenance.js';

const UTA_ISOLATED_2026 =
  'kbybit.com/en/help-center/article/Liquidation-Price-Calculation-under-Isolated-Mode-Unified-Trading-Account (2026-05-27)';
const RISK_LIMIT_INVERSE = 'bybit.com/ar-SA/help-center/article/Risk-Limit-Inverse-Contract';
const LIQUIDATION_PROCESS =
  'bybit.com/pt-BR/help-center/bybitHC_Article/?id=000001098 (liquidation process)';

export const bybitInverse: SafeguardProfile = {
  slug: 'bybit-inverse',
  exchange: 'Bybit',
  product: 'Inverse perpetuals (coin-margined)',
  version: 4,
  asOf: '2026-12-05',
  settlementCurrency: 'coin',
  instruments: ['inverse'],
  marginModes: ['isolated', 'cross'],
  ...withVenueContracts('bybit-inverse', [
    {
      asset: 'BTC',
      instrument: 'inverse',
      tierRule: 'deduction',
      tiers: {
        value: [{ floor: '0', cap: null, maxLeverage: '10', mmr: '0.005' }],
        source: RISK_LIMIT_INVERSE,
        asOf: READ_ON,
        assumption: true,
        note: "Published: base MMR 0.5% for BTC, rising with the risk-limit tier. The tier sizes and the base maximum leverage are not in the archived material: belowzero applies the base rate to every size (understating maintenance for large positions) and allows the 10x of Bybit's inverse worked example (60,000 USD BTCUSD at 50,000), not Bybit's real maximum.",
      },
    },
    {
      asset: 'ETH',
      instrument: 'inverse',
      tierRule: 'deduction',
      tiers: {
        value: 'unknown',
        source: RISK_LIMIT_INVERSE,
        asOf: READ_ON,
        note: 'Base MMR 1% for ETH is published, but no leverage for it; no table is given.',
      },
    },
  ]),
  maintenanceBasis: {
    value: 'mark_notional',
    source: UTA_ISOLATED_2026,
    asOf: '2026-05-27',
    note: 'LP_long = Size * (MMR + 1) / (Size/Entry + Size/Entry/Lev + Extra/(1 + TakerFee) + MM deduction): maintenance valued at the liquidation price.',
  },
  closeFeeInMaintenance: {
    value: false,
    source: UTA_ISOLATED_2026,
    asOf: '2026-05-27',
    note: 'The 2026 formula has no close-fee term in maintenance; the taker fee only scales added margin.',
  },
  bankruptcyPrice: {
    value: 'includes_close_fee',
    source:
      'help.bybit.com/hc/en-us/articles/360039261334 (How to calculate Liquidation Price, Inverse Contract)',
    asOf: READ_ON,
    note: 'Cross example: Bankruptcy Price = 1.00075 x Quantity / (Quantity / Average Entry Price + (Account Balance - Order Margin)) = 5,718.57: the 0.075% taker fee to close is inside it.',
  },
  liquidationResidual: {
    value: 'to_venue',
    source: LIQUIDATION_PROCESS,
    asOf: READ_ON,
    note: 'Lowest risk limit: the position is taken over at the bankruptcy price; a fill better than it goes to the insurance fund, so the margin left is not returned.',
  },
  takerFeeRate: {
    value: 'unknown',
    source: UTA_ISOLATED_2026,
    asOf: '2026-05-27',
    note: 'The formula uses the taker fee but the rate is not given (legacy cross examples used 0.075%).',
  },
  makerFeeRate: {
    value: 'unknown',
    source: UTA_ISOLATED_2026,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: LIQUIDATION_PROCESS,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  liquidation: {
    value: { kind: 'partial' },
    source: LIQUIDATION_PROCESS,
    asOf: READ_ON,
    note: 'Lowest risk limit: taken over at the bankruptcy price; higher risk limits are reduced to a lower tier first.',
  },
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '100',
    'Not published. belowzero assumes 100 coin of book moves the fill 1%.',
  ),
  marginCallRatio: {
    value: 'unknown',
    source: LIQUIDATION_PROCESS,
    asOf: READ_ON,
    note: 'No warning threshold in the archived material.',
  },
  insuranceFundCapacity: assumed(
    '500',
    'Not in the archived material. belowzero assumes 500 coin available to one contract.',
  ),
  autoDeleveraging: { value: true, source: LIQUIDATION_PROCESS, asOf: READ_ON },
  socializedLoss: {
    value: false,
    source: LIQUIDATION_PROCESS,
    asOf: READ_ON,
    note: 'None described.',
  },
  deficitWaterfall: {
    value: ['insurance_fund', 'auto_deleveraging'],
    source: LIQUIDATION_PROCESS,
    asOf: READ_ON,
  },
  userLiableForDeficit: {
    value: false,
    source: LIQUIDATION_PROCESS,
    asOf: READ_ON,
    note: 'The fund and ADL cover a deficit.',
  },
  negativeBalancePromise: {
    value: null,
    source: LIQUIDATION_PROCESS,
    asOf: READ_ON,
    note: 'None explicit.',
  },
  stopLossTypes: {
    value: [{ type: 'market' }, { type: 'limit' }],
    source: 'Bybit help center: pros and cons of using LTP or Mark Price (conditional orders)',
    asOf: READ_ON,
    note: 'No guaranteed stop found.',
  },
};
