/**
 * The Monte Carlo price model: a Merton jump-diffusion. Over a step of dt years the log
 * price moves by (mu - sigma^2/2 - lambda*k)*dt + sigma*sqrt(dt)*Z plus N jumps, N Poisson
 * with mean lambda*dt, each jump's log size Normal(jumpMean, jumpStdDev^2), and
 * k = E[e^J] - 1 the compensator, so E[S_T] = S_0 * e^(mu*T).
 * Parameters are validated in Decimal; the step constants are floats, as the path loop
 * only moves model prices and compares them with thresholds fixed in Decimal.
 */
import { Decimal, ZERO, parseDecimal } from './decimal.js';
import { ValidationError } from './errors.js';
import type { SeededRandom } from './random.js';

export interface JumpDiffusionInput {
  /** Annualized volatility as a fraction, e.g. "0.8" for 80%. */
  volatility: string;
  /** Annual drift of the expected price, e.g. "0". Default "0". */
  drift?: string;
  /** Expected number of jumps per year. Default "0" (no jumps). */
  jumpIntensityPerYear?: string;
  /** Mean of the log jump size, e.g. "-0.2" for jumps of about -18%. Default "0". */
  jumpMean?: string;
  /** Standard deviation of the log jump size. Default "0" (every jump the same size). */
  jumpStdDev?: string;
}

/** Per-step float constants of the model. */
export interface StepModel {
  /** Deterministic part of the log move per step. */
  logDriftPerStep: number;
  /** sigma * sqrt(dt). */
  diffusionPerStep: number;
  /** exp(-lambda*dt), the Poisson draw's input; 1 means no jumps. */
  expMinusJumpsPerStep: number;
  jumpMean: number;
  jumpStdDev: number;
}

const MS_PER_YEAR = new Decimal(365.25 * 24 * 3600 * 1000);

export function stepModel(
  field: string,
  input: JumpDiffusionInput,
  horizonMs: Decimal,
  steps: number,
): StepModel {
  const sigma = nonNegative(`${field}.volatility`, input.volatility);
  const mu = input.drift === undefined ? ZERO : parseDecimal(`${field}.drift`, input.drift);
  const lambda =
    input.jumpIntensityPerYear === undefined
      ? ZERO
      : nonNegative(`${field}.jumpIntensityPerYear`, input.jumpIntensityPerYear);
  const jumpMean =
    input.jumpMean === undefined ? ZERO : parseDecimal(`${field}.jumpMean`, input.jumpMean);
  const jumpStdDev =
    input.jumpStdDev === undefined ? ZERO : nonNegative(`${field}.jumpStdDev`, input.jumpStdDev);
  if (sigma.greaterThan(20))
    throw new ValidationError(
      `${field}.volatility`,
      input.volatility,
      'within_range',
      'must be at most 20 (2,000% a year)',
    );
  if (jumpMean.abs().greaterThan(20) || jumpStdDev.greaterThan(20)) {
    throw new ValidationError(
      `${field}.jumpMean`,
      input.jumpMean,
      'within_range',
      'log jump sizes must be within +-20',
    );
  }
  const dt = horizonMs.div(MS_PER_YEAR).div(steps);
  const jumpsPerStep = lambda.times(dt);
  if (jumpsPerStep.greaterThan(50)) {
    throw new ValidationError(
      `${field}.jumpIntensityPerYear`,
      input.jumpIntensityPerYear,
      'within_range',
      'more than 50 expected jumps per step; use more steps',
    );
  }
  const compensator = jumpMean.plus(jumpStdDev.pow(2).div(2)).exp().minus(1);
  const logDrift = mu.minus(sigma.pow(2).div(2)).minus(lambda.times(compensator)).times(dt);
  return {
    logDriftPerStep: logDrift.toNumber(),
    diffusionPerStep: sigma.times(dt.sqrt()).toNumber(),
    expMinusJumpsPerStep: jumpsPerStep.neg().exp().toNumber(),
    jumpMean: jumpMean.toNumber(),
    jumpStdDev: jumpStdDev.toNumber(),
  };
}

/** One step of the log price. Kept small so the engine inlines it into the path loop. */
export function logStep(model: StepModel, random: SeededRandom): number {
  let move = model.logDriftPerStep + model.diffusionPerStep * random.normal();
  if (model.expMinusJumpsPerStep < 1) {
    const jumps = random.poisson(model.expMinusJumpsPerStep);
    if (jumps > 0)
      move += jumps * model.jumpMean + model.jumpStdDev * Math.sqrt(jumps) * random.normal();
  }
  return move;
}

function nonNegative(field: string, value: unknown): Decimal {
  const parsed = parseDecimal(field, value);
  if (parsed.isNegative()) throw new ValidationError(field, value, 'non_negative');
  return parsed;
}
