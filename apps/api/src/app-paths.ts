/**
 * Files the API reads from the repository.
 */
import { join } from 'node:path';
import { repoRoot } from './config.js';

/** The PWA's persisted query manifest (the safelist; see docs/api.md). */
export const defaultManifestPath = join(repoRoot, 'apps', 'api', 'persisted-query-manifest.json');
