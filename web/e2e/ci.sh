#!/usr/bin/env bash
# The browser end-to-end check as the test suite runs it (scripts/test, last step):
# build the CLI, ingest the example corpus (and web/e2e/fixtures) into a temporary store, install
# playwright-core if needed, and walk the UI in Debian's chromium against
# `dossier serve --read-only`. Screenshots are left in a temporary directory.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/dossier-e2e.XXXXXX")
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ]; then
  npm ci --no-audit --no-fund --loglevel=error || npm install --no-audit --no-fund --loglevel=error
fi
(cd "$root" && cargo build -p dossier-cli --quiet)
target=${CARGO_TARGET_DIR:-$root/target}
case "$target" in /*) ;; *) target="$root/$target" ;; esac
bin="$target/debug/dossier"
# The example corpus, and made-up texts for what it lacks (two spellings of a name).
"$bin" --store "$work/store" ingest "$root/examples/corpus" "$root/web/e2e/fixtures" >/dev/null
DOSSIER_BIN="$bin" DOSSIER_STORE="$work/store" SCREENSHOTS="$work/screenshots" \
  QUERY="${QUERY:-moratorium}" ASK="${ASK:-When did the moratorium on executions take effect?}" \
  timeout 300 node run.mjs
# Judgments made in the UI, on a writable server of its own.
DOSSIER_BIN="$bin" timeout 120 node judge.mjs
# Sign-in (the same store, served with --require-sign-in, an editor's account).
printf 'e2e editor pass\n' | "$bin" --store "$work/store" user add e2e-editor --role editor --password-stdin >/dev/null
DOSSIER_BIN="$bin" DOSSIER_STORE="$work/store" E2E_USER=e2e-editor E2E_PASSWORD='e2e editor pass' \
  timeout 120 node signin.mjs
rm -rf "$work/store"
