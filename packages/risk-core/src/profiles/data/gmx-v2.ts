/** GMX v2 (GMX Synthetics) perpetuals. Source material: docs/reference/exchanges.md §11. */
import type { SafeguardProfile } from '../profile.js';
import { READ_ON, assumed } from './provenance.js';

const LIQUIDATIONS = 'gmx-docs.pages.dev/docs/trading/liquidations (mirror of docs.gmx.io)';
const ADL_REVIEW =
  'defirisk.co/protocols/gmx-v2/factors/RD-F-068/; updraft.cyfrin.io GMX perpetuals course (liquidation)';

export const gmxV2: SafeguardProfile = {
  slug: 'gmx-v2',
  exchange: 'GMX',
  product: 'v2 (Synthetics) perpetuals',
  version: 2,
  asOf: '2026-12-05',
  settlementCurrency: 'USD',
  instruments: ['linear'],
  marginModes: ['isolated'],
  contracts: [
    {
      asset: 'BTC',
      instrument: 'linear',
      tiers: {
        value: 'unknown',
        source: LIQUIDATIONS,
        asOf: READ_ON,
        note: 'Liquidation when remaining collateral (after losses, borrow/funding fees and capped negative price impact) falls below a minimum collateral factor of 0.25%-1% of the position size, by market; the factor of each market is not in the archived material.',
      },
    },
  ],
  maintenanceBasis: {
    value: 'unknown',
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'The minimum is a fraction of the position size; whether that size is valued at entry or at the current price is not stated in the archived material.',
  },
  closeFeeInMaintenance: {
    value: false,
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'The liquidation fee is not part of the liquidatability check.',
  },
  liquidationResidual: {
    value: 'returned_less_fee',
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: '"any remaining collateral after deducting losses and fees is returned to your wallet".',
  },
  takerFeeRate: {
    value: 'unknown',
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  liquidationFeeRate: {
    value: '0.002',
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Standard markets 0.20% of size; single-token (BTC/BTC, ETH/ETH) and synthetic markets 0.30%; high-volatility new markets 0.45%.',
  },
  liquidation: {
    value: { kind: 'full' },
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'The whole position; any remaining collateral is returned to the wallet.',
  },
  liquidationLatencyMs: assumed(
    5000,
    'Not published. Liquidations are executed by keepers; belowzero assumes five seconds.',
  ),
  depthNotionalPerPercent: assumed(
    '1000000',
    'Not published. Fills come from the pool at oracle prices with a price impact; belowzero assumes 1,000,000 USD moves the fill 1%.',
  ),
  marginCallRatio: {
    value: 'unknown',
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'No warnings; the liquidation price moves over time with fees.',
  },
  insuranceFundCapacity: {
    value: '0',
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: "No insurance fund: the market's liquidity pool is the counterparty.",
  },
  autoDeleveraging: {
    value: true,
    source: ADL_REVIEW,
    asOf: READ_ON,
    note: 'ADL closes profitable positions when pool PnL / pool value exceeds MAX_PNL_FACTOR_FOR_ADL; it protects the pool, not a deficit (third-party sources).',
  },
  socializedLoss: { value: false, source: LIQUIDATIONS, asOf: READ_ON, note: 'None described.' },
  deficitWaterfall: {
    value: ['venue'],
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: "A shortfall past the collateral is borne by the market's LP pool (wording not confirmed in official docs); modelled as the venue.",
  },
  userLiableForDeficit: {
    value: false,
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Isolated, collateral-only positions: no account debt; "any remaining collateral after deducting losses and fees is returned to your wallet".',
  },
  negativeBalancePromise: {
    value: null,
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'None explicit.',
  },
  stopLossTypes: {
    value: [{ type: 'market' }],
    source: LIQUIDATIONS,
    asOf: READ_ON,
    note: 'Keeper-executed stop-loss orders; no guaranteed stop.',
  },
};
