#!/usr/bin/env bash
# Search and ask under load on each backend: one `dossier serve` on an embedded store,
# one on PostgreSQL, then two on the same database (each with its own index directory,
# as on two machines; no balancer: each load connection alternates between them).
# Every server signs in (the embedded one with --require-sign-in); the load sends a
# reader's API token. Figures: crates/store/RESULTS.md.
#
#   crates/store/scripts/serve-load.sh BINARY LOAD CORPUS_DIR POSTGRES_URL WORK_DIR [SECONDS]
#
# BINARY: a release `dossier`; LOAD: the release build of crates/server/examples/load.rs
# (`cargo build --release -p dossier-server --example load`). POSTGRES_URL names an empty
# database; WORK_DIR receives the embedded store, the indexes and the servers' logs
# (emptied first). Loopback ports 18081-18083.
set -u
B=$1 load=$2 corpus=$3 url=$4 work=$5 secs=${6:-20}
rm -rf "$work/embedded" "$work"/index-*
mkdir -p "$work"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done' EXIT

# STORE PORT INDEX_DIR [serve flags]: start a server and wait until it answers a search
# and a question (the first ones build its index and engines).
serve() {
  DOSSIER_INDEX_DIR=$3 "$B" --store "$1" serve --addr "127.0.0.1:$2" "${@:4}" \
    >"$work/serve-$2.log" 2>&1 &
  pids+=($!)
  for path in "search?q=treaty" "ask?q=When%20was%20the%20treaty%20signed%3F"; do
    until curl -sf -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$2/api/$path"; do
      sleep 1
    done
  done
}
stop() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; pids=(); }
run() { # LABEL URL...
  echo "== $1"
  shift
  local urls=()
  for u in "$@"; do urls+=(--url "$u"); done
  "$load" --seconds "$secs" --connections 64 --token "$token" "${urls[@]}" 2>&1
}

for store in "$work/embedded" "$url"; do
  echo "== ingest into $store"
  DOSSIER_INDEX_DIR=$work/index-ingest /usr/bin/time -f "wall %e s" "$B" --store "$store" ingest "$corpus" 2>&1 | tail -1
  "$B" --store "$store" user add bench --role reader --no-password >/dev/null
  token=$("$B" --store "$store" --json user token bench | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  if [ "$store" = "$work/embedded" ]; then
    serve "$store" 18081 "$work/index-a" --require-sign-in
    run "embedded, one server" http://127.0.0.1:18081
  else
    serve "$store" 18081 "$work/index-a"
    run "PostgreSQL, one server" http://127.0.0.1:18081
    serve "$store" 18082 "$work/index-b"
    run "PostgreSQL, two servers" http://127.0.0.1:18081 http://127.0.0.1:18082
  fi
  stop
done
