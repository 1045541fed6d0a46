/**
 * Global setup of the fault suite: a fresh folder where each test file records its numbers.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default async function globalSetup(): Promise<void> {
  process.env.FAULT_TALLY_DIR = mkdtempSync(join(tmpdir(), 'belowzero-faults-'));
}
