/**
 * `pnpm --filter @belowzero/api persisted-queries`: builds the PWA's safelist
 * (apps/api/persisted-query-manifest.json) from apps/web/lib/operations.ts, where the PWA
 * keeps every operation it sends as a `gql` template (fragments interpolated by name).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { defaultManifestPath } from './app-paths.js';
import { repoRoot } from './config.js';
import { canonicalOperation, sha256 } from './http/operation-text.js';
import type { ManifestFile } from './http/persisted-operations.js';

export const pwaOperationsPath = join(repoRoot, 'apps', 'web', 'lib', 'operations.ts');

/** The manifest of every operation in the PWA's operations file, sorted by name. */
export function buildManifest(source: string): ManifestFile {
  const templates = new Map<string, string>();
  for (const match of source.matchAll(/export const (\w+) = gql`([^`]*)`/g)) {
    templates.set(match[1] as string, match[2] as string);
  }
  const expand = (text: string, seen: string[]): string =>
    text.replace(/\$\{(\w+)\}/g, (_all, name: string) => {
      const inner = templates.get(name);
      if (inner === undefined || seen.includes(name))
        throw new Error(`cannot expand \${${name}} in the PWA operations`);
      return expand(inner, [...seen, name]);
    });
  const operations: ManifestFile['operations'] = [];
  for (const [constant, template] of templates) {
    const body = canonicalOperation(expand(template, [constant]));
    const operation = parse(body).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) continue; // a fragment on its own
    if (!operation.name) throw new Error(`${constant}: every PWA operation needs a name`);
    operations.push({
      id: sha256(body),
      name: operation.name.value,
      type: operation.operation,
      body,
    });
  }
  operations.sort((a, b) => (a.name < b.name ? -1 : 1));
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

export function manifestText(manifest: ManifestFile): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (require.main === module) {
  const manifest = buildManifest(readFileSync(pwaOperationsPath, 'utf8'));
  writeFileSync(defaultManifestPath, manifestText(manifest));
  console.log(`wrote ${manifest.operations.length} operations to ${defaultManifestPath}`);
}
