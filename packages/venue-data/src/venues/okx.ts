/**
 * OKX USDT-margined perpetual swaps: GET /api/v5/public/position-tiers?instType=SWAP&tdMode=
 * isolated&instFamily=BTC-USDT (public) and GET /api/v5/public/instruments?instType=SWAP.
 *
 * Units: minSz / maxSz count CONTRACTS, not coins or USDT (ccxt calls them notional; they are
 * not); a contract is ctVal of the coin (BTC-USDT-SWAP: 0.01 BTC), read from the instruments
 * answer. Old tables start each tier at the previous maxSz + 1; the floor is taken as the
 * previous cap. Rates are fractions and apply to the whole position (OKX position tiers).
 * Only tiers that follow on from tier 1 without a gap are kept, so a partial recording gives
 * a table that ends where the recording does.
 */
import type { ContractTiers, MarginTierInput } from '@belowzero/risk-core';
import { withTable, withoutTable } from '../contract.js';
import type { VenueImporter, VenueResponses } from '../importer.js';
import { listingFrom } from '../listing.js';
import { fraction, list, positive, record, text, type Json } from '../read.js';

const instrumentOf = (asset: string): string => `${asset}-USDT-SWAP`;

export const okxSwap: VenueImporter = {
  profile: 'okx-perp',
  baseUrl: 'https://www.okx.com',
  requests: (assets) => [
    {
      key: 'instruments',
      method: 'GET',
      path: '/api/v5/public/instruments',
      query: { instType: 'SWAP' },
    },
    ...assets.map((asset) => ({
      key: `tiers:${asset}`,
      method: 'GET' as const,
      path: '/api/v5/public/position-tiers',
      query: { instType: 'SWAP', tdMode: 'isolated', instFamily: `${asset}-USDT` },
    })),
  ],
  parse(responses: VenueResponses, assets) {
    const listing = responses.instruments;
    const sizes = listing === undefined ? new Map<string, string>() : contractSizes(listing.body);
    const contracts: ContractTiers[] = [];
    for (const asset of assets) {
      const symbol = instrumentOf(asset);
      const contractSize = sizes.get(symbol);
      const base = {
        asset,
        instrument: 'linear' as const,
        symbol,
        tierRule: 'whole_position' as const,
        bracketUnit: 'contracts' as const,
        ...(contractSize === undefined ? {} : { contractSize }),
      };
      const answer = responses[`tiers:${asset}`];
      if (answer !== undefined && contractSize !== undefined) {
        const brackets = tiersOf(`tiers:${asset}`, answer.body);
        contracts.push(
          withTable(
            base,
            brackets,
            answer,
            `${symbol} position tiers 1-${brackets.length} in contracts of ${contractSize} ${asset}; the rate applies to the whole position.`,
          ),
        );
      } else if (answer !== undefined || contractSize !== undefined) {
        const from = answer ?? listing;
        if (from === undefined) continue;
        contracts.push(
          withoutTable(
            base,
            from,
            answer === undefined
              ? `${symbol} is listed, but its position tiers were not read.`
              : `${symbol}: the tiers count contracts, and the contract size (ctVal) was not read.`,
          ),
        );
      }
    }
    return { contracts, listing: listingFrom(listing, responses) };
  },
};

/** ctVal per linear USDT swap (instId -> coin per contract). */
function contractSizes(body: unknown): Map<string, string> {
  const rows = list('instruments.data', record('instruments', body).data);
  const sizes = new Map<string, string>();
  rows.forEach((entry, i) => {
    const row = record(`instruments.data.${i}`, entry);
    if (row.ctType !== 'linear' || row.settleCcy !== 'USDT') return;
    sizes.set(
      text(`instruments.data.${i}.instId`, row.instId),
      positive(`instruments.data.${i}.ctVal`, row.ctVal),
    );
  });
  return sizes;
}

function tiersOf(path: string, body: unknown): MarginTierInput[] {
  const rows = list(`${path}.data`, record(path, body).data)
    .map((entry, i) => ({ row: record(`${path}.data.${i}`, entry), i }))
    .sort((a, b) => Number(a.row.tier) - Number(b.row.tier));
  const brackets: MarginTierInput[] = [];
  for (const { row, i } of rows) {
    if (Number(row.tier) !== brackets.length + 1) break;
    const at = (name: string) => `${path}.data.${i}.${name}`;
    brackets.push(tierOf(row, at, brackets[brackets.length - 1]?.cap ?? '0'));
  }
  return brackets;
}

function tierOf(row: Json, at: (name: string) => string, floor: string): MarginTierInput {
  return {
    floor,
    cap: positive(at('maxSz'), row.maxSz),
    maxLeverage: positive(at('maxLever'), row.maxLever),
    mmr: fraction(at('mmr'), row.mmr),
    imr: fraction(at('imr'), row.imr),
  };
}
