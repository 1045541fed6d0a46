/** Bybit USDT perpetuals (linear). Source material: docs/reference/exchanges.md §2. */
import type { SafeguardProfile } from '../profile.js';
import { withVenueContracts } from './venue-contracts.js';
import { CEX_LATENCY, READ_ON, assumed } from './provenance.js';

const LIQ_PRICE_USDT =
  'testnet.bybit.com/en-US/help-center/s/article/Liquidation-Price-USDT-Contract';
const LIQ_PRICE_LEGACY =
  'help.bybit.com/hc/en-us/articles/900000181046 (Liquidation Price, USDT Contract, legacy)';
const MARGIN_PARAMETERS = 'bybit.com/en/announcement-info/margin-parameters';
const LIQUIDATION_PROCESS =
  'bybit.com/pt-BR/help-center/bybitHC_Article/?id=000001098 (liquidation process)';

export const bybitLinear: SafeguardProfile = {
  slug: 'bybit-linear',
  exchange: 'Bybit',
  product: 'USDT perpetuals (linear)',
  version: 3,
  asOf: '2026-12-05',
  settlementCurrency: 'USDT',
  instruments: ['linear'],
  marginModes: ['isolated', 'cross'],
  ...withVenueContracts('bybit-linear', [
    {
      asset: 'BTC',
      instrument: 'linear',
      tierRule: 'deduction',
      tiers: {
        value: [{ floor: '0', cap: null, maxLeverage: '50', mmr: '0.005' }],
        source: `${LIQ_PRICE_USDT}; ${LIQ_PRICE_LEGACY}`,
        asOf: READ_ON,
        assumption: true,
        note: "Bybit's BTCUSDT risk-limit table renders dynamically and the archived copy is empty. Bybit's own worked examples use MMR 0.5% for BTCUSDT at 50x and 40x (1 BTC at 8,000-20,000 USDT). belowzero applies that base rate to every size: Bybit raises it above the first risk limit, whose size is not in the archived material, so figures for large positions understate maintenance. 50x is the highest leverage the examples use, not Bybit's published maximum.",
      },
    },
    {
      asset: 'ETH',
      instrument: 'linear',
      tierRule: 'deduction',
      tiers: {
        value: 'unknown',
        source: MARGIN_PARAMETERS,
        asOf: READ_ON,
        note: 'Renders dynamically; the archived copy is empty.',
      },
    },
  ]),
  maintenanceBasis: {
    value: 'entry_notional',
    source: LIQ_PRICE_USDT,
    asOf: READ_ON,
    note: 'MM = size * entry price * MMR - MM deduction; LP = entry - side * (IM - MM) / size.',
  },
  closeFeeInMaintenance: {
    value: false,
    source: LIQ_PRICE_USDT,
    asOf: READ_ON,
    note: "The USDT-contract formula has no fee term. Bybit's newer Unified Trading Account docs are reported to add the estimated fee to close to MM and IM, but the archived material does not say which page, so the formula of this page is used.",
  },
  bankruptcyPrice: {
    value: 'fee_free',
    source: 'Bybit "Bankruptcy Price (USDT Contract)" (bybitx.global copy)',
    asOf: READ_ON,
    note: 'Bankruptcy price = entry x (1 - initial margin rate): 1 BTC long at 10,000 with 50x -> 9,800 USDT, no fee inside.',
  },
  liquidationResidual: {
    value: 'to_venue',
    source: LIQUIDATION_PROCESS,
    asOf: READ_ON,
    note: 'Lowest risk limit: the position is taken over at the bankruptcy price; a fill better than it goes to the insurance fund, so the margin left is not returned.',
  },
  takerFeeRate: {
    value: 'unknown',
    source: LIQ_PRICE_USDT,
    asOf: READ_ON,
    note: 'The fee schedule is not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: LIQ_PRICE_USDT,
    asOf: READ_ON,
    note: 'The fee schedule is not in the archived material.',
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
    note: 'Lowest risk limit: taken over at the bankruptcy price. Higher risk limits: lower the risk limit, cancel orders, FillOrKill down to a lower tier, else full takeover.',
  },
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '10000000',
    'Not published. belowzero assumes 10,000,000 USDT of book moves the fill 1%.',
  ),
  marginCallRatio: {
    value: 'unknown',
    source: LIQUIDATION_PROCESS,
    asOf: READ_ON,
    note: 'No warning threshold in the archived material.',
  },
  insuranceFundCapacity: assumed(
    '50000000',
    'Not in the archived material. belowzero assumes 50,000,000 USDT available to one contract.',
  ),
  autoDeleveraging: {
    value: true,
    source: LIQUIDATION_PROCESS,
    asOf: READ_ON,
    note: 'Top-ranked opposite positions closed at the bankruptcy price.',
  },
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
    note: 'A fill better than bankruptcy pays the surplus into the fund; worse, the fund covers it; if the fund is insufficient, ADL.',
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
    note: 'Conditional orders trigger on last traded price or mark price; no guaranteed stop found.',
  },
};
