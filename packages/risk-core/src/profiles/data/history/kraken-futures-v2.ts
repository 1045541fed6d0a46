/** Superseded: version 2, kept unchanged so results naming it reproduce.
 * Kraken Futures (perpetuals, non-US). Written by scripts/freeze-profiles.mjs. */
import type { SafeguardProfile } from '../../profile.js';

export const krakenFuturesV2: SafeguardProfile = {
  slug: 'kraken-futures',
  exchange: 'Kraken',
  product: 'Futures (perpetuals, non-US)',
  version: 2,
  asOf: '2026-12-05',
  settlementCurrency: 'USD',
  instruments: ['inverse', 'linear'],
  marginModes: ['cross'],
  contracts: [
    {
      asset: 'BTC',
      instrument: 'linear',
      symbol: 'PF_XBTUSD',
      tiers: {
        value: [
          {
            floor: '0',
            cap: '1000000',
            maxLeverage: '50',
            mmr: '0.01',
            imr: '0.02',
          },
          {
            floor: '1000000',
            cap: '2000000',
            maxLeverage: '25',
            mmr: '0.02',
            imr: '0.04',
          },
        ],
        source: 'ccxt PR #24844: GET /derivatives/api/v3/instruments, PF_XBTUSD marginLevels 1-3',
        asOf: '2025-01-11',
        note: 'PF_XBTUSD margin levels (2, as far as recorded), lower bounds in USD of position value.',
      },
    },
    {
      asset: 'BTC',
      instrument: 'inverse',
      symbol: 'PI_XBTUSD',
      bracketUnit: 'contracts',
      contractValueUsd: '1',
      tiers: {
        value: [
          {
            floor: '0',
            cap: '500000',
            maxLeverage: '50',
            mmr: '0.01',
            imr: '0.02',
          },
        ],
        source:
          'nautechsystems/nautilus_trader crates/adapters/kraken/test_data/http_futures_instruments.json @a95c8042 (trimmed)',
        asOf: '2026-04-17',
        note: 'PI_XBTUSD margin levels (1, as far as recorded), lower bounds in contracts of 1 USD.',
      },
    },
    {
      asset: 'ETH',
      instrument: 'linear',
      symbol: 'PF_ETHUSD',
      tiers: {
        value: [
          {
            floor: '0',
            cap: '2000000',
            maxLeverage: '50',
            mmr: '0.01',
            imr: '0.02',
          },
        ],
        source:
          'nautechsystems/nautilus_trader crates/adapters/kraken/test_data/http_futures_instruments.json @a95c8042 (trimmed)',
        asOf: '2026-04-17',
        note: 'PF_ETHUSD margin levels (1, as far as recorded), lower bounds in USD of position value.',
      },
    },
  ],
  contractListing: {
    value: 'partial',
    source: 'ccxt PR #24844: GET /derivatives/api/v3/instruments, PF_XBTUSD marginLevels 1-3',
    asOf: '2025-01-11',
    note: 'Only part of the venue’s instrument list was read: an asset missing here may still be listed.',
  },
  maintenanceBasis: {
    value: 'unknown',
    source: 'support.kraken.com/hc/en-us/articles/360022835671-Equity-Protection-Process',
    asOf: '2026-03-17',
    note: 'Liquidation when portfolio value < maintenance margin at the mark price; how MM is valued is not stated.',
  },
  closeFeeInMaintenance: {
    value: 'unknown',
    source: 'support.kraken.com/hc/en-us/articles/360022835671-Equity-Protection-Process',
    asOf: '2026-03-17',
    note: 'Not stated.',
  },
  takerFeeRate: {
    value: 'unknown',
    source: 'support.kraken.com/hc/en-us/articles/360022835671-Equity-Protection-Process',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: 'support.kraken.com/hc/en-us/articles/360022835671-Equity-Protection-Process',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: 'support.kraken.com/hc/en-us/articles/360022835671-Equity-Protection-Process',
    asOf: '2026-03-17',
    note: 'Partial liquidations carry fees; the rate is not given.',
  },
  liquidation: {
    value: {
      kind: 'partial',
    },
    source: 'support.kraken.com/hc/en-us/articles/360022835671-Equity-Protection-Process',
    asOf: '2026-03-17',
    note: 'Liquidation with an IOC order limited at the price where equity is about 0; the user keeps any surplus. Partial liquidations live from 2026-03-26.',
  },
  liquidationLatencyMs: {
    value: 1000,
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not published. belowzero assumes one second between the mark price crossing the trigger and the fill.',
  },
  depthNotionalPerPercent: {
    value: '2000000',
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not published. belowzero assumes 2,000,000 USD of book moves the fill 1%.',
  },
  marginCallRatio: {
    value: 'unknown',
    source: 'support.kraken.com/hc/en-us/articles/360022835671-Equity-Protection-Process',
    asOf: '2026-11-24',
    note: 'No warning threshold in the archived material.',
  },
  insuranceFundCapacity: {
    value: '0',
    source: 'support.kraken.com/hc/en-us/articles/360022835671-Equity-Protection-Process',
    asOf: '2026-03-17',
    note: 'The Equity Protection Process has no insurance fund: liquidation, then assignment, then unwind.',
  },
  autoDeleveraging: {
    value: true,
    source: 'support.kraken.com/hc/en-us/articles/360022835671-Equity-Protection-Process',
    asOf: '2026-03-17',
    note: 'The unwind step closes opposite positions; modelled as auto-deleveraging.',
  },
  socializedLoss: {
    value: false,
    source: 'support.kraken.com/hc/en-us/articles/360022835671-Equity-Protection-Process',
    asOf: '2026-03-17',
    note: 'None described.',
  },
  deficitWaterfall: {
    value: ['backstop_vault', 'auto_deleveraging'],
    source: 'support.kraken.com/hc/en-us/articles/360022835671-Equity-Protection-Process',
    asOf: '2026-03-17',
    note: 'Assignment of the position to Kraken or assignment participants is modelled as the backstop; unwind as auto-deleveraging.',
  },
  userLiableForDeficit: {
    value: false,
    source: 'support.kraken.com/hc/en-us/articles/360022835671-Equity-Protection-Process',
    asOf: '2026-03-17',
    note: '"your account balance can never go below zero".',
  },
  negativeBalancePromise: {
    value: 'On Kraken Futures you will never be allowed to have a negative balance',
    source: 'support.kraken.com/hc/en-us/articles/360022835671-Equity-Protection-Process',
    asOf: '2026-03-17',
  },
  stopLossTypes: {
    value: 'unknown',
    source: 'support.kraken.com/hc/en-us/articles/360022835671-Equity-Protection-Process',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
};
