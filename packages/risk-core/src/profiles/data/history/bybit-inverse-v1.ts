/** SUPERSEDED by ../bybit-inverse.ts (version 2). Frozen: never edit, so results computed
 * with version 1 stay reproducible. Version 1 = the 2024-09-10 isolated formula, which values
 * maintenance on the entry position value: MM = PV * MMR - deduction, PV = Qty / Entry. */
import type { SafeguardProfile } from '../../profile.js';

const UTA_ISOLATED_2024 =
  'bybit.nl/en/help-center/article/Liquidation-Price-Calculation-under-Isolated-Mode-Unified-Trading-Account (2024-09-10)';
const RISK_LIMIT_INVERSE = 'bybit.com/ar-SA/help-center/article/Risk-Limit-Inverse-Contract';
const LIQUIDATION_PROCESS =
  'bybit.com/pt-BR/help-center/bybitHC_Article/?id=000001098 (liquidation process)';

export const bybitInverseV1: SafeguardProfile = {
  slug: 'bybit-inverse',
  exchange: 'Bybit',
  product: 'Inverse perpetuals (coin-margined)',
  version: 1,
  asOf: '2024-09-10',
  settlementCurrency: 'coin',
  instruments: ['inverse'],
  marginModes: ['isolated', 'cross'],
  contracts: [
    {
      asset: 'BTC',
      instrument: 'inverse',
      tierRule: 'deduction',
      tiers: {
        value: [{ floor: '0', cap: null, maxLeverage: '10', mmr: '0.005' }],
        source: RISK_LIMIT_INVERSE,
        asOf: '2026-11-24',
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
        asOf: '2026-11-24',
        note: 'Base MMR 1% for ETH is published, but no leverage for it; no table is given.',
      },
    },
  ],
  maintenanceBasis: {
    value: 'entry_notional',
    source: UTA_ISOLATED_2024,
    asOf: '2024-09-10',
    note: 'LP_long = Qty / [PV + (IM - MM)], LP_short = Qty / [PV - (IM - MM)]; PV = Qty / Entry, IM = PV / Lev, MM = PV * MMR - deduction: maintenance on the entry value.',
  },
  closeFeeInMaintenance: {
    value: false,
    source: UTA_ISOLATED_2024,
    asOf: '2024-09-10',
    note: 'The 2024 formula has no fee term.',
  },
  takerFeeRate: {
    value: 'unknown',
    source: UTA_ISOLATED_2024,
    asOf: '2024-09-10',
    note: 'Not in the archived material (legacy cross examples used 0.075%).',
  },
  makerFeeRate: {
    value: 'unknown',
    source: UTA_ISOLATED_2024,
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: LIQUIDATION_PROCESS,
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  liquidation: {
    value: { kind: 'partial' },
    source: LIQUIDATION_PROCESS,
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
    source: LIQUIDATION_PROCESS,
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
  autoDeleveraging: { value: true, source: LIQUIDATION_PROCESS, asOf: '2026-11-24' },
  socializedLoss: {
    value: false,
    source: LIQUIDATION_PROCESS,
    asOf: '2026-11-24',
    note: 'None described.',
  },
  deficitWaterfall: {
    value: ['insurance_fund', 'auto_deleveraging'],
    source: LIQUIDATION_PROCESS,
    asOf: '2026-11-24',
  },
  userLiableForDeficit: {
    value: false,
    source: LIQUIDATION_PROCESS,
    asOf: '2026-11-24',
    note: 'The fund and ADL cover a deficit.',
  },
  negativeBalancePromise: {
    value: null,
    source: LIQUIDATION_PROCESS,
    asOf: '2026-11-24',
    note: 'None explicit.',
  },
  stopLossTypes: {
    value: [{ type: 'market' }, { type: 'limit' }],
    source: 'Bybit help center: pros and cons of using LTP or Mark Price (conditional orders)',
    asOf: '2026-11-24',
    note: 'No guaranteed stop found.',
  },
};
