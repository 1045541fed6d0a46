/**
 * A fresh read of a venue's tables against the stored profile: a new version only when a
 * figure changed, the venue's contracts replacing the stored ones, the others kept.
 */
import {
  type ContractTiers,
  refreshedProfile,
  sourcedFields,
  type VenueContracts,
} from '../src/index.js';
import { findProfile } from '../src/profile-data.js';
import { mergeVenueContracts } from '../src/profiles/venue-refresh.js';

const stored = findProfile('bybit-linear');

/** The stored profile's venue contracts, as a later read on another date would give them. */
function readAgain(asOf: string): VenueContracts {
  if (stored.contractListing === undefined) throw new Error('bybit-linear has a listing');
  return {
    contracts: stored.contracts
      .filter((c) => c.tiers.value !== 'unknown')
      .map((c) => ({ ...c, tiers: { ...c.tiers, asOf, source: 'https://api.bybit.com/v5' } })),
    listing: { ...stored.contractListing, asOf },
  };
}

test('the same figures read on a later date make no new version', () => {
  expect(refreshedProfile(stored, readAgain('2026-12-24'), stored.version + 1)).toBeNull();
});

test('a changed rate makes the next version, with the new table and the rest of the profile', () => {
  const read = readAgain('2026-12-24');
  const btc = read.contracts.find((c) => c.asset === 'BTC') as ContractTiers;
  if (btc.tiers.value === 'unknown') throw new Error('BTC has a table');
  const first = btc.tiers.value[0];
  if (first === undefined) throw new Error('BTC has a first tier');
  btc.tiers = { ...btc.tiers, value: [{ ...first, mmr: '0.006' }, ...btc.tiers.value.slice(1)] };

  const next = refreshedProfile(stored, read, stored.version + 1);
  expect(next?.version).toBe(stored.version + 1);
  const table = next?.contracts.find((c) => c.asset === 'BTC')?.tiers;
  expect(table?.asOf).toBe('2026-12-24');
  expect(table?.value !== 'unknown' && table?.value[0]?.mmr).toBe('0.006');
  expect(next?.takerFeeRate).toEqual(stored.takerFeeRate);
  expect(next?.contracts).toHaveLength(stored.contracts.length);
});

test("the venue's contract replaces the typed-in one of the same asset; others are kept", () => {
  const typedIn: ContractTiers[] = [
    {
      asset: 'BTC',
      instrument: 'linear',
      tiers: { value: 'unknown', source: 'a', asOf: '2020-01-01' },
    },
    {
      asset: 'ADA',
      instrument: 'linear',
      tiers: { value: 'unknown', source: 'b', asOf: '2020-01-01' },
    },
  ];
  const venue: VenueContracts = {
    contracts: [
      {
        asset: 'BTC',
        instrument: 'linear',
        tiers: {
          value: [{ floor: '0', cap: null, maxLeverage: '100', mmr: '0.005' }],
          source: 'v',
          asOf: '2026-12-24',
        },
      },
    ],
    listing: { value: 'partial', source: 'v', asOf: '2026-12-24' },
  };
  const merged = mergeVenueContracts(venue, typedIn);
  expect(merged.contracts.map((c) => [c.asset, c.tiers.source])).toEqual([
    ['BTC', 'v'],
    ['ADA', 'b'],
  ]);
  expect(merged.contractListing?.asOf).toBe('2026-12-24');
});

test("a profile's sourced fields are listed by path, with their dates", () => {
  const fields = sourcedFields(findProfile('binance-usdm'));
  const taker = fields.find((f) => f.field === 'takerFeeRate');
  expect(taker?.source).toBe(findProfile('binance-usdm').takerFeeRate.source);
  // Binance's BTCUSDT brackets: the first contract, recorded on 2026-07-02.
  expect(fields.find((f) => f.field === 'contracts.0.tiers')?.asOf).toBe('2026-07-02');
  expect(fields.every((f) => /^\d{4}-\d{2}-\d{2}$/.test(f.asOf))).toBe(true);
});

test('a stored copy whose keys come back in another order is the same table', () => {
  const reordered = JSON.parse(
    JSON.stringify(readAgain('2026-12-24'), (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ),
  ) as VenueContracts;
  expect(refreshedProfile(stored, reordered, stored.version + 1)).toBeNull();
});
