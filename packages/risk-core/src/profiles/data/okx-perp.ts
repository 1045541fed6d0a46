/** OKX USDT-margined perpetual swaps. Source material: docs/reference/exchanges.md §3. */
import type { SafeguardProfile } from '../profile.js';
import { withVenueContracts } from './venue-contracts.js';
import { CEX_LATENCY, READ_ON, assumed } from './provenance.js';

const TIERS_2023 =
  'okx.vote/…/okx-to-adjust-position-tiers-of-perpetual-swaps-2023-05-15 (copy of OKX announcement)';
const TIERS_2025 = 'okx.com/pt-br/help/okx-to-adjust-position-tiers-of-certain-perpetuals-20251107';
const MARGIN_RATIO = 'open-lib.com/11556.html (third-party copy of OKX margin-ratio formulas)';
const PARTIAL_LEGACY =
  'supdljgzdhc.okx.com/hc/en-us/articles/360020411711 (Forced partial/full liquidation)';
const ADL = 'okx.com/help/iv-introduction-to-auto-deleveraging-adl';
const CONTRACTS_NOTE =
  'Bracket bounds are in contracts (max contracts per tier, whole position at the tier rate). The contract size is not in the archived material, so figures in USDT cannot be computed from this table until it is.';

export const okxPerp: SafeguardProfile = {
  slug: 'okx-perp',
  exchange: 'OKX',
  product: 'USDT-margined perpetual swaps',
  version: 3,
  asOf: '2026-12-05',
  settlementCurrency: 'USDT',
  instruments: ['linear'],
  marginModes: ['isolated', 'cross'],
  ...withVenueContracts('okx-perp', [
    {
      asset: 'BTC',
      instrument: 'linear',
      tierRule: 'whole_position',
      bracketUnit: 'contracts',
      tiers: {
        value: 'unknown',
        source: `${TIERS_2023}; ${TIERS_2025}`,
        asOf: READ_ON,
        note: 'BTC-USDT perp tiers are not in the archived copies.',
      },
    },
    {
      asset: 'ETH',
      instrument: 'linear',
      tierRule: 'whole_position',
      bracketUnit: 'contracts',
      tiers: {
        value: 'unknown',
        source: `${TIERS_2023}; ${TIERS_2025}`,
        asOf: READ_ON,
        note: 'ETH-USDT perp tiers are not in the archived copies.',
      },
    },
    {
      asset: 'ADA',
      instrument: 'linear',
      tierRule: 'whole_position',
      bracketUnit: 'contracts',
      tiers: {
        value: [
          { floor: '0', cap: '1500', maxLeverage: '75', mmr: '0.005', imr: '0.0133' },
          { floor: '1500', cap: '3000', maxLeverage: '50', mmr: '0.0075', imr: '0.02' },
          { floor: '3000', cap: '6000', maxLeverage: '40', mmr: '0.01', imr: '0.025' },
        ],
        source: TIERS_2023,
        asOf: '2023-05-19',
        note: `ADAUSDT after 2023-05-19. Tiers 4 and up add 6,000 contracts and 0.5% to MMR and IMR each, without a published leverage, so the table stops at tier 3. ${CONTRACTS_NOTE}`,
      },
    },
    {
      asset: 'ASTER',
      instrument: 'linear',
      tierRule: 'whole_position',
      bracketUnit: 'contracts',
      tiers: {
        value: [
          { floor: '0', cap: '42000', maxLeverage: '50', mmr: '0.01', imr: '0.02' },
          { floor: '42000', cap: '82000', maxLeverage: '40', mmr: '0.015', imr: '0.025' },
          { floor: '82000', cap: '150000', maxLeverage: '20', mmr: '0.03', imr: '0.05' },
        ],
        source: TIERS_2025,
        asOf: '2025-11-13',
        note: `ASTERUSDT after 2025-11-13 (first three tiers published). ${CONTRACTS_NOTE}`,
      },
    },
    {
      asset: 'ACE',
      instrument: 'linear',
      tierRule: 'whole_position',
      bracketUnit: 'contracts',
      tiers: {
        value: [
          { floor: '0', cap: '12000', maxLeverage: '20', mmr: '0.02', imr: '0.05' },
          { floor: '12000', cap: '22000', maxLeverage: '15', mmr: '0.03', imr: '0.0666' },
          { floor: '22000', cap: '35000', maxLeverage: '12.5', mmr: '0.04', imr: '0.08' },
        ],
        source: TIERS_2025,
        asOf: '2025-11-13',
        note: `ACEUSDT after 2025-11-13 (first three tiers published; IMR 6.66% as published for 15x). ${CONTRACTS_NOTE}`,
      },
    },
  ]),
  maintenanceBasis: {
    value: 'mark_notional',
    source: MARGIN_RATIO,
    asOf: READ_ON,
    note: 'Isolated margin ratio = (margin balance + PnL) / (face value * |contracts| * mark * (tier MMR + fee rate)); liquidation at 100%.',
  },
  closeFeeInMaintenance: {
    value: true,
    source: MARGIN_RATIO,
    asOf: READ_ON,
    note: 'The fee rate is added to the tier MMR in the margin-ratio denominator.',
  },
  liquidationResidual: {
    value: 'to_venue',
    source: PARTIAL_LEGACY,
    asOf: READ_ON,
    note: 'At the lowest tier the position is fully liquidated and taken over at the bankruptcy price; the liquidation fee and any surplus go to the insurance fund (risk reserve).',
  },
  takerFeeRate: {
    value: 'unknown',
    source: MARGIN_RATIO,
    asOf: READ_ON,
    note: 'Per fee tier; rates not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: MARGIN_RATIO,
    asOf: READ_ON,
    note: 'Per fee tier; rates not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: PARTIAL_LEGACY,
    asOf: READ_ON,
    note: 'Per fee tier; rates not in the archived material.',
  },
  liquidation: {
    value: { kind: 'partial', tiersPerStep: 2 },
    source: PARTIAL_LEGACY,
    asOf: READ_ON,
    note: 'Tier 3 and up: reduced "by two tiers" iteratively (legacy text: straight to tier 1); tier 1 fully liquidated and auctioned at the bankruptcy price.',
  },
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '10000000',
    'Not published. belowzero assumes 10,000,000 USDT of book moves the fill 1%.',
  ),
  marginCallRatio: {
    value: 'unknown',
    source: MARGIN_RATIO,
    asOf: READ_ON,
    note: 'No warning threshold in the archived material.',
  },
  insuranceFundCapacity: assumed(
    '50000000',
    'Separate "risk reserve" pools per business line, underlying and settlement currency; sizes not in the archived material. belowzero assumes 50,000,000 USDT.',
  ),
  autoDeleveraging: {
    value: true,
    source: ADL,
    asOf: '2024-04-04',
    note: 'Triggered when the fund is insufficient or falls 30% from its peak within 8 hours; executed at the mark price.',
  },
  socializedLoss: {
    value: false,
    source: ADL,
    asOf: '2024-04-04',
    note: '"Once deficit losses are handled through ADL, the platform will no longer conduct loss socialization" (OKEx clawed back from winners in 2018).',
  },
  deficitWaterfall: {
    value: ['insurance_fund', 'auto_deleveraging'],
    source: ADL,
    asOf: '2024-04-04',
  },
  userLiableForDeficit: {
    value: false,
    source: ADL,
    asOf: '2024-04-04',
    note: 'The fund, then ADL, cover a deficit.',
  },
  negativeBalancePromise: {
    value: null,
    source: ADL,
    asOf: '2024-04-04',
    note: 'None besides the no-socialization statement.',
  },
  stopLossTypes: {
    value: 'unknown',
    source: ADL,
    asOf: READ_ON,
    note: 'Stop order types are not in the archived material.',
  },
};
