/// <reference types="node" />
/**
 * Superseded profile versions (src/profiles/data/history) stay reproducible: each is frozen
 * (imports nothing that could change under it), older than the current version of its slug,
 * and every (slug, version) pair is unique. See docs/profiles.md for the update procedure.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { profileVersions, profiles } from '../src/profile-data.js';

const historyDir = resolve(__dirname, '../src/profiles/data/history');
const historyFiles = readdirSync(historyDir).filter((name) => name.endsWith('.ts'));

test('there is at least one superseded version, and each file is named <slug>-v<version>.ts', () => {
  expect(historyFiles.length).toBeGreaterThan(0);
  const superseded = profileVersions.filter((profile) => !profiles.includes(profile));
  expect(superseded.map((profile) => `${profile.slug}-v${profile.version}.ts`).sort()).toEqual(
    [...historyFiles].sort(),
  );
});

test.each(historyFiles)(
  '%s imports only the profile type (frozen: nothing shared can change it)',
  (name) => {
    const source = readFileSync(resolve(historyDir, name), 'utf8');
    const imports = source.split('\n').filter((line) => /^\s*import\b/.test(line));
    expect(imports).toEqual(["import type { SafeguardProfile } from '../../profile.js';"]);
  },
);

test('each superseded version is older than the current version of its slug; (slug, version) pairs are unique', () => {
  const keys = profileVersions.map((profile) => `${profile.slug}@${profile.version}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const old of profileVersions.filter((profile) => !profiles.includes(profile))) {
    const current = profiles.find((profile) => profile.slug === old.slug);
    expect(current).toBeDefined();
    expect(old.version).toBeLessThan(current!.version);
  }
});
