/**
 * The numbers a fault suite reports at the end (cases tried, faults injected, scenarios
 * checked after, lost): each test file records its own, the global teardown adds them up.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FaultTally {
  casesTried: number;
  faultsInjected: number;
  scenariosChecked: number;
  lost: number;
}

export const emptyTally = (): FaultTally => ({
  casesTried: 0,
  faultsInjected: 0,
  scenariosChecked: 0,
  lost: 0,
});

/** Adds `tally` to what `suite` recorded so far in this run. */
export function recordTally(suite: string, tally: Partial<FaultTally>): void {
  const dir = process.env.FAULT_TALLY_DIR;
  if (!dir) return; // run outside the fault suite's global setup
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${suite}.json`);
  let current = emptyTally();
  try {
    current = JSON.parse(readFileSync(file, 'utf8')) as FaultTally;
  } catch {
    // first record of this suite
  }
  for (const key of Object.keys(current) as (keyof FaultTally)[]) current[key] += tally[key] ?? 0;
  writeFileSync(file, JSON.stringify(current));
}

export function readTallies(dir: string): Map<string, FaultTally> {
  return new Map(
    readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => [
        file.replace(/\.json$/, ''),
        JSON.parse(readFileSync(join(dir, file), 'utf8')) as FaultTally,
      ]),
  );
}
