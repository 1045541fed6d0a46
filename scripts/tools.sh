#!/usr/bin/env bash
# Runs a command with the repo's own pinned pnpm (installed by bootstrap.sh into .tools/) on PATH.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export PATH="$root/.tools/node_modules/.bin:$root/node_modules/.bin:$PATH"
export NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1
exec "$@"
