/** Superseded: version 2, kept unchanged so results naming it reproduce.
 * Phemex USDT-M perpetuals. Written by scripts/freeze-profiles.mjs. */
import type { SafeguardProfile } from '../../profile.js';

export const phemexUsdtmV2: SafeguardProfile = {
  slug: 'phemex-usdtm',
  exchange: 'Phemex',
  product: 'USDT-M perpetuals',
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
            cap: '2000000',
            maxLeverage: '100',
            mmr: '0.005',
            imr: '0.01',
          },
        ],
        source:
          'ccxt ts/src/test/static/markets/phemex.json @3d9ca903 (GET /public/products perpProductsV2 rows; undated, newest listing 2022-12-20)',
        asOf: '2022-12-20',
        note: 'BTCUSDT: the first risk limit only (riskLimits), caps in USDT.',
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
            cap: '10000000',
            maxLeverage: '100',
            mmr: '0.005',
            imr: '0.01',
          },
        ],
        source:
          'ccxt ts/src/test/static/markets/phemex.json @3d9ca903 (GET /public/products perpProductsV2 rows; undated, newest listing 2022-12-20)',
        asOf: '2022-12-20',
        note: 'ETHUSDT: the first risk limit only (riskLimits), caps in USDT.',
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
            cap: '5600000',
            maxLeverage: '50',
            mmr: '0.01',
            imr: '0.02',
          },
        ],
        source:
          'ccxt ts/src/test/static/markets/phemex.json @3d9ca903 (GET /public/products perpProductsV2 rows; undated, newest listing 2022-12-20)',
        asOf: '2022-12-20',
        note: 'SOLUSDT: the first risk limit only (riskLimits), caps in USDT.',
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
            cap: '5600000',
            maxLeverage: '50',
            mmr: '0.01',
            imr: '0.02',
          },
        ],
        source:
          'ccxt ts/src/test/static/markets/phemex.json @3d9ca903 (GET /public/products perpProductsV2 rows; undated, newest listing 2022-12-20)',
        asOf: '2022-12-20',
        note: 'XRPUSDT: the first risk limit only (riskLimits), caps in USDT.',
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
            cap: '5600000',
            maxLeverage: '50',
            mmr: '0.01',
            imr: '0.02',
          },
        ],
        source:
          'ccxt ts/src/test/static/markets/phemex.json @3d9ca903 (GET /public/products perpProductsV2 rows; undated, newest listing 2022-12-20)',
        asOf: '2022-12-20',
        note: 'DOGEUSDT: the first risk limit only (riskLimits), caps in USDT.',
      },
    },
  ],
  contractListing: {
    value: 'partial',
    source:
      'ccxt ts/src/test/static/markets/phemex.json @3d9ca903 (GET /public/products perpProductsV2 rows; undated, newest listing 2022-12-20)',
    asOf: '2022-12-20',
    note: 'Only part of the venue’s instrument list was read: an asset missing here may still be listed.',
  },
  maintenanceBasis: {
    value: 'mark_notional',
    source: 'phemex.com/help-center/liq-price-for-USDTM',
    asOf: '2026-11-24',
    note: 'Isolated long LP = (OpenValue - assignedPosBalance - mmAmount) / (0.9994 - MMR) / size: maintenance at the liquidation price.',
  },
  closeFeeInMaintenance: {
    value: true,
    source: 'phemex.com/help-center/liq-price-for-USDTM',
    asOf: '2026-11-24',
    note: 'assignedPosBalance = OpenValue / leverage + close fee; close fee = bankruptcy value * taker fee.',
  },
  takerFeeRate: {
    value: '0.0006',
    source: 'phemex.com/help-center/liq-price-for-USDTM',
    asOf: '2026-11-24',
    note: 'Derived: the formulas divide by (0.9994 - MMR) for longs and (1.0006 + MMR) for shorts, i.e. a 0.06% taker fee.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: 'phemex.com/help-center/liq-price-for-USDTM',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: 'phemex.com/help-center/liq-price-for-USDTM',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  liquidation: {
    value: 'unknown',
    source: 'phemex.com/help-center/liq-price-for-USDTM',
    asOf: '2026-11-24',
    note: 'Cross: margin level = position equity / MM, liquidation at 100%; partial steps not described.',
  },
  liquidationLatencyMs: {
    value: 1000,
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not published. belowzero assumes one second between the mark price crossing the trigger and the fill.',
  },
  depthNotionalPerPercent: {
    value: '1000000',
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not published. belowzero assumes 1,000,000 USDT of book moves the fill 1%.',
  },
  marginCallRatio: {
    value: 'unknown',
    source: 'phemex.com/help-center/liq-price-for-USDTM',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  insuranceFundCapacity: {
    value: 'unknown',
    source: 'phemex.com/help-center/liq-price-for-USDTM',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  autoDeleveraging: {
    value: 'unknown',
    source: 'phemex.com/help-center/liq-price-for-USDTM',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  socializedLoss: {
    value: 'unknown',
    source: 'phemex.com/help-center/liq-price-for-USDTM',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  deficitWaterfall: {
    value: 'unknown',
    source: 'phemex.com/help-center/liq-price-for-USDTM',
    asOf: '2026-11-24',
    note: 'Who pays a deficit is not in the archived material.',
  },
  userLiableForDeficit: {
    value: 'unknown',
    source: 'phemex.com/help-center/liq-price-for-USDTM',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  negativeBalancePromise: {
    value: null,
    source: 'phemex.com/help-center/liq-price-for-USDTM',
    asOf: '2026-11-24',
    note: 'None found.',
  },
  stopLossTypes: {
    value: 'unknown',
    source: 'phemex.com/help-center/liq-price-for-USDTM',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
};
