/**
 * estimateOdds: the probability of liquidation, of a deficit and of owing money over a
 * horizon (docs/design/risk-model.md section 5). Paths of one asset come from a seeded jump-diffusion.
 * The prices where anything can happen (every pool's liquidation and bankruptcy price for
 * that asset, every stop trigger) are solved once, exactly, in Decimal; the path loop runs
 * in floats and only compares the log price with them (rounded outwards, so a crossing is
 * never missed). A path that crosses is handed, from its first crossing point (nothing can
 * happen before it), to the same Decimal walk as `simulate`, which decides exactly what
 * happened and who paid.
 */
import { type OddsResult, oddsResult, Tally } from './odds-result.js';
import { solveThreshold } from './margin/thresholds.js';
import { Decimal, parseDecimal } from './decimal.js';
import { CancelledError, ValidationError } from './errors.js';
import { type StepModel, type JumpDiffusionInput, logStep, stepModel } from './jump-diffusion.js';
import { type PreparedAccount, prepareAccount } from './account/account.js';
import type { SafeguardProfile } from './profiles/profile.js';
import { SeededRandom, parseSeed } from './random.js';
import type { ScenarioInput } from './scenario.js';
import { parseScale } from './simulate.js';
import type { Timeline } from './timeline.js';
import { validateScenario } from './validate.js';
import { walkTimeline } from './walk.js';
import { insuranceFundCapacity } from './waterfall.js';

export type { OddsResult, Probability } from './odds-result.js';

export interface OddsOptions extends JumpDiffusionInput {
  /** Seed of the pseudo-random numbers: the same seed gives the same result. */
  seed: number;
  /** Number of simulated paths (1 to 1,000,000). */
  paths: number;
  /** Steps per path (1 to 100,000). */
  steps: number;
  /** Horizon in hours, e.g. "24". */
  horizonHours: string;
  /** Asset whose price moves; default the first position's asset. Others stay put. */
  asset?: string;
  /** Multiplies the profile's insurance fund capacity. Default "1". */
  insuranceFundScale?: string;
}

export interface OddsHooks {
  onProgress?(done: number, total: number): void;
  signal?: { aborted: boolean };
}

/** Paths per chunk between progress reports and yields to the event loop. */
const CHUNK_PATHS = 250;
const MAX_PATHS = 1_000_000;
const MAX_STEPS = 100_000;
const MAX_PATH_STEPS = 200_000_000;
/** Relative widening of the float thresholds, far above float rounding (~1e-16). */
const THRESHOLD_MARGIN = 1e-9;
const MS_PER_HOUR = 3_600_000;

declare function setTimeout(callback: () => void, ms: number): unknown;

/** Lets a Web Worker (or Node) handle queued messages, such as a cancel, between chunks. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}

export interface OddsSetup {
  account: PreparedAccount;
  asset: string;
  startPrice: Decimal;
  model: StepModel;
  stepMs: number;
  paths: number;
  steps: number;
  seed: number;
  /** log(threshold / start) in floats, widened outwards; -Infinity / Infinity for none. */
  lowerLog: number;
  upperLog: number;
  below: Decimal | null;
  above: Decimal | null;
  insuranceFund: Decimal;
}

/** Validates everything and solves the thresholds (synchronous; throws ValidationError). */
export function prepareOdds(
  input: ScenarioInput,
  profile: SafeguardProfile,
  options: OddsOptions,
): OddsSetup {
  const scenario = validateScenario(input, profile);
  if (typeof options !== 'object' || options === null)
    throw new ValidationError('options', options, 'required');
  const seed = parseSeed('options.seed', options.seed);
  const paths = wholeNumber('options.paths', options.paths, MAX_PATHS);
  const steps = wholeNumber('options.steps', options.steps, MAX_STEPS);
  if (paths * steps > MAX_PATH_STEPS)
    throw new ValidationError(
      'options.paths',
      paths,
      'too_many',
      `paths x steps must be at most ${MAX_PATH_STEPS}`,
    );
  const hours = parseDecimal('options.horizonHours', options.horizonHours);
  if (!hours.greaterThan(0) || hours.greaterThan(24 * 366 * 10)) {
    throw new ValidationError(
      'options.horizonHours',
      options.horizonHours,
      'within_range',
      'must be more than 0 and at most 10 years',
    );
  }
  const horizonMs = hours.times(MS_PER_HOUR);
  const model = stepModel('options', options, horizonMs, steps);
  const insuranceFund = insuranceFundCapacity(profile, parseScale(options.insuranceFundScale));

  const account = prepareAccount(scenario, profile);
  const assets = [...account.prices.keys()];
  const asset =
    options.asset === undefined
      ? (scenario.positions[0]?.asset ?? assets[0])
      : options.asset.toUpperCase();
  if (asset === undefined || !assets.includes(asset)) {
    throw new ValidationError(
      'options.asset',
      options.asset,
      'one_of',
      `must be one of ${assets.join(', ')}`,
    );
  }
  const startPrice = account.prices.get(asset) as Decimal;
  if (!startPrice.greaterThan(0))
    throw new ValidationError(
      'options.asset',
      asset,
      'positive',
      'its current price is zero, so it has no price path',
    );
  const { below, above } = thresholds(account, asset, startPrice);
  return {
    account,
    asset,
    startPrice,
    model,
    stepMs: horizonMs.div(steps).toNumber(),
    paths,
    steps,
    seed,
    lowerLog:
      below === null
        ? Number.NEGATIVE_INFINITY
        : below.div(startPrice).ln().toNumber() + THRESHOLD_MARGIN,
    upperLog:
      above === null
        ? Number.POSITIVE_INFINITY
        : above.div(startPrice).ln().toNumber() - THRESHOLD_MARGIN,
    below,
    above,
    insuranceFund,
  };
}

