/** Superseded: version 1, kept unchanged so results naming it reproduce.
 * GMX v2 (Synthetics) perpetuals. Written by scripts/freeze-profiles.mjs. */
import type { SafeguardProfile } from '../../profile.js';

export const gmxV2V1: SafeguardProfile = {
  slug: 'gmx-v2',
  exchange: 'GMX',
  product: 'v2 (Synthetics) perpetuals',
  version: 1,
  asOf: '2026-11-24',
  settlementCurrency: 'USD',
  instruments: ['linear'],
  marginModes: ['isolated'],
  contracts: [
    {
      asset: 'BTC',
      instrument: 'linear',
      tiers: {
        value: 'unknown',
        source: 'gmx-docs.pages.dev/docs/trading/liquidations (mirror of docs.gmx.io)',
        asOf: '2026-11-24',
        note: 'Liquidation when remaining collateral (after losses, borrow/funding fees and capped negative price impact) falls below a minimum collateral factor of 0.25%-1% of the position size, by market; the factor of each market is not in the archived material.',
      },
    },
  ],
  maintenanceBasis: {
    value: 'unknown',
    source: 'gmx-docs.pages.dev/docs/trading/liquidations (mirror of docs.gmx.io)',
    asOf: '2026-11-24',
    note: 'The minimum is a fraction of the position size; whether that size is valued at entry or at the current price is not stated in the archived material.',
  },
  closeFeeInMaintenance: {
    value: false,
    source: 'gmx-docs.pages.dev/docs/trading/liquidations (mirror of docs.gmx.io)',
    asOf: '2026-11-24',
    note: 'The liquidation fee is not part of the liquidatability check.',
  },
  takerFeeRate: {
    value: 'unknown',
    source: 'gmx-docs.pages.dev/docs/trading/liquidations (mirror of docs.gmx.io)',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: 'gmx-docs.pages.dev/docs/trading/liquidations (mirror of docs.gmx.io)',
    asOf: '2026-11-24',
    note: 'Not in the archived material.',
  },
  liquidationFeeRate: {
    value: '0.002',
    source: 'gmx-docs.pages.dev/docs/trading/liquidations (mirror of docs.gmx.io)',
    asOf: '2026-11-24',
    note: 'Standard markets 0.20% of size; single-token (BTC/BTC, ETH/ETH) and synthetic markets 0.30%; high-volatility new markets 0.45%.',
  },
  liquidation: {
    value: {
      kind: 'full',
    },
    source: 'gmx-docs.pages.dev/docs/trading/liquidations (mirror of docs.gmx.io)',
    asOf: '2026-11-24',
    note: 'The whole position; any remaining collateral is returned to the wallet.',
  },
  liquidationLatencyMs: {
    value: 5000,
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not published. Liquidations are executed by keepers; belowzero assumes five seconds.',
  },
  depthNotionalPerPercent: {
    value: '1000000',
    source: 'belowzero modelling assumption (docs/profiles.md, "Assumptions")',
    asOf: '2026-11-25',
    assumption: true,
    note: 'Not published. Fills come from the pool at oracle prices with a price impact; belowzero assumes 1,000,000 USD moves the fill 1%.',
  },
  marginCallRatio: {
    value: 'unknown',
    source: 'gmx-docs.pages.dev/docs/trading/liquidations (mirror of docs.gmx.io)',
    asOf: '2026-11-24',
    note: 'No warnings; the liquidation price moves over time with fees.',
  },
  insuranceFundCapacity: {
    value: '0',
    source: 'gmx-docs.pages.dev/docs/trading/liquidations (mirror of docs.gmx.io)',
    asOf: '2026-11-24',
    note: "No insurance fund: the market's liquidity pool is the counterparty.",
  },
  autoDeleveraging: {
    value: true,
    source:
      'defirisk.co/protocols/gmx-v2/factors/RD-F-068/; updraft.cyfrin.io GMX perpetuals course (liquidation)',
    asOf: '2026-11-24',
    note: 'ADL closes profitable positions when pool PnL / pool value exceeds MAX_PNL_FACTOR_FOR_ADL; it protects the pool, not a deficit (third-party sources).',
  },
  socializedLoss: {
    value: false,
    source: 'gmx-docs.pages.dev/docs/trading/liquidations (mirror of docs.gmx.io)',
    asOf: '2026-11-24',
    note: 'None described.',
  },
  deficitWaterfall: {
    value: ['venue'],
    source: 'gmx-docs.pages.dev/docs/trading/liquidations (mirror of docs.gmx.io)',
    asOf: '2026-11-24',
    note: "A shortfall past the collateral is borne by the market's LP pool (wording not confirmed in official docs); modelled as the venue.",
  },
  userLiableForDeficit: {
    value: false,
    source: 'gmx-docs.pages.dev/docs/trading/liquidations (mirror of docs.gmx.io)',
    asOf: '2026-11-24',
    note: 'Isolated, collateral-only positions: no account debt; "any remaining collateral after deducting losses and fees is returned to your wallet".',
  },
  negativeBalancePromise: {
    value: null,
    source: 'gmx-docs.pages.dev/docs/trading/liquidations (mirror of docs.gmx.io)',
    asOf: '2026-11-24',
    note: 'None explicit.',
  },
  stopLossTypes: {
    value: [
      {
        type: 'market',
      },
    ],
    source: 'gmx-docs.pages.dev/docs/trading/liquidations (mirror of docs.gmx.io)',
    asOf: '2026-11-24',
    note: 'Keeper-executed stop-loss orders; no guaranteed stop.',
  },
};
