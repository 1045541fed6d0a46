/**
 * The odds in one plain sentence: "About 1 in 6 chance of a liquidation; a deficit in about 1 in
 * 60; you would not pay it." The probabilities are risk-core's; this only words them.
 */
import type { OddsResult } from '@belowzero/risk-core';

/** "about 1 in 6" for 0.166..., or null for 0. */
function oneIn(probability: string): string | null {
  const p = Number(probability);
  if (!(p > 0)) return null;
  const n = Math.round(1 / p);
  return n <= 1 ? 'almost certainly' : `about 1 in ${n.toLocaleString('en-US')}`;
}

export function oddsSummary(result: OddsResult): string {
  const liquidation = oneIn(result.liquidation.probability);
  const deficit = oneIn(result.deficit.probability);
  const owes = oneIn(result.userOwes.probability);
  const first =
    liquidation === null
      ? `No liquidation in any of the ${result.paths.toLocaleString('en-US')} paths`
      : `${liquidation.charAt(0).toUpperCase()}${liquidation.slice(1)} chance of a liquidation`;
  if (deficit === null) return `${first}; no deficit past zero.`;
  const who = owes === null ? 'you would not pay it' : `you would owe money in ${owes}`;
  return `${first}; a deficit in ${deficit}; ${who}.`;
}
