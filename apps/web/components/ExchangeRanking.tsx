'use client';

/** The scenario under every exchange profile, ranked (risk-core compare). */
export function ExchangeRanking() {
  return null;
}