export async function estimateOdds(
  input: ScenarioInput,
  profile: SafeguardProfile,
  options: OddsOptions,
  hooks: OddsHooks = {},
): Promise<OddsResult> {
  const setup = prepareOdds(input, profile, options);
  const random = new SeededRandom(setup.seed);
  const tally = new Tally();
  const logs = new Float64Array(setup.steps + 1);
  for (let done = 0; done < setup.paths;) {
    if (hooks.signal?.aborted === true) throw new CancelledError();
    const count = Math.min(CHUNK_PATHS, setup.paths - done);
    runPaths(setup, random, logs, count, tally);
    done += count;
    hooks.onProgress?.(done, setup.paths);
    if (done < setup.paths) await yieldToEventLoop();
  }
  return oddsResult(setup, tally);
}

/**
 * The hot loop: `count` paths of `steps` log-price steps each. Every path draws every step
 * (so the random stream, and the result, do not depend on where paths cross).
 */
function runPaths(
  setup: OddsSetup,
  random: SeededRandom,
  logs: Float64Array,
  count: number,
  tally: Tally,
): void {
  const { model, steps, lowerLog, upperLog } = setup;
  for (let path = 0; path < count; path += 1) {
    let x = 0;
    let crossedAt = -1;
    logs[0] = 0;
    for (let step = 1; step <= steps; step += 1) {
      x += logStep(model, random);
      logs[step] = x;
      if (crossedAt < 0 && (x <= lowerLog || x >= upperLog)) crossedAt = step;
    }
    if (crossedAt >= 0) account(setup, logs, crossedAt, tally);
  }
}

/** Decimal accounting of a crossing path, from point `from` to the end. */
function account(setup: OddsSetup, logs: Float64Array, from: number, tally: Tally): void {
  const start = setup.startPrice;
  const startFloat = start.toNumber();
  const cache: (Decimal | undefined)[] = [];
  const timeline: Timeline = {
    length: setup.steps + 1 - from,
    timeMs: (index) => (from + index) * setup.stepMs,
    price: (asset, index) => {
      if (asset !== setup.asset) return setup.account.prices.get(asset) as Decimal;
      const log = logs[from + index] ?? 0;
      if (log === 0) return start;
      let price = cache[index];
      if (price === undefined) {
        price = new Decimal(startFloat * Math.exp(log));
        cache[index] = price;
      }
      return price;
    },
  };
  const walk = walkTimeline(setup.account, timeline, {
    recordPoints: false,
    insuranceFund: setup.insuranceFund,
  });
  if (walk.liquidated) tally.liquidations += 1;
  if (walk.deficit.greaterThan(0)) tally.deficits.push(walk.deficit);
  if (walk.userOwes.greaterThan(0)) tally.userOwes.push(walk.userOwes);
  for (const note of walk.notes) tally.notes.add(note);
}

/**
 * The nearest price below and above the start at which something can happen to the account
 * when only `asset` moves: a pool's liquidation or bankruptcy price, or a stop trigger.
 */
function thresholds(
  account: PreparedAccount,
  asset: string,
  start: Decimal,
): { below: Decimal | null; above: Decimal | null } {
  let below: Decimal | null = null;
  let above: Decimal | null = null;
  const consider = (price: Decimal | null) => {
    if (price === null || !price.isFinite() || !price.greaterThan(0)) return;
    // A threshold at the start itself acts on the first point: widen to catch it both ways.
    if (price.greaterThanOrEqualTo(start) && (above === null || price.lessThan(above)))
      above = price;
    if (price.lessThanOrEqualTo(start) && (below === null || price.greaterThan(below)))
      below = price;
  };
  for (const pool of account.pools) {
    if (!pool.legs.some((leg) => leg.asset === asset)) continue;
    for (const k of [pool.liquidationThreshold, pool.bankruptcyThreshold]) {
      if (k !== null) consider(solveThreshold(pool, asset, k, account.prices).price);
    }
  }
  for (const position of account.scenario.positions) {
    if (position.asset === asset && position.stopLoss !== null)
      consider(position.stopLoss.triggerPrice);
  }
  return { below, above };
}

function wholeNumber(field: string, value: unknown, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new ValidationError(field, value, 'finite_number');
  if (!Number.isInteger(value)) throw new ValidationError(field, value, 'integer');
  if (value < 1) throw new ValidationError(field, value, 'positive');
  if (value > max) throw new ValidationError(field, value, 'too_many', `at most ${max}`);
  return value;
}
