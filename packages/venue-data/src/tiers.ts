/**
 * Building a bracket table from a venue's rows. Venues list each tier by its upper bound
 * (Bybit riskLimitValue, Gate risk_limit, Phemex notionalValueRv) or by its lower bound
 * (Kraken marginLevels, Hyperliquid lowerBound); belowzero's brackets carry both.
 */
import type { MarginTierInput } from '@belowzero/risk-core';

export interface TierRow {
  mmr: string;
  maxLeverage: string;
  imr?: string;
}

/** Rows listed by their cap: each floor is the previous cap (0 for the first). The last cap
 * stays, so a larger position is refused rather than guessed. */
export function bracketsFromCaps(rows: readonly (TierRow & { cap: string })[]): MarginTierInput[] {
  return rows.map((row, index) =>
    bracket(index === 0 ? '0' : (rows[index - 1]?.cap ?? '0'), row.cap, row),
  );
}

/** Rows listed by their floor: each cap is the next floor; the last bracket is open-ended
 * unless `lastCap` says where the venue's table stops. */
export function bracketsFromFloors(
  rows: readonly (TierRow & { floor: string })[],
  lastCap: string | null = null,
): MarginTierInput[] {
  return rows.map((row, index) => bracket(row.floor, rows[index + 1]?.floor ?? lastCap, row));
}

function bracket(floor: string, cap: string | null, row: TierRow): MarginTierInput {
  const tier: MarginTierInput = { floor, cap, maxLeverage: row.maxLeverage, mmr: row.mmr };
  if (row.imr !== undefined) tier.imr = row.imr;
  return tier;
}
