/** dYdX v4 (dYdX Chain) perpetuals. Source material: docs/reference/exchanges.md §9. */
import type { SafeguardProfile } from '../profile.js';
import { withVenueContracts } from './venue-contracts.js';
import { READ_ON, assumed } from './provenance.js';

const MARGIN = 'github.com/dydxprotocol/v4-documentation pages/concepts-trading/margin.md';
const LIQUIDATIONS = 'docs.dydx.xyz/concepts/trading/liquidations';
const FUNDING_CAPS =
  'dYdX Chain docs: funding rate cap by market class (Large-Cap IM 5% / MM 3%; Mid-Cap 10% / 5%; Long-Tail 20% / 10%)';
const LOSS_MECHANISMS = 'help.dydx.trade/en/articles/166973-contract-loss-mechanisms-on-dydx-chain';

export const dydxV4: SafeguardProfile = {
  slug: 'dydx-v4',
  exchange: 'dYdX',
  product: 'v4 (dYdX Chain) perpetuals',
  version: 3,
  asOf: '2026-12-05',
  settlementCurrency: 'USDC',
  instruments: ['linear'],
  marginModes: ['cross', 'isolated'],
  ...withVenueContracts('dydx-v4', [
    {
      asset: 'BTC',
      instrument: 'linear',
      tiers: {
        value: [{ floor: '0', cap: null, maxLeverage: '20', mmr: '0.03', imr: '0.05' }],
        source: FUNDING_CAPS,
        asOf: READ_ON,
        note: 'Fractions are fixed per market, whatever the size (nonlinear scaling removed). BTC-USD is Large-Cap (derived): its published 8-hour funding cap of 12% = 600% * (IMF - MMF) gives IMF - MMF = 2%, which only the Large-Cap class (5% / 3%) has.',
      },
    },
    {
      asset: 'ETH',
      instrument: 'linear',
      tiers: {
        value: [{ floor: '0', cap: null, maxLeverage: '10', mmr: '0.05', imr: '0.1' }],
        source: `${LIQUIDATIONS}; ${FUNDING_CAPS}`,
        asOf: READ_ON,
        assumption: true,
        note: "The only ETH figure in the archived material is the MMF of 5% in dYdX's own liquidation-price example (short 3 ETH at 3,000); the live ETH-USD fractions are not in it. IMF 10% is that of the class table's row with MMF 5% (Mid-Cap).",
      },
    },
  ]),
  maintenanceBasis: {
    value: 'mark_notional',
    source: MARGIN,
    asOf: READ_ON,
    note: 'Maintenance requirement = |S * P * M| at the oracle price P.',
  },
  closeFeeInMaintenance: {
    value: false,
    source: MARGIN,
    asOf: READ_ON,
    note: 'The published requirement has no fee term.',
  },
  liquidationResidual: {
    value: 'returned_less_fee',
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'The liquidation fills at up to the maximum liquidation spread; the penalty (at most 1.5%, at most the value left) goes to the insurance fund and the rest stays in the subaccount.',
  },
  takerFeeRate: {
    value: 'unknown',
    source: MARGIN,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: MARGIN,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  liquidationFeeRate: {
    value: '0.015',
    source: 'help.dydx.exchange/en/articles/8580691-liquidations-on-dydx-chain',
    asOf: READ_ON,
    note: 'Maximum liquidation penalty ("up to 1.5%"); up to the entire remaining value may go to the insurance fund.',
  },
  liquidation: {
    value: { kind: 'partial' },
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Partial or full, per governance configuration; liquidation orders may fill up to a maximum spread (1.5 * MMR by default).',
  },
  liquidationLatencyMs: assumed(
    1000,
    'Not published. belowzero assumes about one block (one second) from the trigger to the fill.',
  ),
  depthNotionalPerPercent: assumed(
    '1000000',
    'Not published. belowzero assumes 1,000,000 USDC of book moves the fill 1%.',
  ),
  marginCallRatio: {
    value: 'unknown',
    source: MARGIN,
    asOf: READ_ON,
    note: 'No warning threshold; liquidation when account value < maintenance requirement.',
  },
  insuranceFundCapacity: assumed(
    '250000',
    'The v4 fund size is not in the archived material; dYdX v3 seeded its fund with 250,000 USD per market launch, which belowzero assumes here.',
  ),
  autoDeleveraging: {
    value: true,
    source: LOSS_MECHANISMS,
    asOf: READ_ON,
    note: 'Deleveraging at the bankruptcy price against offsetting positions (older text: high profit and leverage first; newer: "randomly chosen").',
  },
  socializedLoss: { value: false, source: LOSS_MECHANISMS, asOf: READ_ON, note: 'None described.' },
  deficitWaterfall: {
    value: ['insurance_fund', 'auto_deleveraging'],
    source: LOSS_MECHANISMS,
    asOf: READ_ON,
  },
  userLiableForDeficit: {
    value: false,
    source: LOSS_MECHANISMS,
    asOf: READ_ON,
    note: 'The account value may become negative on-chain; the insurance fund or deleveraging restores it.',
  },
  negativeBalancePromise: {
    value: null,
    source: LOSS_MECHANISMS,
    asOf: READ_ON,
    note: 'None explicit.',
  },
  stopLossTypes: {
    value: 'unknown',
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
};
