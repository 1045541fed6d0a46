// `pnpm profiles:import`: runs every venue importer on the recorded answers in recorded/ and
// writes risk-core's venue snapshot. The same functions back test/snapshot.test.ts, which fails
// when the committed snapshot differs from what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildSnapshot, recordedResponses, renderSnapshot } from '../dist/esm/index.js';

const read = (file) =>
  JSON.parse(readFileSync(new URL(`../recorded/${file}`, import.meta.url), 'utf8'));
const target = new URL('../../risk-core/src/profiles/data/venue-snapshot.ts', import.meta.url);
const snapshot = buildSnapshot(recordedResponses(read));
writeFileSync(target, renderSnapshot(snapshot));
const count = Object.values(snapshot).reduce((n, s) => n + s.contracts.length, 0);
console.log(
  `wrote ${target.pathname} (${Object.keys(snapshot).length} profiles, ${count} contracts)`,
);
