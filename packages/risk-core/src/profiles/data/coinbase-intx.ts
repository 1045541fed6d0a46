/** Coinbase International Exchange perpetuals (Bermuda). Source material: docs/reference/exchanges.md §7b. */
import type { SafeguardProfile } from '../profile.js';
import { withVenueContracts } from './venue-contracts.js';
import { CEX_LATENCY, READ_ON, assumed } from './provenance.js';

const POLICY =
  'coinbase.com/de/international-exchange/legal/leverage-and-margin-policy (Leverage and Margin Trading Policy)';
const INSURANCE_FUND =
  'help.coinbase.com/en/international-exchange/liquidations/what-is-the-insurance-fund';

export const coinbaseIntx: SafeguardProfile = {
  slug: 'coinbase-intx',
  exchange: 'Coinbase',
  product: 'International Exchange perpetuals',
  version: 2,
  asOf: '2026-12-05',
  settlementCurrency: 'USDC',
  instruments: ['linear'],
  marginModes: ['cross'],
  ...withVenueContracts('coinbase-intx', [
    {
      asset: 'BTC',
      instrument: 'linear',
      tiers: {
        value: 'unknown',
        source: POLICY,
        asOf: READ_ON,
        note: 'IM = max(base IM, RP * sqrt(close-out horizon as % of ADTV)); MM = IM * 2/3; close-out margin = "max(1/3 IM, MM -12%)". The base IM and risk parameters per instrument are not in the archived material.',
      },
    },
  ]),
  maintenanceBasis: {
    value: 'unknown',
    source: POLICY,
    asOf: READ_ON,
    note: 'MM is two thirds of IM; the valuation basis is not stated.',
  },
  closeFeeInMaintenance: { value: 'unknown', source: POLICY, asOf: READ_ON, note: 'Not stated.' },
  takerFeeRate: {
    value: 'unknown',
    source: POLICY,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  makerFeeRate: {
    value: 'unknown',
    source: POLICY,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  liquidationFeeRate: {
    value: 'unknown',
    source: POLICY,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  liquidation: {
    value: 'unknown',
    source: POLICY,
    asOf: READ_ON,
    note: 'Liquidation when margin < MM or the buffer reaches 0%; perpetuals and crypto collateral liquidated together; below close-out margin positions go to the Liquidity Support Program. Partial steps are not described.',
  },
  liquidationLatencyMs: CEX_LATENCY,
  depthNotionalPerPercent: assumed(
    '2000000',
    'Not published. belowzero assumes 2,000,000 USDC of book moves the fill 1%.',
  ),
  marginCallRatio: {
    value: 'unknown',
    source: POLICY,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
  insuranceFundCapacity: assumed(
    '10000000',
    'Seeded by Coinbase, then fed by a portion of fees; the size is not in the archived material. belowzero assumes 10,000,000 USDC.',
  ),
  autoDeleveraging: {
    value: 'unknown',
    source: INSURANCE_FUND,
    asOf: READ_ON,
    note: 'ADL is not in the archived official text.',
  },
  socializedLoss: {
    value: 'unknown',
    source: INSURANCE_FUND,
    asOf: READ_ON,
    note: 'Not described.',
  },
  deficitWaterfall: {
    value: ['backstop_vault', 'insurance_fund'],
    source: `${POLICY}; ${INSURANCE_FUND}`,
    asOf: READ_ON,
    note: 'Below close-out margin the Liquidity Support Program takes the positions (modelled as the backstop); the fund covers accounts with negative equity and compensates LSP participants. What follows an exhausted fund is not described.',
  },
  userLiableForDeficit: {
    value: false,
    source: INSURANCE_FUND,
    asOf: READ_ON,
    note: 'The fund is a "segregated fund used to cover liquidating accounts with negative equity".',
  },
  negativeBalancePromise: {
    value: null,
    source: INSURANCE_FUND,
    asOf: READ_ON,
    note: 'No explicit promise.',
  },
  stopLossTypes: {
    value: 'unknown',
    source: POLICY,
    asOf: READ_ON,
    note: 'Not in the archived material.',
  },
};
