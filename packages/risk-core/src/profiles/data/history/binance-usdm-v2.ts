/** Superseded: version 2, kept unchanged so results naming it reproduce.
 * Binance USDⓈ-M futures (USDT-margined perpetuals). Written by scripts/freeze-profiles.mjs. */
import type { SafeguardProfile } from '../../profile.js';

export const binanceUsdmV2: SafeguardProfile = {
  slug: 'binance-usdm',
  exchange: 'Binance',
  product: 'USDⓈ-M futures (USDT-margined perpetuals)',
  version: 2,
  asOf: '2026-12-05',
  settlementCurrency: 'USDT',
  instruments: ['linear'],
  marginModes: ['isolated', 'cross'],
  contracts: [
    {
      asset: 'BTC',
      instrument: 'linear',
      symbol: 'BTCUSDT',
      tierRule: 'deduction',
      tiers: {
        value: [
          {
            floor: '0',
            cap: '300000',
            maxLeverage: '150',
            mmr: '0.004',
          },
          {
            floor: '300000',
            cap: '800000',
            maxLeverage: '100',
            mmr: '0.005',
          },
          {
            floor: '800000',
            cap: '3000000',
            maxLeverage: '75',
            mmr: '0.0065',
          },
          {
            floor: '3000000',
            cap: '12000000',
            maxLeverage: '50',
            mmr: '0.01',
          },
          {
            floor: '12000000',
            cap: '70000000',
            maxLeverage: '25',
            mmr: '0.02',
          },
          {
            floor: '70000000',
            cap: '100000000',
            maxLeverage: '20',
            mmr: '0.025',
          },
          {
            floor: '100000000',
            cap: '230000000',
            maxLeverage: '10',
            mmr: '0.05',
          },
          {
            floor: '230000000',
            cap: '480000000',
            maxLeverage: '5',
            mmr: '0.1',
          },
          {
            floor: '480000000',
            cap: '600000000',
            maxLeverage: '4',
            mmr: '0.125',
          },
          {
            floor: '600000000',
            cap: '800000000',
            maxLeverage: '3',
            mmr: '0.15',
          },
          {
            floor: '800000000',
            cap: '1200000000',
            maxLeverage: '2',
            mmr: '0.25',
          },
          {
            floor: '1200000000',
            cap: '1800000000',
            maxLeverage: '1',
            mmr: '0.5',
          },
        ],
        source:
          'freqtrade/freqtrade binance_leverage_tiers.json (weekly recording of GET /fapi/v1/leverageBracket; fork xrunmasterx/freqtrade @837a95b8)',
        asOf: '2026-07-02',
        note: 'BTCUSDT leverage brackets (12), notional in USDT; the published maintenance amounts (cum) equal the derived ones.',
      },
    },
    {
      asset: 'ETH',
      instrument: 'linear',
      symbol: 'ETHUSDT',
      tierRule: 'deduction',
      tiers: {
        value: [
          {
            floor: '0',
            cap: '300000',
            maxLeverage: '150',
            mmr: '0.004',
          },
          {
            floor: '300000',
            cap: '800000',
            maxLeverage: '100',
            mmr: '0.005',
          },
          {
            floor: '800000',
            cap: '3000000',
            maxLeverage: '75',
            mmr: '0.0065',
          },
          {
            floor: '3000000',
            cap: '12000000',
            maxLeverage: '50',
            mmr: '0.01',
          },
          {
            floor: '12000000',
            cap: '50000000',
            maxLeverage: '25',
            mmr: '0.02',
          },
          {
            floor: '50000000',
            cap: '65000000',
            maxLeverage: '20',
            mmr: '0.025',
          },
          {
            floor: '65000000',
            cap: '150000000',
            maxLeverage: '10',
            mmr: '0.05',
          },
          {
            floor: '150000000',
            cap: '320000000',
            maxLeverage: '5',
            mmr: '0.1',
          },
          {
            floor: '320000000',
            cap: '400000000',
            maxLeverage: '4',
            mmr: '0.125',
          },
          {
            floor: '400000000',
            cap: '530000000',
            maxLeverage: '3',
            mmr: '0.15',
          },
          {
            floor: '530000000',
            cap: '800000000',
            maxLeverage: '2',
            mmr: '0.25',
          },
          {
            floor: '800000000',
            cap: '1200000000',
            maxLeverage: '1',
            mmr: '0.5',
          },
        ],
        source:
          'freqtrade/freqtrade binance_leverage_tiers.json (weekly recording of GET /fapi/v1/leverageBracket; fork xrunmasterx/freqtrade @837a95b8)',
        asOf: '2026-07-02',
        note: 'ETHUSDT leverage brackets (12), notional in USDT; the published maintenance amounts (cum) equal the derived ones.',
      },
    },
    {
      asset: 'SOL',
      instrument: 'linear',
      symbol: 'SOLUSDT',
      tierRule: 'deduction',
      tiers: {
        value: [
          {
            floor: '0',
            cap: '50000',
            maxLeverage: '100',
            mmr: '0.005',
          },
          {
            floor: '50000',
            cap: '400000',
            maxLeverage: '75',
            mmr: '0.0065',
          },
          {
            floor: '400000',
            cap: '1000000',
            maxLeverage: '50',
            mmr: '0.01',
          },
          {
            floor: '1000000',
            cap: '4000000',
            maxLeverage: '25',
            mmr: '0.02',
          },
          {
            floor: '4000000',
            cap: '8000000',
            maxLeverage: '20',
            mmr: '0.025',
          },
          {
            floor: '8000000',
            cap: '40000000',
            maxLeverage: '10',
            mmr: '0.05',
          },
          {
            floor: '40000000',
            cap: '80000000',
            maxLeverage: '5',
            mmr: '0.1',
          },
          {
            floor: '80000000',
            cap: '100000000',
            maxLeverage: '4',
            mmr: '0.125',
          },
          {
            floor: '100000000',
            cap: '200000000',
            maxLeverage: '2',
            mmr: '0.25',
          },
          {
            floor: '200000000',
            cap: '400000000',
            maxLeverage: '1',
            mmr: '0.5',
          },
        ],
        source:
          'freqtrade/freqtrade binance_leverage_tiers.json (weekly recording of GET /fapi/v1/leverageBracket; fork xrunmasterx/freqtrade @837a95b8)',
        asOf: '2026-07-02',
        note: 'SOLUSDT leverage brackets (10), notional in USDT; the published maintenance amounts (cum) equal the derived ones.',
      },
    },
    {
      asset: 'XRP',
      instrument: 'linear',
      symbol: 'XRPUSDT',
      tierRule: 'deduction',
      tiers: {
        value: [
          {
            floor: '0',
            cap: '40000',
            maxLeverage: '100',
            mmr: '0.005',
          },
          {
            floor: '40000',
            cap: '80000',
            maxLeverage: '75',
            mmr: '0.006',
          },
          {
            floor: '80000',
            cap: '150000',
            maxLeverage: '50',
            mmr: '0.01',
          },
          {
            floor: '150000',
            cap: '400000',
            maxLeverage: '40',
            mmr: '0.0125',
          },
          {
            floor: '400000',
            cap: '1000000',
            maxLeverage: '25',
            mmr: '0.02',
          },
          {
            floor: '1000000',
            cap: '2000000',
            maxLeverage: '20',
            mmr: '0.025',
          },
          {
            floor: '2000000',
            cap: '10000000',
            maxLeverage: '10',
            mmr: '0.05',
          },
          {
            floor: '10000000',
            cap: '20000000',
            maxLeverage: '5',
            mmr: '0.1',
          },
          {
            floor: '20000000',
            cap: '25000000',
            maxLeverage: '4',
            mmr: '0.125',
          },
          {
            floor: '25000000',
            cap: '50000000',
            maxLeverage: '2',
            mmr: '0.25',
          },
          {
            floor: '50000000',
            cap: '100000000',
            maxLeverage: '1',
            mmr: '0.5',
          },
        ],
        source:
          'freqtrade/freqtrade binance_leverage_tiers.json (weekly recording of GET /fapi/v1/leverageBracket; fork xrunmasterx/freqtrade @837a95b8)',
        asOf: '2026-07-02',
        note: 'XRPUSDT leverage brackets (11), notional in USDT; the published maintenance amounts (cum) equal the derived ones.',
      },
    },
    {
      asset: 'DOGE',
      instrument: 'linear',
      symbol: 'DOGEUSDT',
      tierRule: 'deduction',
      tiers: {
        value: [
          {
            floor: '0',
            cap: '80000',
            maxLeverage: '75',
            mmr: '0.0065',
          },
          {
            floor: '80000',
            cap: '150000',
            maxLeverage: '50',
            mmr: '0.01',
          },
          {
            floor: '150000',
            cap: '750000',
            maxLeverage: '40',
            mmr: '0.0125',
          },
          {
            floor: '750000',
            cap: '2000000',
            maxLeverage: '25',
            mmr: '0.02',
          },
          {
            floor: '2000000',
            cap: '4000000',
            maxLeverage: '20',
            mmr: '0.025',
          },
          {
            floor: '4000000',
            cap: '20000000',
            maxLeverage: '10',
            mmr: '0.05',
          },
          {
            floor: '20000000',
            cap: '40000000',
            maxLeverage: '5',
            mmr: '0.1',
          },
          {
            floor: '40000000',
            cap: '50000000',
            maxLeverage: '4',
            mmr: '0.125',
          },
          {
            floor: '50000000',
            cap: '100000000',
            maxLeverage: '2',
            mmr: '0.25',
          },
          {
            floor: '100000000',
            cap: '200000000',
            maxLeverage: '1',
            mmr: '0.5',
          },
        ],
        source:
          'freqtrade/freqtrade binance_leverage_tiers.json (weekly recording of GET /fapi/v1/leverageBracket; fork xrunmasterx/freqtrade @837a95b8)',
        asOf: '2026-07-02',
        note: 'DOGEUSDT leverage brackets (10), notional in USDT; the published maintenance amounts (cum) equal the derived ones.',
      },
    },
    {
      asset: 'BNB',
      instrument: 'linear',
      symbol: 'BNBUSDT',
      tierRule: 'deduction',
      tiers: {
        value: [
          {
            floor: '0',
            cap: '10000',
            maxLeverage: '75',
            mmr: '0.005',
          },
          {
            floor: '10000',
            cap: '200000',
            maxLeverage: '50',
            mmr: '0.006',
          },
          {
            floor: '200000',
            cap: '400000',
            maxLeverage: '40',
            mmr: '0.01',
          },
          {
            floor: '400000',
            cap: '1500000',
            maxLeverage: '25',
            mmr: '0.02',
          },
          {
            floor: '1500000',
            cap: '3000000',
            maxLeverage: '20',
            mmr: '0.025',
          },
          {
            floor: '3000000',
            cap: '15000000',
            maxLeverage: '10',
            mmr: '0.05',
          },
          {
            floor: '15000000',
            cap: '30000000',
            maxLeverage: '5',
            mmr: '0.1',
          },
          {
            floor: '30000000',
            cap: '37500000',
            maxLeverage: '4',
            mmr: '0.125',
          },
          {
            floor: '37500000',
            cap: '75000000',
            maxLeverage: '2',
            mmr: '0.25',
          },
          {
            floor: '75000000',
            cap: '150000000',
            maxLeverage: '1',
            mmr: '0.5',
          },
        ],
        source:
          'freqtrade/freqtrade binance_leverage_tiers.json (weekly recording of GET /fapi/v1/leverageBracket; fork xrunmasterx/freqtrade @837a95b8)',
        asOf: '2026-07-02',
        note: 'BNBUSDT leverage brackets (10), notional in USDT; the published maintenance amounts (cum) equal the derived ones.',
      },
    },
    {
      asset: 'XEM',
      instrument: 'linear',
      tierRule: 'deduction',
      tiers: {
        value: [
          {
            floor: '0',
            cap: '5000',
            maxLeverage: '50',
            mmr: '0.01',
          },
          {
            floor: '5000',
            cap: '25000',
            maxLeverage: '20',
            mmr: '0.025',
          },
          {
            floor: '25000',
            cap: '100000',
            maxLeverage: '10',
            mmr: '0.05',
          },
          {
            floor: '100000',
            cap: '250000',
            maxLeverage: '5',
            mmr: '0.1',
          },
          {
            floor: '250000',
            cap: '1000000',
            maxLeverage: '2',
            mmr: '0.125',
          },
          {
            floor: '1000000',
            cap: null,
            maxLeverage: '1',
            mmr: '0.5',
          },
        ],
        source:
          'binance.com/tr/support/announcement/86cf9aa472574b8cb2e05bb751c2a9a6 (leverage and margin tiers, 2021-03-18)',
        asOf: '2021-03-18',
        note: 'The 50x table of the same announcement (XEM, COTI and other listed contracts); historical.',
      },
    },
    {
      asset: 'COTI',
      instrument: 'linear',
      tierRule: 'deduction',
      tiers: {
        value: [
          {
            floor: '0',
            cap: '5000',
            maxLeverage: '50',
            mmr: '0.01',
          },
          {
            floor: '5000',
            cap: '25000',
            maxLeverage: '20',
            mmr: '0.025',
          },
          {
            floor: '25000',
            cap: '100000',
            maxLeverage: '10',
            mmr: '0.05',
          },
          {
            floor: '100000',
            cap: '250000',
            maxLeverage: '5',
            mmr: '0.1',
          },
          {
            floor: '250000',
            cap: '1000000',
            maxLeverage: '2',
            mmr: '0.125',
          },
          {
            floor: '1000000',
            cap: null,
            maxLeverage: '1',
            mmr: '0.5',
          },
        ],
        source:
          'binance.com/tr/support/announcement/86cf9aa472574b8cb2e05bb751c2a9a6 (leverage and margin tiers, 2021-03-18)',
        asOf: '2021-03-18',
        note: 'The 50x table of the same announcement (XEM, COTI and other listed contracts); historical.',
      },
    },
  ],
  contractListing: {
    value: 'partial',
    source:
      'freqtrade/freqtrade binance_leverage_tiers.json (weekly recording of GET /fapi/v1/leverageBracket; fork xrunmasterx/freqtrade @837a95b8)',
    asOf: '2026-07-02',
    note: 'Only part of the venue’s instrument list was read: an asset missing here may still be listed.',
  },
  maintenanceBasis: {
    value: 'mark_notional',
    source: 'binance.com/en/support/articles/360033162192 (Leverage and Margin of USDⓈ-M Futures)',
    asOf: '2020-06-24',
    note: 'MM = position notional * MMR - maintenance amount, at the mark price; liquidation when margin ratio = MM / margin balance reaches 100%.',
  },
  closeFeeInMaintenance: {
    value: false,
    source: 'binance.com/en/support/articles/360033162192 (Leverage and Margin of USDⓈ-M Futures)',
    asOf: '2020-06-24',
    note: 'The published maintenance formula has no fee term.',
  },
  takerFeeRate: {
    value: 'unknown',
    source: 'binance.com/en/support/articles/360033162192 (Leverage and Margin of USDⓈ-M Futures)',
    asOf: '2026-11-24',
    note: 'The fee schedule is not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: 'binance.com/en/support/articles/360033162192 (Leverage and Margin of USDⓈ-M Futures)',
    asOf: '2026-11-24',
    note: 'The fee schedule is not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: 'binance.com/en/support/articles/360033525371-Insurance-Fund',
    asOf: '2019-09-09',
    note: 'The liquidation ("insurance clearance") fee rate is cut off in the archived copy.',
  },
  liquidation: {
    value: {
      kind: 'partial',
    },
    source:
      'docs.traderwagon.com/faq/futures-trading-introduction/liquidation-protocol (Binance-derived text)',
    asOf: '2026-11-24',
    note: 'Open orders are cancelled, then IOC orders try to reduce the position to a lower bracket; if still deficient the position is closed at the bankruptcy price and the insurance fund takes it over.',
  },
  liquidationLatencyMs: {
    value: 1000,
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not published. belowzero assumes one second between the mark price crossing the trigger and the fill.',
  },
  depthNotionalPerPercent: {
    value: '10000000',
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not published. belowzero assumes 10,000,000 USDT of book moves the fill 1%.',
  },
  marginCallRatio: {
    value: 'unknown',
    source:
      'binance.com/en/support/faq/25edcd7fe0e544839d0847b8cbb2e400 (margin ratio and stop-loss)',
    asOf: '2026-11-24',
    note: 'No warning threshold is given; liquidation is at a margin ratio of 100%.',
  },
  insuranceFundCapacity: {
    value: '100000000',
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'The fund size is published live but not in the archived material; BTCUSDT and ETHUSDT have their own funds. belowzero assumes 100,000,000 USDT available to one contract.',
  },
  autoDeleveraging: {
    value: true,
    source: 'binance.com/en/support/faq/360033525471 (Auto-Deleveraging)',
    asOf: '2019-09-09',
    note: 'Final step when the insurance fund cannot take the position; closed at the bankruptcy price of the liquidated order.',
  },
  socializedLoss: {
    value: false,
    source: 'binance.com/en/support/faq/360033525471 (Auto-Deleveraging)',
    asOf: '2019-09-09',
    note: 'No socialized loss is described; ADL is the last step.',
  },
  deficitWaterfall: {
    value: ['insurance_fund', 'auto_deleveraging'],
    source:
      'binance.com/en/support/articles/360033525371-Insurance-Fund; binance.com/en/support/faq/360033525471 (Auto-Deleveraging)',
    asOf: '2019-09-09',
    note: "From 2021-03-02 no ADL on BTCUSDT/ETHUSDT (and some others) while total open interest is at most 4 billion USDT; losses paid from each contract's fund (announcement 8ca05ebf2dcd4e2cbf5a7d2a313ab492).",
  },
  userLiableForDeficit: {
    value: false,
    source: 'binance.com/en/support/articles/360033525371-Insurance-Fund',
    asOf: '2019-09-09',
    note: 'The insurance fund covers "losses when the client accounts go below 0 in value".',
  },
  negativeBalancePromise: {
    value: null,
    source: 'binance.com/en/support/articles/360033525371-Insurance-Fund',
    asOf: '2019-09-09',
    note: 'No explicit promise; the fund is described as covering "losses when the client accounts go below 0 in value".',
  },
  stopLossTypes: {
    value: [
      {
        type: 'market',
      },
      {
        type: 'limit',
      },
    ],
    source:
      'binance.com/en/support/faq/25edcd7fe0e544839d0847b8cbb2e400 (margin ratio and stop-loss)',
    asOf: '2026-11-24',
    note: 'Stop-loss is a conditional market or limit order placed after the stop price; no guaranteed stop found.',
  },
};
