/** Superseded: version 2, kept unchanged so results naming it reproduce.
 * OKX USDT-margined perpetual swaps. Written by scripts/freeze-profiles.mjs. */
import type { SafeguardProfile } from '../../profile.js';

export const okxPerpV2: SafeguardProfile = {
  slug: 'okx-perp',
  exchange: 'OKX',
  product: 'USDT-margined perpetual swaps',
  version: 2,
  asOf: '2026-12-05',
  settlementCurrency: 'USDT',
  instruments: ['linear'],
  marginModes: ['isolated', 'cross'],
  contracts: [
    {
      asset: 'BTC',
      instrument: 'linear',
      symbol: 'BTC-USDT-SWAP',
      tierRule: 'whole_position',
      bracketUnit: 'contracts',
      contractSize: '0.01',
      tiers: {
        value: [
          {
            floor: '0',
            cap: '500',
            maxLeverage: '125',
            mmr: '0.004',
            imr: '0.008',
          },
        ],
        source:
          'ccxt PR #11938: GET /api/v5/public/position-tiers?instType=SWAP&uly=BTC-USDT (tiers 1 and 100 printed)',
        asOf: '2022-02-11',
        note: 'BTC-USDT-SWAP position tiers 1-1 in contracts of 0.01 BTC; the rate applies to the whole position.',
      },
    },
    {
      asset: 'ETH',
      instrument: 'linear',
      symbol: 'ETH-USDT-SWAP',
      tierRule: 'whole_position',
      bracketUnit: 'contracts',
      contractSize: '0.1',
      tiers: {
        value: 'unknown',
        source:
          'ccxt ts/src/test/static/markets/okx.json @3802e1a2 (instruments info, cache of 2023-12..2024-12)',
        asOf: '2024-12-27',
        note: 'ETH-USDT-SWAP is listed, but its position tiers were not read.',
      },
    },
    {
      asset: 'XRP',
      instrument: 'linear',
      symbol: 'XRP-USDT-SWAP',
      tierRule: 'whole_position',
      bracketUnit: 'contracts',
      contractSize: '100',
      tiers: {
        value: 'unknown',
        source:
          'ccxt ts/src/test/static/markets/okx.json @3802e1a2 (instruments info, cache of 2023-12..2024-12)',
        asOf: '2024-12-27',
        note: 'XRP-USDT-SWAP is listed, but its position tiers were not read.',
      },
    },
    {
      asset: 'DOGE',
      instrument: 'linear',
      symbol: 'DOGE-USDT-SWAP',
      tierRule: 'whole_position',
      bracketUnit: 'contracts',
      contractSize: '1000',
      tiers: {
        value: 'unknown',
        source:
          'ccxt ts/src/test/static/markets/okx.json @3802e1a2 (instruments info, cache of 2023-12..2024-12)',
        asOf: '2024-12-27',
        note: 'DOGE-USDT-SWAP is listed, but its position tiers were not read.',
      },
    },
    {
      asset: 'ADA',
      instrument: 'linear',
      tierRule: 'whole_position',
      bracketUnit: 'contracts',
      tiers: {
        value: [
          {
            floor: '0',
            cap: '1500',
            maxLeverage: '75',
            mmr: '0.005',
            imr: '0.0133',
          },
          {
            floor: '1500',
            cap: '3000',
            maxLeverage: '50',
            mmr: '0.0075',
            imr: '0.02',
          },
          {
            floor: '3000',
            cap: '6000',
            maxLeverage: '40',
            mmr: '0.01',
            imr: '0.025',
          },
        ],
        source:
          'okx.vote/…/okx-to-adjust-position-tiers-of-perpetual-swaps-2023-05-15 (copy of OKX announcement)',
        asOf: '2023-05-19',
        note: 'ADAUSDT after 2023-05-19. Tiers 4 and up add 6,000 contracts and 0.5% to MMR and IMR each, without a published leverage, so the table stops at tier 3. Bracket bounds are in contracts (max contracts per tier, whole position at the tier rate). The contract size is not in the archived material, so figures in USDT cannot be computed from this table until it is.',
      },
    },
    {
      asset: 'ASTER',
      instrument: 'linear',
      tierRule: 'whole_position',
      bracketUnit: 'contracts',
      tiers: {
        value: [
          {
            floor: '0',
            cap: '42000',
            maxLeverage: '50',
            mmr: '0.01',
            imr: '0.02',
          },
          {
            floor: '42000',
            cap: '82000',
            maxLeverage: '40',
            mmr: '0.015',
            imr: '0.025',
          },
          {
            floor: '82000',
            cap: '150000',
            maxLeverage: '20',
            mmr: '0.03',
            imr: '0.05',
          },
        ],
        source: 'okx.com/pt-br/help/okx-to-adjust-position-tiers-of-certain-perpetuals-20251107',
        asOf: '2025-11-13',
        note: 'ASTERUSDT after 2025-11-13 (first three tiers published). Bracket bounds are in contracts (max contracts per tier, whole position at the tier rate). The contract size is not in the archived material, so figures in USDT cannot be computed from this table until it is.',
      },
    },
    {
      asset: 'ACE',
      instrument: 'linear',
      tierRule: 'whole_position',
      bracketUnit: 'contracts',
      tiers: {
        value: [
          {
            floor: '0',
            cap: '12000',
            maxLeverage: '20',
            mmr: '0.02',
            imr: '0.05',
          },
          {
            floor: '12000',
            cap: '22000',
            maxLeverage: '15',
            mmr: '0.03',
            imr: '0.0666',
          },
          {
            floor: '22000',
            cap: '35000',
            maxLeverage: '12.5',
            mmr: '0.04',
            imr: '0.08',
          },
        ],
        source: 'okx.com/pt-br/help/okx-to-adjust-position-tiers-of-certain-perpetuals-20251107',
        asOf: '2025-11-13',
        note: 'ACEUSDT after 2025-11-13 (first three tiers published; IMR 6.66% as published for 15x). Bracket bounds are in contracts (max contracts per tier, whole position at the tier rate). The contract size is not in the archived material, so figures in USDT cannot be computed from this table until it is.',
      },
    },
  ],
  contractListing: {
    value: 'partial',
    source:
      'ccxt ts/src/test/static/markets/okx.json @3802e1a2 (instruments info, cache of 2023-12..2024-12)',
    asOf: '2024-12-27',
    note: 'Only part of the venue’s instrument list was read: an asset missing here may still be listed.',
  },
  maintenanceBasis: {
    value: 'mark_notional',
    source: 'open-lib.com/11556.html (third-party copy of OKX margin-ratio formulas)',
    asOf: '2026-11-24',
    note: 'Isolated margin ratio = (margin balance + PnL) / (face value * |contracts| * mark * (tier MMR + fee rate)); liquidation at 100%.',
  },
  closeFeeInMaintenance: {
    value: true,
    source: 'open-lib.com/11556.html (third-party copy of OKX margin-ratio formulas)',
    asOf: '2026-11-24',
    note: 'The fee rate is added to the tier MMR in the margin-ratio denominator.',
  },
  takerFeeRate: {
    value: 'unknown',
    source: 'open-lib.com/11556.html (third-party copy of OKX margin-ratio formulas)',
    asOf: '2026-11-24',
    note: 'Per fee tier; rates not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: 'open-lib.com/11556.html (third-party copy of OKX margin-ratio formulas)',
    asOf: '2026-11-24',
    note: 'Per fee tier; rates not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: 'supdljgzdhc.okx.com/hc/en-us/articles/360020411711 (Forced partial/full liquidation)',
    asOf: '2026-11-24',
    note: 'Per fee tier; rates not in the archived material.',
  },
  liquidation: {
    value: {
      kind: 'partial',
      tiersPerStep: 2,
    },
    source: 'supdljgzdhc.okx.com/hc/en-us/articles/360020411711 (Forced partial/full liquidation)',
    asOf: '2026-11-24',
    note: 'Tier 3 and up: reduced "by two tiers" iteratively (legacy text: straight to tier 1); tier 1 fully liquidated and auctioned at the bankruptcy price.',
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
    source: 'open-lib.com/11556.html (third-party copy of OKX margin-ratio formulas)',
    asOf: '2026-11-24',
    note: 'No warning threshold in the archived material.',
  },
  insuranceFundCapacity: {
    value: '50000000',
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Separate "risk reserve" pools per business line, underlying and settlement currency; sizes not in the archived material. belowzero assumes 50,000,000 USDT.',
  },
  autoDeleveraging: {
    value: true,
    source: 'okx.com/help/iv-introduction-to-auto-deleveraging-adl',
    asOf: '2024-04-04',
    note: 'Triggered when the fund is insufficient or falls 30% from its peak within 8 hours; executed at the mark price.',
  },
  socializedLoss: {
    value: false,
    source: 'okx.com/help/iv-introduction-to-auto-deleveraging-adl',
    asOf: '2024-04-04',
    note: '"Once deficit losses are handled through ADL, the platform will no longer conduct loss socialization" (OKEx clawed back from winners in 2018).',
  },
  deficitWaterfall: {
    value: ['insurance_fund', 'auto_deleveraging'],
    source: 'okx.com/help/iv-introduction-to-auto-deleveraging-adl',
    asOf: '2024-04-04',
  },
  userLiableForDeficit: {
    value: false,
    source: 'okx.com/help/iv-introduction-to-auto-deleveraging-adl',
    asOf: '2024-04-04',
    note: 'The fund, then ADL, cover a deficit.',
  },
  negativeBalancePromise: {
    value: null,
    source: 'okx.com/help/iv-introduction-to-auto-deleveraging-adl',
    asOf: '2024-04-04',
    note: 'None besides the no-socialization statement.',
  },
  stopLossTypes: {
    value: 'unknown',
    source: 'okx.com/help/iv-introduction-to-auto-deleveraging-adl',
    asOf: '2026-11-24',
    note: 'Stop order types are not in the archived material.',
  },
};
