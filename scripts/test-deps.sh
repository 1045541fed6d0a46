#!/usr/bin/env bash
# Makes sure the services and programs the full test suite talks to are there:
# PostgreSQL on 127.0.0.1:5432 (the API's second database) and Debian's chromium (the PWA's
# end-to-end tests). Installs or starts what is missing when it can (as root, through apt and
# pg_ctlcluster). Under CI=true a missing piece is an error; otherwise the affected tests
# say they are skipped.
set -uo pipefail
strict=${CI:-}
missing=()

postgres_ready() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi; }

if ! command -v pg_isready >/dev/null || ! postgres_ready; then
  if ! command -v pg_ctlcluster >/dev/null; then
    echo "test-deps: installing PostgreSQL (apt)"
    as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
  fi
  for version in $(ls /etc/postgresql 2>/dev/null); do
    echo "test-deps: starting PostgreSQL $version"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  done
  for _ in $(seq 1 30); do postgres_ready && break; sleep 1; done
  postgres_ready || missing+=("PostgreSQL on 127.0.0.1:5432")
fi

chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  echo "test-deps: installing chromium (apt)"
  as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
  [ -x "$chromium" ] || missing+=("chromium at $chromium")
fi

if [ ${#missing[@]} -gt 0 ]; then
  printf 'test-deps: missing: %s\n' "${missing[@]}"
  if [ -n "$strict" ]; then exit 1; fi
  echo "test-deps: the tests that need them will be skipped (set CI=true to make this an error)"
fi
exit 0
