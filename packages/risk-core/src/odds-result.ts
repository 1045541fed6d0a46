/**
 * What a Monte Carlo run counts (Tally) and the result it makes: each probability with its
 * Wilson interval, the expected and tail deficits, stamped with the methodology and profile.
 */
import { Decimal, ZERO } from './decimal.js';
import { METHODOLOGY_VERSION } from './methodology.js';
import { type ConfidenceInterval, wilsonInterval } from './wilson.js';
import type { OddsSetup } from './odds.js';

export interface Probability {
  /** Share of paths, as a decimal string in [0, 1]. */
  probability: string;
  paths: number;
  interval: ConfidenceInterval;
}

export interface OddsResult {
  liquidation: Probability;
  deficit: Probability;
  userOwes: Probability;
  /** Mean deficit over all paths (settlement currency). */
  expectedDeficit: string;
  /** The deficit exceeded by 1% of paths. */
  deficitQuantile99: string;
  /** Mean deficit over the worst 1% of paths (expected shortfall). */
  tailDeficit99: string;
  /** Mean amount the user is left owing over all paths. */
  expectedUserOwes: string;
  /** The exact prices (Decimal) the float loop compared against: below and above the start. */
  thresholds: { below: string | null; above: string | null };
  asset: string;
  currency: string;
  paths: number;
  steps: number;
  seed: number;
  notes: string[];
  methodologyVersion: string;
  asOf: string;
  profileSlug: string;
  profileVersion: number;
}

/** Counts of what happened, with every deficit kept for the tail figures. */
export class Tally {
  liquidations = 0;
  deficits: Decimal[] = [];
  userOwes: Decimal[] = [];
  notes = new Set<string>();
}

export function oddsResult(setup: OddsSetup, tally: Tally): OddsResult {
  const n = setup.paths;
  const probability = (count: number): Probability => ({
    probability: new Decimal(count).div(n).toFixed(),
    paths: count,
    interval: wilsonInterval(count, n),
  });
  const sum = (values: Decimal[]) => values.reduce((total, value) => total.plus(value), ZERO);
  // Deficits sorted largest first; the other paths had none.
  const sorted = [...tally.deficits].sort((a, b) => b.comparedTo(a));
  const tailCount = Math.max(1, Math.ceil(n / 100));
  const tail = sorted.slice(0, tailCount);
  const profile = setup.account.profile;
  return {
    liquidation: probability(tally.liquidations),
    deficit: probability(tally.deficits.length),
    userOwes: probability(tally.userOwes.length),
    expectedDeficit: sum(tally.deficits).div(n).toFixed(),
    // The 99% quantile is the smallest of the worst 1% (zero when fewer paths had a deficit).
    deficitQuantile99: (sorted.length >= tailCount
      ? (sorted[tailCount - 1] as Decimal)
      : ZERO
    ).toFixed(),
    tailDeficit99: sum(tail).div(tailCount).toFixed(),
    expectedUserOwes: sum(tally.userOwes).div(n).toFixed(),
    thresholds: { below: setup.below?.toFixed() ?? null, above: setup.above?.toFixed() ?? null },
    asset: setup.asset,
    currency: setup.account.scenario.settlementAsset,
    paths: n,
    steps: setup.steps,
    seed: setup.seed,
    notes: [...tally.notes],
    methodologyVersion: METHODOLOGY_VERSION,
    asOf: profile.asOf,
    profileSlug: profile.slug,
    profileVersion: profile.version,
  };
}
