/// <reference types="node" />
/** The snapshot shipped in risk-core is exactly what `pnpm profiles:import` writes from the
 * recorded answers: nobody edits a venue's figures by hand. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSnapshot, recordedResponses, renderSnapshot } from '../src/index.js';
import { readRecording } from './recorded.js';

test('risk-core venue-snapshot.ts equals the regenerated snapshot (run `pnpm profiles:import`)', () => {
  const committed = readFileSync(
    join(__dirname, '../../risk-core/src/profiles/data/venue-snapshot.ts'),
    'utf8',
  );
  expect(committed).toBe(renderSnapshot(buildSnapshot(recordedResponses(readRecording))));
});
