/** Binance USDⓈ-M futures (USDT-margined perpetuals). Source material: docs/reference/exchanges.md §1a. */
import type { SafeguardProfile } from '../profile.js';
import { withVenueContracts } from './venue-contracts.js';
import { CEX_LATENCY, READ_ON, assumed } from './provenance.js';

const TIERS_2021 =
  'binance.com/tr/support/announcement/86cf9aa472574b8cb2e05bb751c2a9a6 (leverage and margin tiers, 2021-03-18)';
const LEVERAGE_AND_MARGIN =
  'binance.com/en/support/articles/360033162192 (Leverage and Margin of USDⓈ-M Futures)';
const INSURANCE_FUND = 'binance.com/en/support/articles/360033525371-Insurance-Fund';
const ADL = 'binance.com/en/support/faq/360033525471 (Auto-Deleveraging)';
const MARGIN_RATIO_FAQ =
  'binance.com/en/support/faq/25edcd7fe0e544839d0847b8cbb2e400 (margin ratio and stop-loss)';

export const binanceUsdm: SafeguardProfile = {
  slug: 'binance-usdm',
  exchange: 'Binance',
  product: 'USDⓈ-M futures (USDT-margined perpetuals)',
  version: 3,
  asOf: '2026-12-05',
  settlementCurrency: 'USDT',
  instruments: ['linear'],
  marginModes: ['isolated', 'cross'],
  ...withVenueContracts('binance-usdm', [
    {
      asset: 'BTC',
      instrument: 'linear',
      tierRule: 'deduction',
      tiers: {
        value: [
          { floor: '0', cap: '50000', maxLeverage: '125', mmr: '0.004' },
          { floor: '50000', cap: '250000', maxLeverage: '100', mmr: '0.005' },
          { floor: '250000', cap: '1000000', maxLeverage: '50', mmr: '0.01' },
          { floor: '1000000', cap: '10000000', maxLeverage: '20', mmr: '0.025' },
          { floor: '10000000', cap: '20000000', maxLeverage: '10', mmr: '0.05' },
          { floor: '20000000', cap: '50000000', maxLeverage: '5', mmr: '0.1' },
          { floor: '50000000', cap: '100000000', maxLeverage: '4', mmr: '0.125' },
          { floor: '100000000', cap: '200000000', maxLeverage: '3', mmr: '0.15' },
          { floor: '200000000', cap: '300000000', maxLeverage: '2', mmr: '0.25' },
          { floor: '300000000', cap: '500000000', maxLeverage: '1', mmr: '0.5' },
        ],
        source: TIERS_2021,
        asOf: '2021-03-18',
        note: 'BTCUSDT 125x table of 2021-03-18, the latest full BTCUSDT table in the archived material; Binance has changed its tiers since and the current table was not in it. The table ends at 500,000,000 USDT. Maintenance amounts come from the official formula cum_n = floor_n * (MMR_n - MMR_n-1) + cum_n-1 (Level 3 = 1,300 USDT, as published).',
      },
    },
    {
      asset: 'ETH',
      instrument: 'linear',
      tierRule: 'deduction',
      tiers: {
        value: 'unknown',
        source: LEVERAGE_AND_MARGIN,
        asOf: READ_ON,
        note: 'ETHUSDT brackets are not in the archived material.',
      },
    },
    ...['XEM', 'COTI'].map((asset) => ({
      asset,
      instrument: 'linear' as const,
      tierRule: 'deduction' as const,
      tiers: {
        value: [
          { floor: '0', cap: '5000', maxLeverage: '50', mmr: '0.01' },
          { floor: '5000', cap: '25000', maxLeverage: '20', mmr: '0.025' },
          { floor: '25000', cap: '100000', maxLeverage: '10', mmr: '0.05' },
          { floor: '100000', cap: '250000', maxLeverage: '5', mmr: '0.1' },
          { floor: '250000', cap: '1000000', maxLeverage: '2', mmr: '0.125' },
          { floor: '1000000', cap: null, maxLeverage: '1', mmr: '0.5' },
        ],
        source: TIERS_2021,
        asOf: '2021-03-18',
        note: 'The 50x table of the same announcement (XEM, COTI and other listed contracts); historical.',
      },
    })),
  ]),
  maintenanceBasis: {
    value: 'mark_notional',
    source: LEVERAGE_AND_MARGIN,
    asOf: '2020-06-24',
    note: 'MM = position notional * MMR - maintenance amount, at the mark price; liquidation when margin ratio = MM / margin balance reaches 100%.',
  },
  closeFeeInMaintenance: {
    value: false,
    source: LEVERAGE_AND_MARGIN,
    asOf: '2020-06-24',
    note: 'The published maintenance formula has no fee term.',
  },
  liquidationResidual: {
    value: 'to_venue',
    source:
      'docs.traderwagon.com/faq/futures-trading-introduction/liquidation-protocol (Binance-derived text)',
    asOf: READ_ON,
    note: 'If still deficient after the IOC orders, the position is closed at the bankruptcy price and the insurance fund takes it over: the margin left is kept (Binance calls it the insurance clearance fee).',
  },
  takerFeeRate: {
    value: 'unknown',
    source: LEVERAGE_AND_MARGIN,
    asOf: READ_ON,
    note: 'The fee schedule is not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: LEVERAGE_AND_MARGIN,
    asOf: READ_ON,
    note: 'The fee schedule is not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: INSURANCE_FUND,
    asOf: '2019-09-09',
    note: 'The liquidation ("insurance clearance") fee rate is cut off in the archived copy.',
  },
  liquidation: {
    value: { kind: 'partial' },
    source:
      'docs.traderwagon.com/faq/futures-trading-introduction/liquidation-protocol (Binance-derived text)',
    asOf: READ_ON,
    note: 'Open orders are cancelled, then IOC orders try to reduce the position to a lower bracket; if still deficient the position is closed at the bankruptcy price and the insurance fund takes it over.',
  },
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '10000000',
    'Not published. belowzero assumes 10,000,000 USDT of book moves the fill 1%.',
  ),
  marginCallRatio: {
    value: 'unknown',
    source: MARGIN_RATIO_FAQ,
    asOf: READ_ON,
    note: 'No warning threshold is given; liquidation is at a margin ratio of 100%.',
  },
  insuranceFundCapacity: assumed(
    '100000000',
    'The fund size is published live but not in the archived material; BTCUSDT and ETHUSDT have their own funds. belowzero assumes 100,000,000 USDT available to one contract.',
  ),
  autoDeleveraging: {
    value: true,
    source: ADL,
    asOf: '2019-09-09',
    note: 'Final step when the insurance fund cannot take the position; closed at the bankruptcy price of the liquidated order.',
  },
  socializedLoss: {
    value: false,
    source: ADL,
    asOf: '2019-09-09',
    note: 'No socialized loss is described; ADL is the last step.',
  },
  deficitWaterfall: {
    value: ['insurance_fund', 'auto_deleveraging'],
    source: `${INSURANCE_FUND}; ${ADL}`,
    asOf: '2019-09-09',
    note: "From 2021-03-02 no ADL on BTCUSDT/ETHUSDT (and some others) while total open interest is at most 4 billion USDT; losses paid from each contract's fund (announcement 8ca05ebf2dcd4e2cbf5a7d2a313ab492).",
  },
  userLiableForDeficit: {
    value: false,
    source: INSURANCE_FUND,
    asOf: '2019-09-09',
    note: 'The insurance fund covers "losses when the client accounts go below 0 in value".',
  },
  negativeBalancePromise: {
    value: null,
    source: INSURANCE_FUND,
    asOf: '2019-09-09',
    note: 'No explicit promise; the fund is described as covering "losses when the client accounts go below 0 in value".',
  },
  stopLossTypes: {
    value: [{ type: 'market' }, { type: 'limit' }],
    source: MARGIN_RATIO_FAQ,
    asOf: READ_ON,
    note: 'Stop-loss is a conditional market or limit order placed after the stop price; no guaranteed stop found.',
  },
};
