#!/usr/bin/env bash
# UNGDC into an embedded store and into PostgreSQL with one binary, then the same
# one-shot commands against each (figures: crates/store/RESULTS.md).
#
#   crates/store/scripts/ungdc-both.sh BINARY CORPUS_DIR POSTGRES_URL WORK_DIR
#
# POSTGRES_URL names an empty database (e.g. 'postgresql:///ungdc?host=/var/run/postgresql');
# WORK_DIR receives the embedded store and the team-mode index (emptied first).
set -u
B=$1 corpus=$2 url=$3 work=$4
export DOSSIER_INDEX_DIR=$work/index
rm -rf "$work/embedded" "$work/index"
mkdir -p "$work"
for store in "$work/embedded" "$url"; do
  echo "== ingest into $store"
  /usr/bin/time -f "wall %e s, user %U s, sys %S s, peak %M KB" "$B" --store "$store" ingest "$corpus" 2>&1 | tail -2
  echo "== again (unchanged)"
  /usr/bin/time -f "wall %e s" "$B" --store "$store" ingest "$corpus" 2>&1 | tail -1
  for q in "death penalty" "climate change refugees" "nuclear disarmament treaty"; do
    for _ in 1 2 3; do /usr/bin/time -f "search '$q' wall %e s" "$B" --store "$store" search "$q" >/dev/null; done
  done 2>&1
  for _ in 1 2 3; do /usr/bin/time -f "ask wall %e s" "$B" --store "$store" ask "When did Kazakhstan abolish the death penalty?" >/dev/null; done 2>&1
  /usr/bin/time -f "docs wall %e s" "$B" --store "$store" docs >/dev/null
done
du -sh "$work/embedded" "$work/index"
psql "$url" -Atc "select 'database: ' || pg_size_pretty(pg_database_size(current_database()))"
