/**
 * Files the API reads from the repository.
 */
import { join } from 'node:path';
import { repoRoot } from './config.js';

/** The PWA's persisted documents, written by its GraphQL Code Generator (the safelist; see
 * docs/api.md). */
export const defaultManifestPath = join(
  repoRoot,
  'apps',
  'web',
  'lib',
  'gql',
  'persisted-documents.json',
);
