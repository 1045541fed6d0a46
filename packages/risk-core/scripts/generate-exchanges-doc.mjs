// Writes docs/exchanges.md from the built profiles (run `pnpm --filter @belowzero/risk-core docs:exchanges`).
// The same renderer backs test/profiles-doc.test.ts, which fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderExchangesDoc } from '../dist/esm/profiles/exchanges-doc.js';
import { renderCoverage, venueCoverage } from '../dist/esm/coverage.js';
import { profiles } from '../dist/esm/profile-data.js';

const target = resolve(dirname(fileURLToPath(import.meta.url)), '../../../docs/exchanges.md');
writeFileSync(target, renderExchangesDoc(profiles) + renderCoverage(venueCoverage(profiles)));
console.log(`wrote ${target} (${profiles.length} profiles)`);
