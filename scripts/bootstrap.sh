#!/usr/bin/env bash
# Installs everything the workspace needs on a machine that has only Node and npm:
# the pinned pnpm (locally, into .tools/, no root needed), the locked dependencies,
# and the generated Prisma client. Safe to run again: each step is skipped when done.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
pnpm_version=$(node -p "require('./package.json').packageManager.split('@')[1]")
export PATH="$root/.tools/node_modules/.bin:$PATH"

if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  echo "bootstrap: installing pnpm $pnpm_version into .tools/"
  mkdir -p .tools
  npm install --prefix .tools --no-save --no-audit --no-fund --loglevel=error "pnpm@$pnpm_version"
fi

# pnpm's bundled node-gyp ignores .npmrc's nodedir; only the environment variable reaches it.
[ -d /usr/include/node ] && export npm_config_nodedir=/usr
pnpm install --frozen-lockfile --reporter=append-only | tail -n 5
node scripts/prisma-generate.mjs
