#!/usr/bin/env bash
# Kill `saraban ingest` at random moments (SIGKILL) and check that nothing is lost.
#
#   scripts/kill-test.sh [RUNS] [COPIES]
#
# Corpus/*.txt is copied COPIES times (default 20; serials changed per copy, see
# scripts/corpus-copies.py). A reference archive is ingested in one go. Then, RUNS times
# (default 20): a fresh archive is ingested and killed with SIGKILL 1–3 times at a random
# moment, `saraban check` must find it sound after every kill, a final ingest must complete,
# and `scripts/archive-dump.py` of the result must equal the reference's: no duplicate, no
# missing file, letter, copy or citation, the same resolution. Prints a line per run and a
# summary; exit status 1 on the first failure. A release build; not run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
copies=${2:-20}
work=$(mktemp -d /tmp/saraban-kill.XXXXXX)
trap 'rm -rf "$work"' EXIT

swift build -c release --product saraban >/dev/null
bin=$(swift build -c release --show-bin-path)/saraban
python3 scripts/corpus-copies.py "$copies" "$work/in"
files=$(find "$work/in" -type f | wc -l)

start=$(date +%s%N)
"$bin" ingest --db "$work/ref.sqlite" --batch 16 "$work/in" >/dev/null
full_ms=$(( ($(date +%s%N) - start) / 1000000 ))
python3 scripts/archive-dump.py "$work/ref.sqlite" > "$work/ref.txt"
echo "reference: $files files, $(grep -c '^letter' "$work/ref.txt") letters, $(grep -c '^citation' "$work/ref.txt") citations, ingest ${full_ms} ms"

kills=0
for run in $(seq 1 "$runs"); do
  db="$work/run.sqlite"
  rm -f "$db" "$db-wal" "$db-shm"
  times=$(( RANDOM % 3 + 1 ))
  at=()
  for k in $(seq 1 "$times"); do
    ms=$(( RANDOM % (full_ms + 1) ))
    "$bin" ingest --db "$db" --batch 16 "$work/in" >/dev/null 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
    if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); at+=("${ms}ms"); else at+=("done"); fi
    wait "$pid" 2>/dev/null || true
    if [ -e "$db" ] && ! "$bin" check --db "$db" > "$work/check.txt" 2>&1; then
      echo "run $run: archive unsound after a kill at ${ms} ms:"; cat "$work/check.txt"; exit 1
    fi
  done
  "$bin" ingest --db "$db" --batch 16 "$work/in" >/dev/null
  "$bin" check --db "$db" >/dev/null
  python3 scripts/archive-dump.py "$db" > "$work/run.txt"
  if ! cmp -s "$work/ref.txt" "$work/run.txt"; then
    echo "run $run: differs from the reference after kills at ${at[*]}:"
    diff "$work/ref.txt" "$work/run.txt" | head -20
    exit 1
  fi
  echo "run $run: killed at ${at[*]}; sound after each kill; resumed to the reference"
done
echo "kill-test: $runs runs, $kills kills (SIGKILL), $files files each: every archive sound, every resumed archive equal to the reference"
