/// <reference types="node" />
/**
 * docs/exchanges.md is generated from the profile data (scripts/generate-exchanges-doc.mjs);
 * this test renders it with the same function and fails when the committed file is stale.
 * Fix: `pnpm --filter @belowzero/risk-core docs:exchanges`, then commit docs/exchanges.md.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { profiles, renderCoverage, venueCoverage } from '../src/index.js';
import { renderExchangesDoc } from '../src/profiles/exchanges-doc.js';

const committed = readFileSync(resolve(__dirname, '../../../docs/exchanges.md'), 'utf8');

test('docs/exchanges.md is current (regenerate with `pnpm --filter @belowzero/risk-core docs:exchanges`)', () => {
  expect(committed).toBe(renderExchangesDoc(profiles) + renderCoverage(venueCoverage(profiles)));
});

test('the table has one row per profile in each section', () => {
  const rendered = renderExchangesDoc(profiles);
  for (const profile of profiles) {
    const rows = rendered
      .split('\n')
      .filter(
        (line) =>
          line.startsWith('| ') && line.includes(`(\`${profile.slug}\` v${profile.version})`),
      );
    expect(rows).toHaveLength(2);
  }
});

test('a cell containing a pipe cannot break the table', () => {
  const edited = JSON.parse(JSON.stringify(profiles[0])) as (typeof profiles)[number];
  edited.negativeBalancePromise = { ...edited.negativeBalancePromise, value: 'never | below zero' };
  const row = renderExchangesDoc([edited])
    .split('\n')
    .find((line) => line.includes('below zero"'));
  expect(row).toContain('"never \\| below zero"');
});
