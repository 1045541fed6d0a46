// Freezes the current version of each named profile into src/profiles/data/history/ before it
// is edited (docs/profiles.md, "Updating a profile"): the whole profile as one literal, so
// nothing it imported (provenance, the venue snapshot) can change it later. Reads the build.
// Usage: node scripts/freeze-profiles.mjs <slug>... ; then register the copies in versions.ts.
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findProfile } from '../dist/esm/profile-data.js';

const historyDir = resolve(import.meta.dirname, '../src/profiles/data/history');
const camel = (slug) => slug.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

for (const slug of process.argv.slice(2)) {
  const profile = findProfile(slug);
  const file = resolve(historyDir, `${slug}-v${profile.version}.ts`);
  if (existsSync(file)) throw new Error(`${file} exists: ${slug} v${profile.version} is frozen`);
  const name = `${camel(slug)}V${profile.version}`;
  writeFileSync(
    file,
    `/** Superseded: version ${profile.version}, kept unchanged so results naming it reproduce.\n` +
      ` * ${profile.exchange} ${profile.product}. Written by scripts/freeze-profiles.mjs. */\n` +
      `import type { SafeguardProfile } from '../../profile.js';\n\n` +
      `export const ${name}: SafeguardProfile = ${JSON.stringify(profile, null, 2)};\n`,
  );
  console.log(`${slug} v${profile.version} -> ${file} (${name})`);
}
