/**
 * compare: one scenario under many safeguard profiles (docs/design/risk-model.md section 6), ranked by
 * the user's worst-case outcome (the balance after the price path when one is given, else
 * the balance after assess's worst-case gap), then by the distance to liquidation (farther
 * is better). Profiles that do not offer the scenario's instrument, margin mode, contract or
 * leverage are listed as skipped with the reason, not ranked.
 */
import { type Assessment, assess } from './assess.js';
import { Decimal } from './decimal.js';
import { ValidationError, type ValidationRule } from './errors.js';
import { METHODOLOGY_VERSION } from './methodology.js';
import { type PricePathInput, resolvePricePath } from './price-paths.js';
import type { SafeguardProfile } from './profiles/profile.js';
import type { ScenarioInput } from './scenario.js';
import { type Simulation, type SimulationOptions, simulate } from './simulate.js';

export interface ComparisonEntry {
  rank: number;
  profileSlug: string;
  exchange: string;
  product: string;
  profileVersion: number;
  asOf: string;
  answer: Assessment['answer'];
  reason: string;
  currency: string;
  /** The figure ranked first: the balance after the path, or after the worst-case gap. */
  outcomeBalance: string;
  /** The part of a deficit left to the user in that outcome. */
  outcomeUserOwes: string;
  worstCaseBalance: string;
  /** Nearest liquidation of any position, in % of its current price; null when none. */
  liquidationDistancePercent: string | null;
  /** The run along the path, when one was given. */
  simulation: Pick<
    Simulation,
    'liquidated' | 'deficit' | 'deficitPaidBy' | 'userOwes' | 'finalBalance' | 'residualAtStake'
  > | null;
}

export interface SkippedProfile {
  profileSlug: string;
  exchange: string;
  product: string;
  field: string;
  rule: ValidationRule;
  reason: string;
}

export interface Comparison {
  ranked: ComparisonEntry[];
  skipped: SkippedProfile[];
  methodologyVersion: string;
}

/** Rules that mean "this venue does not offer it" or "cannot be answered from its data", as
 * opposed to a bad input. */
const NOT_OFFERED: ReadonlySet<ValidationRule> = new Set([
  'unsupported_instrument',
  'not_listed',
  'needs_margin_figure',
  'unsupported_margin_mode',
  'leverage_within_bracket',
]);

function notOffered(error: unknown): error is ValidationError {
  if (!(error instanceof ValidationError) || !error.field.startsWith('account.')) return false;
  // A size past the venue's published tier table is also "not offered".
  return (
    NOT_OFFERED.has(error.rule) ||
    (error.rule === 'within_range' && /\.(size|amount)$/.test(error.field))
  );
}

export function compare(
  input: ScenarioInput,
  profiles: readonly SafeguardProfile[],
  path?: PricePathInput,
  options: SimulationOptions = {},
): Comparison {
  if (path !== undefined) resolvePricePath(path);
  const entries: Omit<ComparisonEntry, 'rank'>[] = [];
  const skipped: SkippedProfile[] = [];
  for (const profile of profiles) {
    const scenario = { ...input, exchange: profile.slug };
    try {
      entries.push(
        entry(
          profile,
          assess(scenario, profile),
          path === undefined ? null : simulate(scenario, profile, path, options),
        ),
      );
    } catch (error) {
      if (!notOffered(error)) throw error;
      skipped.push({
        profileSlug: profile.slug,
        exchange: profile.exchange,
        product: profile.product,
        field: error.field,
        rule: error.rule,
        reason: skipReason(error),
      });
    }
  }
  entries.sort(byOutcome);
  return {
    ranked: entries.map((e, i) => ({ ...e, rank: i + 1 })),
    skipped,
    methodologyVersion: METHODOLOGY_VERSION,
  };
}

/** Why a venue has no answer, as a sentence for a person (no field path, no echoed value). */
function skipReason(error: ValidationError): string {
  const text = error.problem;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${text.endsWith('.') ? '' : '.'}`;
}

function entry(
  profile: SafeguardProfile,
  assessment: Assessment,
  run: Simulation | null,
): Omit<ComparisonEntry, 'rank'> {
  const distances = assessment.positions
    .map((p) => p.liquidationDistancePercent)
    .filter((d): d is string => d !== null)
    .map((d) => new Decimal(d).abs());
  const nearest = distances.length === 0 ? null : Decimal.min(...distances);
  return {
    profileSlug: profile.slug,
    exchange: profile.exchange,
    product: profile.product,
    profileVersion: profile.version,
    asOf: profile.asOf,
    answer: assessment.answer,
    reason: assessment.reason,
    currency: assessment.settlementAsset,
    outcomeBalance: run === null ? assessment.worstCase.balance : run.finalBalance,
    outcomeUserOwes: run === null ? assessment.worstCase.userOwes : run.userOwes,
    worstCaseBalance: assessment.worstCase.balance,
    liquidationDistancePercent: nearest === null ? null : nearest.toFixed(),
    simulation:
      run === null
        ? null
        : {
            liquidated: run.liquidated,
            deficit: run.deficit,
            deficitPaidBy: run.deficitPaidBy,
            userOwes: run.userOwes,
            finalBalance: run.finalBalance,
            residualAtStake: run.residualAtStake,
          },
  };
}

/** Higher outcome balance first; then farther from liquidation (none at all is farthest); then slug. */
function byOutcome(a: Omit<ComparisonEntry, 'rank'>, b: Omit<ComparisonEntry, 'rank'>): number {
  const outcome = new Decimal(b.outcomeBalance).comparedTo(a.outcomeBalance);
  if (outcome !== 0) return outcome;
  const distance = (e: Omit<ComparisonEntry, 'rank'>) =>
    e.liquidationDistancePercent === null
      ? new Decimal(Infinity)
      : new Decimal(e.liquidationDistancePercent);
  const byDistance = distance(b).comparedTo(distance(a));
  if (byDistance !== 0) return byDistance;
  return a.profileSlug < b.profileSlug ? -1 : a.profileSlug > b.profileSlug ? 1 : 0;
}
