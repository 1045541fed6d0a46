/// <reference types="node" />
/**
 * docs/exchanges.md is generated from the profile data (scripts/generate-exchanges-doc.mjs);
 * this test renders it with the same function and fails when the committed file is stale.
 * Fix: `pnpm --filter @belowzero/risk-core docs:exchanges`, then commit docs/exchanges.md.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { profiles } from '../src/profile-data.js';
import { renderCoverage, venueCoverage } from '../src/coverage.js';
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
    expect(rows).toHaveLength(3);
  }
});

test('the venue rules table says each rule as the profile holds it, and what is done where it is not stated', () => {
  const rendered = renderExchangesDoc(profiles);
  const rulesRow = (slug: string) =>
    rendered
      .split('## Venue rules that change a number')[1]!
      .split('\n')
      .find((line) => line.includes(`(\`${slug}\` v`))!;
  expect(rulesRow('bybit-inverse')).toContain('includes the fee to close');
  expect(rulesRow('bybit-inverse')).toContain('kept by the venue');
  expect(rulesRow('phemex-usdtm')).toMatch(/\| yes \| no spot margin \|/);
  expect(rulesRow('kraken-margin')).toContain('in the borrowed asset');
  expect(rulesRow('kraken-futures')).toContain('returned to the user');
  expect(rulesRow('hyperliquid')).toContain('not published: counted as lost');
  expect(rulesRow('okx-perp')).toContain("the tier's rate on the whole position");
});

test('a cell containing a pipe cannot break the table', () => {
  const edited = JSON.parse(JSON.stringify(profiles[0])) as (typeof profiles)[number];
  edited.negativeBalancePromise = { ...edited.negativeBalancePromise, value: 'never | below zero' };
  const row = renderExchangesDoc([edited])
    .split('\n')
    .find((line) => line.includes('below zero"'));
  expect(row).toContain('"never \\| below zero"');
});
