/**
 * simulate: one account under one profile along one price path (docs/design/risk-model.md section 4).
 * Returns the timeline of events (margin call, stop-loss, partial and full liquidation,
 * deficit, ADL), who paid each part of any deficit, the equity at every point and the
 * final balance.
 */
import { Decimal, ONE, parseDecimal } from './decimal.js';
import { ValidationError } from './errors.js';
import { type PreparedAccount, prepareAccount } from './account/account.js';
import { METHODOLOGY_VERSION } from './methodology.js';
import {
  type PricePathInput,
  type ResolvedPricePath,
  pathPrice,
  resolvePricePath,
} from './price-paths.js';
import type { DeficitPayer, SafeguardProfile } from './profiles/profile.js';
import type { ScenarioInput } from './scenario.js';
import type { Timeline } from './timeline.js';
import { validateScenario } from './validate.js';
import { type SimulationEvent, type WalkPoint, type WalkResult, walkTimeline } from './walk.js';
import { type WaterfallPart, insuranceFundCapacity } from './waterfall.js';

export type { SimulationEvent, SimulationEventKind, WalkPoint as SimulationPoint } from './walk.js';

export interface SimulationOptions {
  /** Multiplies the profile's insurance fund capacity, e.g. "0" for an empty fund. Default "1". */
  insuranceFundScale?: string;
}

export interface Simulation {
  events: SimulationEvent[];
  /** Every point of the path with each asset's price and the account's equity there. */
  points: WalkPoint[];
  liquidated: boolean;
  /** Total loss past zero over the run (settlement currency). */
  deficit: string;
  /** Who paid the deficit, per payer, in the order they paid. Sums exactly to `deficit`. */
  deficitPaidBy: WaterfallPart[];
  /** The part of the deficit left to the user. */
  userOwes: string;
  /** Account equity at the end, less what the user owes (negative = a debt to the venue). */
  finalBalance: string;
  /** Margin left after a liquidation that the venue may return or keep (it does not publish
   * which): finalBalance counts it as lost, so the balance lies between finalBalance and
   * finalBalance + residualAtStake. "0" when the venue's rule is known. */
  residualAtStake: string;
  startingBalance: string;
  currency: string;
  notes: string[];
  methodologyVersion: string;
  asOf: string;
  profileSlug: string;
  profileVersion: number;
}

export function simulate(
  input: ScenarioInput,
  profile: SafeguardProfile,
  path: PricePathInput,
  options: SimulationOptions = {},
): Simulation {
  const scenario = validateScenario(input, profile);
  const resolved = resolvePricePath(path);
  const scale = parseScale(options.insuranceFundScale);
  const account = prepareAccount(scenario, profile);
  const timeline = pathTimeline(resolved, account);
  const walk = walkTimeline(account, timeline, {
    recordPoints: true,
    insuranceFund: insuranceFundCapacity(profile, scale),
  });
  return simulationResult(account, walk, walk.points[0]?.equity ?? '0');
}

/** Shapes a walk into the public result (shared with `compare`). */
export function simulationResult(
  account: PreparedAccount,
  walk: WalkResult,
  startingBalance: string,
): Simulation {
  const { profile } = account;
  return {
    events: walk.events,
    points: walk.points,
    liquidated: walk.liquidated,
    deficit: walk.deficit.toFixed(),
    deficitPaidBy: [...walk.parts].map(([payer, amount]: [DeficitPayer, Decimal]) => ({
      payer,
      amount: amount.toFixed(),
    })),
    userOwes: walk.userOwes.toFixed(),
    finalBalance: walk.finalBalance.toFixed(),
    residualAtStake: walk.residualAtStake.toFixed(),
    startingBalance,
    currency: account.scenario.settlementAsset,
    notes: walk.notes,
    methodologyVersion: METHODOLOGY_VERSION,
    asOf: profile.asOf,
    profileSlug: profile.slug,
    profileVersion: profile.version,
  };
}

/** Validates the insurance fund scale (>= 0). */
export function parseScale(
  value: string | undefined,
  field = 'options.insuranceFundScale',
): Decimal {
  if (value === undefined) return ONE;
  const scale = parseDecimal(field, value);
  if (scale.isNegative()) throw new ValidationError(field, value, 'non_negative');
  return scale;
}

/** The account's prices along a resolved path: the moved assets follow it, the others stay. */
export function pathTimeline(path: ResolvedPricePath, account: PreparedAccount): Timeline {
  const start = account.prices;
  const moved = movedAssets(path, account);
  return {
    length: path.timesMs.length,
    timeMs: (index) => path.timesMs[index] ?? 0,
    price: (asset, index) => {
      const startPrice = start.get(asset) as Decimal;
      return moved.has(asset) ? pathPrice(path, index, startPrice) : startPrice;
    },
  };
}

function movedAssets(path: ResolvedPricePath, account: PreparedAccount): Set<string> {
  const assets = [...account.prices.keys()];
  if (path.asset !== null) {
    const asset = path.asset.toUpperCase();
    if (!assets.includes(asset))
      throw new ValidationError(
        'path.asset',
        path.asset,
        'one_of',
        `must be one of ${assets.join(', ')}`,
      );
    return new Set([asset]);
  }
  if (path.scale === 'relative') return new Set(assets);
  const first = account.scenario.positions[0]?.asset ?? assets[0];
  return new Set(first === undefined ? [] : [first]);
}
