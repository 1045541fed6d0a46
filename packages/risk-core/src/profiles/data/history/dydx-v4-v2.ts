/** Superseded: version 2, kept unchanged so results naming it reproduce.
 * dYdX v4 (dYdX Chain) perpetuals. Written by scripts/freeze-profiles.mjs. */
import type { SafeguardProfile } from '../../profile.js';

export const dydxV4V2: SafeguardProfile = {
  slug: 'dydx-v4',
  exchange: 'dYdX',
  product: 'v4 (dYdX Chain) perpetuals',
  version: 2,
  asOf: '2026-12-05',
  settlementCurrency: 'USDC',
  instruments: ['linear'],
  marginModes: ['cross', 'isolated'],
  contracts: [
    {
      asset: 'BTC',
      instrument: 'linear',
      symbol: 'BTC-USD',
      tiers: {
        value: [
          {
            floor: '0',
            cap: null,
            maxLeverage: '50',
            mmr: '0.012',
            imr: '0.02',
          },
        ],
        source:
          'nautechsystems/nautilus_trader crates/adapters/dydx/test_data/http_get_perpetual_markets.json @a95c8042 (GET /v4/perpetualMarkets)',
        asOf: '2025-12-08',
        note: 'BTC-USD: IMF 0.02, MMF 0.012 for every size; no open-interest scaling.',
      },
    },
    {
      asset: 'ETH',
      instrument: 'linear',
      symbol: 'ETH-USD',
      tiers: {
        value: [
          {
            floor: '0',
            cap: null,
            maxLeverage: '50',
            mmr: '0.012',
            imr: '0.02',
          },
        ],
        source:
          'nautechsystems/nautilus_trader crates/adapters/dydx/test_data/http_get_perpetual_markets.json @a95c8042 (GET /v4/perpetualMarkets)',
        asOf: '2025-12-08',
        note: 'ETH-USD: IMF 0.02, MMF 0.012 for every size; no open-interest scaling.',
      },
    },
    {
      asset: 'SOL',
      instrument: 'linear',
      symbol: 'SOL-USD',
      tiers: {
        value: [
          {
            floor: '0',
            cap: null,
            maxLeverage: '20',
            mmr: '0.03',
            imr: '0.05',
          },
        ],
        source:
          'nautechsystems/nautilus_trader crates/adapters/dydx/test_data/http_get_perpetual_markets.json @a95c8042 (GET /v4/perpetualMarkets)',
        asOf: '2025-12-08',
        note: "SOL-USD: IMF 0.05, MMF 0.03 for every size; the IMF rises toward 100% as the market's open interest goes from 40000000 to 100000000 USDC.",
      },
    },
  ],
  contractListing: {
    value: 'partial',
    source:
      'nautechsystems/nautilus_trader crates/adapters/dydx/test_data/http_get_perpetual_markets.json @a95c8042 (GET /v4/perpetualMarkets)',
    asOf: '2025-12-08',
    note: 'Only part of the venue’s instrument list was read: an asset missing here may still be listed.',
  },
  maintenanceBasis: {
    value: 'mark_notional',
    source: 'github.com/dydxprotocol/v4-documentation pages/concepts-trading/margin.md',
    asOf: '2026-11-24',
    note: 'Maintenance requirement = |S * P * M| at the oracle price P.',
  },
  closeFeeInMaintenance: {
    value: false,
    source: 'github.com/dydxprotocol/v4-documentation pages/concepts-trading/margin.md',
    asOf: '2026-11-24',
    note: 'The published requirement has no fee term.',
  },
  takerFeeRate: {
    value: 'unknown',
    source: 'github.com/dydxprotocol/v4-documentation pages/concepts-trading/margin.md',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: 'github.com/dydxprotocol/v4-documentation pages/concepts-trading/margin.md',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  liquidationFeeRate: {
    value: '0.015',
    source: 'help.dydx.exchange/en/articles/8580691-liquidations-on-dydx-chain',
    asOf: '2026-11-24',
    note: 'Maximum liquidation penalty ("up to 1.5%"); up to the entire remaining value may go to the insurance fund.',
  },
  liquidation: {
    value: {
      kind: 'partial',
    },
    source: 'docs.dydx.xyz/concepts/trading/liquidations',
    asOf: '2026-11-24',
    note: 'Partial or full, per governance configuration; liquidation orders may fill up to a maximum spread (1.5 * MMR by default).',
  },
  liquidationLatencyMs: {
    value: 1000,
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not published. belowzero assumes about one block (one second) from the trigger to the fill.',
  },
  depthNotionalPerPercent: {
    value: '1000000',
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not published. belowzero assumes 1,000,000 USDC of book moves the fill 1%.',
  },
  marginCallRatio: {
    value: 'unknown',
    source: 'github.com/dydxprotocol/v4-documentation pages/concepts-trading/margin.md',
    asOf: '2026-11-24',
    note: 'No warning threshold; liquidation when account value < maintenance requirement.',
  },
  insuranceFundCapacity: {
    value: '250000',
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'The v4 fund size is not in the archived material; dYdX v3 seeded its fund with 250,000 USD per market launch, which belowzero assumes here.',
  },
  autoDeleveraging: {
    value: true,
    source: 'help.dydx.trade/en/articles/166973-contract-loss-mechanisms-on-dydx-chain',
    asOf: '2026-11-24',
    note: 'Deleveraging at the bankruptcy price against offsetting positions (older text: high profit and leverage first; newer: "randomly chosen").',
  },
  socializedLoss: {
    value: false,
    source: 'help.dydx.trade/en/articles/166973-contract-loss-mechanisms-on-dydx-chain',
    asOf: '2026-11-24',
    note: 'None described.',
  },
  deficitWaterfall: {
    value: ['insurance_fund', 'auto_deleveraging'],
    source: 'help.dydx.trade/en/articles/166973-contract-loss-mechanisms-on-dydx-chain',
    asOf: '2026-11-24',
  },
  userLiableForDeficit: {
    value: false,
    source: 'help.dydx.trade/en/articles/166973-contract-loss-mechanisms-on-dydx-chain',
    asOf: '2026-11-24',
    note: 'The account value may become negative on-chain; the insurance fund or deleveraging restores it.',
  },
  negativeBalancePromise: {
    value: null,
    source: 'help.dydx.trade/en/articles/166973-contract-loss-mechanisms-on-dydx-chain',
    asOf: '2026-11-24',
    note: 'None explicit.',
  },
  stopLossTypes: {
    value: 'unknown',
    source: 'docs.dydx.xyz/concepts/trading/liquidations',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
};
