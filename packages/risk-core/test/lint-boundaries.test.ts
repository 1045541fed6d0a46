/// <reference types="node" />
/**
 * The boundaries of docs/architecture.md hold by lint, not memory: each deliberate violation
 * below is linted with the workspace's own config (ESLint from the repo root, on the text as if
 * it were the named file) and must fail with the boundary's message; the allowed import passes.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const eslint = resolve(root, 'node_modules/eslint/bin/eslint.js');

function lint(filePath: string, code: string): { ok: boolean; output: string } {
  const run = spawnSync(
    process.execPath,
    [eslint, '--max-warnings=0', '--stdin', '--stdin-filename', filePath],
    { cwd: root, input: code, encoding: 'utf8' },
  );
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

test.each([
  [
    'packages/risk-core/src/margin/leak.ts',
    "import { linearLeg } from '../instruments/linear.js';\nexport const f = linearLeg;\n",
    'margin/ is the lowest layer',
  ],
  [
    'packages/risk-core/src/margin/leak.ts',
    "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n",
    'risk-core is pure',
  ],
  [
    'packages/risk-core/src/instruments/leak.ts',
    "import { prepareAccount } from '../account/account.js';\nexport const f = prepareAccount;\n",
    'instruments/ sits below account/',
  ],
  [
    'packages/risk-core/src/leak.ts',
    "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n",
    'risk-core is pure',
  ],
  [
    'packages/risk-core/src/leak.ts',
    "import { useState } from 'react';\nexport const f = useState;\n",
    'risk-core is pure',
  ],
  [
    'packages/risk-core/src/leak.ts',
    "import { parse } from 'graphql';\nexport const f = parse;\n",
    'risk-core is pure',
  ],
  [
    'packages/risk-core/src/leak.ts',
    "import { PrismaClient } from '@prisma/client';\nexport const f = PrismaClient;\n",
    'risk-core is pure',
  ],
  [
    'apps/api/src/leak.ts',
    "import { walkTimeline } from '@belowzero/risk-core/dist/cjs/walk.js';\nexport const f = walkTimeline;\n",
    "risk-core's public entries",
  ],
  [
    'apps/mcp/src/leak.ts',
    "import { assess } from '../../../packages/risk-core/src/assess.js';\nexport const f = assess;\n",
    "risk-core's public entries",
  ],
  [
    'apps/web/lib/leak.ts',
    "import { readConfig } from '../../api/src/config';\nexport const f = readConfig;\n",
    'do not import each other',
  ],
  [
    'apps/api/src/leak.ts',
    "import { formatMoney } from '@belowzero/web/lib/format';\nexport const f = formatMoney;\n",
    'do not import each other',
  ],
])('%s may not: %s', (filePath, code, message) => {
  const result = lint(filePath, code);
  expect(result.ok).toBe(false);
  expect(result.output).toContain(message);
});

test('what the boundaries allow still lints clean', () => {
  expect(
    lint(
      'packages/risk-core/src/fine.ts',
      "import { Decimal } from 'decimal.js';\nimport { ONE } from './decimal.js';\nexport const f = [Decimal, ONE];\n",
    ).ok,
  ).toBe(true);
  expect(
    lint(
      'apps/api/src/fine.ts',
      "import { assess } from '@belowzero/risk-core';\nexport const f = assess;\n",
    ).ok,
  ).toBe(true);
  expect(
    lint(
      'apps/web/lib/fine.ts',
      "import { profiles } from '@belowzero/risk-core/profiles';\nexport const f = profiles;\n",
    ).ok,
  ).toBe(true);
});
