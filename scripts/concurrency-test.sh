#!/usr/bin/env bash
# Several ingests and readers on one archive at once, as separate processes.
#
#   scripts/concurrency-test.sh [INGESTS] [READERS] [COPIES]
#
# Corpus/*.txt is copied COPIES times (default 20, serials changed per copy). INGESTS
# processes (default 2) ingest overlapping halves of it into one archive while READERS
# processes (default 4) loop over find, search, list, unresolved and refs. Every command
# must succeed (WAL lets readers read while one writer writes; a second writer waits for the
# busy timeout), `saraban check` must find the archive sound, and scripts/archive-dump.py of
# it must equal that of an archive ingested in one go. A release build; not run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
ingests=${1:-2}
readers=${2:-4}
copies=${3:-20}
work=$(mktemp -d /tmp/saraban-concurrency.XXXXXX)
trap 'rm -rf "$work"' EXIT

swift build -c release --product saraban >/dev/null
bin=$(swift build -c release --show-bin-path)/saraban
python3 scripts/corpus-copies.py "$copies" "$work/in"
mapfile -t folders < <(find "$work/in" -mindepth 1 -maxdepth 1 -type d | sort)
files=$(find "$work/in" -type f | wc -l)

"$bin" ingest --db "$work/ref.sqlite" "$work/in" >/dev/null
python3 scripts/archive-dump.py "$work/ref.sqlite" > "$work/ref.txt"

db="$work/shared.sqlite"
"$bin" ingest --db "$db" "${folders[0]}" >/dev/null   # the archive exists before the race
pids=()
n=${#folders[@]}
for k in $(seq 0 $((ingests - 1))); do
  # ingest k takes a window of the folders starting at k·n/ingests, two thirds of them, so
  # windows overlap and every folder is in at least one
  part=()
  for j in $(seq 0 $((n * 2 / 3))); do part+=("${folders[$(( (k * n / ingests + j) % n ))]}"); done
  "$bin" ingest --db "$db" --batch 8 "${part[@]}" > "$work/ingest-$k.out" 2> "$work/ingest-$k.err" &
  pids+=($!)
done
# the windows together may miss none: one more ingest of everything, racing too
"$bin" ingest --db "$db" --batch 8 "$work/in" > "$work/ingest-all.out" 2> "$work/ingest-all.err" &
pids+=($!)
touch "$work/running"
for r in $(seq 1 "$readers"); do
  (
    runs=0 failed=0
    while [ -e "$work/running" ]; do
      for q in "find ว 1" "search ปกครอง" "list" "unresolved" "refs มท 0812/ว 1565"; do
        # shellcheck disable=SC2086
        if ! "$bin" $q --db "$db" >/dev/null 2>>"$work/reader-$r.err"; then
          grep -q "no letter" "$work/reader-$r.err" 2>/dev/null && : > "$work/reader-$r.err" || failed=$((failed + 1))
        fi
        runs=$((runs + 1))
      done
    done
    echo "$runs $failed" > "$work/reader-$r.count"
  ) &
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
rm -f "$work/running"
wait
reads=0 failures=0
for r in $(seq 1 "$readers"); do read -r a b < "$work/reader-$r.count"; reads=$((reads + a)); failures=$((failures + b)); done
cat "$work"/ingest-*.err "$work"/reader-*.err 2>/dev/null | head -5
"$bin" check --db "$db" >/dev/null || { echo "archive unsound"; exit 1; }
python3 scripts/archive-dump.py "$db" > "$work/shared.txt"
if ! cmp -s "$work/ref.txt" "$work/shared.txt"; then
  echo "the shared archive differs from one ingested in one go:"; diff "$work/ref.txt" "$work/shared.txt" | head -20; exit 1
fi
[ "$status" = 0 ] && [ "$failures" = 0 ] || { echo "$failures failed reads, ingest status $status"; exit 1; }
echo "concurrency: $((ingests + 1)) ingests and $readers readers at once on $files files ($(grep -c '^letter' "$work/ref.txt") letters): $reads reads, 0 errors, archive sound and equal to a single ingest"
