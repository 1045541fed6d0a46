/** Superseded: version 3, kept unchanged so results naming it reproduce.
 * Bybit Inverse perpetuals (coin-margined). Written by scripts/freeze-profiles.mjs. */
import type { SafeguardProfile } from '../../profile.js';

export const bybitInverseV3: SafeguardProfile = {
  slug: 'bybit-inverse',
  exchange: 'Bybit',
  product: 'Inverse perpetuals (coin-margined)',
  version: 3,
  asOf: '2026-12-05',
  settlementCurrency: 'coin',
  instruments: ['inverse'],
  marginModes: ['isolated', 'cross'],
  contracts: [
    {
      asset: 'BTC',
      instrument: 'inverse',
      symbol: 'BTCUSD',
      tierRule: 'deduction',
      tiers: {
        value: [
          {
            floor: '0',
            cap: '150',
            maxLeverage: '100',
            mmr: '0.005',
            imr: '0.01',
          },
          {
            floor: '150',
            cap: '300',
            maxLeverage: '66.67',
            mmr: '0.01',
            imr: '0.015',
          },
          {
            floor: '300',
            cap: '450',
            maxLeverage: '50',
            mmr: '0.015',
            imr: '0.02',
          },
          {
            floor: '450',
            cap: '600',
            maxLeverage: '40',
            mmr: '0.02',
            imr: '0.025',
          },
          {
            floor: '600',
            cap: '750',
            maxLeverage: '33.34',
            mmr: '0.025',
            imr: '0.03',
          },
          {
            floor: '750',
            cap: '900',
            maxLeverage: '28.58',
            mmr: '0.03',
            imr: '0.035',
          },
          {
            floor: '900',
            cap: '1050',
            maxLeverage: '25',
            mmr: '0.035',
            imr: '0.04',
          },
          {
            floor: '1050',
            cap: '1200',
            maxLeverage: '22.23',
            mmr: '0.04',
            imr: '0.045',
          },
          {
            floor: '1200',
            cap: '1350',
            maxLeverage: '20',
            mmr: '0.045',
            imr: '0.05',
          },
          {
            floor: '1350',
            cap: '1500',
            maxLeverage: '18.19',
            mmr: '0.05',
            imr: '0.055',
          },
        ],
        source:
          'thrasher-corp/gocryptotrader testdata/http_mock/bybit/bybit.json @c7b3ace7 (mainnet recording): GET https://api.bybit.com/v2/public/risk-limit/list?symbol=BTCUSD',
        asOf: '2023-08-16',
        note: 'BTCUSD risk limits (10 tiers), caps in position value (coin); rates sent in percent, converted to fractions.',
      },
    },
    {
      asset: 'ETH',
      instrument: 'inverse',
      symbol: 'ETHUSD',
      tierRule: 'deduction',
      tiers: {
        value: 'unknown',
        source:
          'thrasher-corp/gocryptotrader testdata/http_mock/bybit/bybit.json @c7b3ace7 (mainnet recording): symbols listed on 2023-08-16',
        asOf: '2023-08-16',
        note: 'ETHUSD is listed, but its risk-limit table was not read.',
      },
    },
    {
      asset: 'XRP',
      instrument: 'inverse',
      symbol: 'XRPUSD',
      tierRule: 'deduction',
      tiers: {
        value: 'unknown',
        source:
          'thrasher-corp/gocryptotrader testdata/http_mock/bybit/bybit.json @c7b3ace7 (mainnet recording): symbols listed on 2023-08-16',
        asOf: '2023-08-16',
        note: 'XRPUSD is listed, but its risk-limit table was not read.',
      },
    },
  ],
  contractListing: {
    value: 'complete',
    source:
      'thrasher-corp/gocryptotrader testdata/http_mock/bybit/bybit.json @c7b3ace7 (mainnet recording): symbols listed on 2023-08-16',
    asOf: '2023-08-16',
    note: 'The venue’s whole instrument list: an asset missing here is not listed.',
  },
  maintenanceBasis: {
    value: 'mark_notional',
    source:
      'kbybit.com/en/help-center/article/Liquidation-Price-Calculation-under-Isolated-Mode-Unified-Trading-Account (2026-05-27)',
    asOf: '2026-05-27',
    note: 'LP_long = Size * (MMR + 1) / (Size/Entry + Size/Entry/Lev + Extra/(1 + TakerFee) + MM deduction): maintenance valued at the liquidation price.',
  },
  closeFeeInMaintenance: {
    value: false,
    source:
      'kbybit.com/en/help-center/article/Liquidation-Price-Calculation-under-Isolated-Mode-Unified-Trading-Account (2026-05-27)',
    asOf: '2026-05-27',
    note: 'The 2026 formula has no close-fee term in maintenance; the taker fee only scales added margin.',
  },
  takerFeeRate: {
    value: 'unknown',
    source:
      'kbybit.com/en/help-center/article/Liquidation-Price-Calculation-under-Isolated-Mode-Unified-Trading-Account (2026-05-27)',
    asOf: '2026-05-27',
    note: 'The formula uses the taker fee but the rate is not given (legacy cross examples used 0.075%).',
  },
  makerFeeRate: {
    value: 'unknown',
    source:
      'kbybit.com/en/help-center/article/Liquidation-Price-Calculation-under-Isolated-Mode-Unified-Trading-Account (2026-05-27)',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: 'bybit.com/pt-BR/help-center/bybitHC_Article/?id=000001098 (liquidation process)',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  liquidation: {
    value: {
      kind: 'partial',
    },
    source: 'bybit.com/pt-BR/help-center/bybitHC_Article/?id=000001098 (liquidation process)',
    asOf: '2026-11-24',
    note: 'Lowest risk limit: taken over at the bankruptcy price; higher risk limits are reduced to a lower tier first.',
  },
  liquidationLatencyMs: {
    value: 1000,
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not published. belowzero assumes one second between the mark price crossing the trigger and the fill.',
  },
  depthNotionalPerPercent: {
    value: '100',
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not published. belowzero assumes 100 coin of book moves the fill 1%.',
  },
  marginCallRatio: {
    value: 'unknown',
    source: 'bybit.com/pt-BR/help-center/bybitHC_Article/?id=000001098 (liquidation process)',
    asOf: '2026-11-24',
    note: 'No warning threshold in the archived material.',
  },
  insuranceFundCapacity: {
    value: '500',
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not in the archived material. belowzero assumes 500 coin available to one contract.',
  },
  autoDeleveraging: {
    value: true,
    source: 'bybit.com/pt-BR/help-center/bybitHC_Article/?id=000001098 (liquidation process)',
    asOf: '2026-11-24',
  },
  socializedLoss: {
    value: false,
    source: 'bybit.com/pt-BR/help-center/bybitHC_Article/?id=000001098 (liquidation process)',
    asOf: '2026-11-24',
    note: 'None described.',
  },
  deficitWaterfall: {
    value: ['insurance_fund', 'auto_deleveraging'],
    source: 'bybit.com/pt-BR/help-center/bybitHC_Article/?id=000001098 (liquidation process)',
    asOf: '2026-11-24',
  },
  userLiableForDeficit: {
    value: false,
    source: 'bybit.com/pt-BR/help-center/bybitHC_Article/?id=000001098 (liquidation process)',
    asOf: '2026-11-24',
    note: 'The fund and ADL cover a deficit.',
  },
  negativeBalancePromise: {
    value: null,
    source: 'bybit.com/pt-BR/help-center/bybitHC_Article/?id=000001098 (liquidation process)',
    asOf: '2026-11-24',
    note: 'None explicit.',
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
    source: 'Bybit help center: pros and cons of using LTP or Mark Price (conditional orders)',
    asOf: '2026-11-24',
    note: 'No guaranteed stop found.',
  },
};
