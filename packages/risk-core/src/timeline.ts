/**
 * A price timeline: the points a simulation walks, read lazily so the Monte Carlo model can
 * hand over a path of floats and only the points the walk reaches are turned into Decimals.
 * Between points the price moves linearly; after the last point it stays where it ended.
 */
import type { Decimal } from './decimal.js';

export interface Timeline {
  readonly length: number;
  timeMs(index: number): number;
  /** Price of `asset` at a point; an asset the path does not move keeps its starting price. */
  price(asset: string, index: number): Decimal;
}

/** Price of `asset` at time `timeMs`, searching forward from point `fromIndex`. */
export function priceAtTime(
  timeline: Timeline,
  asset: string,
  timeMs: number,
  fromIndex: number,
): Decimal {
  let index = Math.max(0, fromIndex);
  while (index + 1 < timeline.length && timeline.timeMs(index + 1) <= timeMs) index += 1;
  const price = timeline.price(asset, index);
  if (index + 1 >= timeline.length || timeline.timeMs(index) >= timeMs) return price;
  const t0 = timeline.timeMs(index);
  const t1 = timeline.timeMs(index + 1);
  const next = timeline.price(asset, index + 1);
  return price.plus(
    next
      .minus(price)
      .times(timeMs - t0)
      .div(t1 - t0),
  );
}
