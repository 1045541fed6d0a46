/**
 * Global teardown of the fault suite: prints what the run did, per file and in total
 * (cases tried, faults injected, scenarios checked after, lost).
 */
import { rmSync } from 'node:fs';
import { emptyTally, readTallies } from './tally';

export default async function globalTeardown(): Promise<void> {
  const dir = process.env.FAULT_TALLY_DIR;
  if (!dir) return;
  const tallies = readTallies(dir);
  const total = emptyTally();
  const lines = [...tallies].map(([suite, tally]) => {
    total.casesTried += tally.casesTried;
    total.faultsInjected += tally.faultsInjected;
    total.scenariosChecked += tally.scenariosChecked;
    total.lost += tally.lost;
    return `  ${suite}: ${describe(tally)}`;
  });
  console.log(`\nfault suite: ${describe(total)}\n${lines.join('\n')}`);
  rmSync(dir, { recursive: true, force: true });
}

function describe(tally: {
  casesTried: number;
  faultsInjected: number;
  scenariosChecked: number;
  lost: number;
}): string {
  return (
    `${tally.casesTried} cases tried, ${tally.faultsInjected} faults injected, ` +
    `${tally.scenariosChecked} scenarios checked after, lost: ${tally.lost}`
  );
}
