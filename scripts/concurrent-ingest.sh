#!/usr/bin/env bash
# Four `saraban ingest` processes at once on one PostgreSQL archive, over overlapping
# folders (the same paths twice, and a copy of Corpus/ under another name), then checks that
# every letter is there once and every citation resolved exactly as one writer alone does
# (an SQLite archive ingested in one process): the same counts, graph and unresolved list,
# and `saraban check` finds nothing wrong.
#
#   scripts/concurrent-ingest.sh SARABAN_BINARY postgres://user:pw@host:port/NEWDB
#
# NEWDB is created (the role needs CREATEDB) and dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "$1")
url=$2
admin="${url%/*}/postgres"
db="${url##*/}"
work=$(mktemp -d /tmp/saraban-writers.XXXXXX)
export PGOPTIONS="-c client_min_messages=warning"
cleanup() { psql -X -q "$admin" -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
psql -X -q "$admin" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null

cp -r Corpus "$work/copy"
rm -rf "$work/copy/expected" "$work/empty"
mkdir "$work/empty"
start=$(date +%s.%N)
pids=()
"$bin" ingest --json --batch 4 --db "$url" Corpus/ > "$work/w1.json" 2> "$work/w1.err" & pids+=($!)
"$bin" ingest --json --batch 4 --db "$url" Corpus/ocr Corpus/ > "$work/w2.json" 2> "$work/w2.err" & pids+=($!)
"$bin" ingest --json --batch 4 --db "$url" "$work/copy" > "$work/w3.json" 2> "$work/w3.err" & pids+=($!)
"$bin" ingest --json --batch 4 --db "$url" "$work/copy/ocr" Corpus/ > "$work/w4.json" 2> "$work/w4.err" & pids+=($!)
failed=0
for i in "${!pids[@]}"; do
  if ! wait "${pids[$i]}"; then echo "writer $((i + 1)) failed: $(cat "$work/w$((i + 1)).err")"; failed=1; fi
done
end=$(date +%s.%N)
[ $failed -eq 0 ] || exit 1

"$bin" ingest --json --db "$work/alone.sqlite" Corpus/ "$work/copy" > /dev/null
for store in "$url" "$work/alone.sqlite"; do
  name=$([ "$store" = "$url" ] && echo pg || echo alone)
  "$bin" ingest --json --db "$store" "$work/empty" | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["totals"], sort_keys=True))' > "$work/$name.totals"
  "$bin" export --format graph-json --db "$store" > "$work/$name.graph"
  "$bin" unresolved --json --db "$store" > "$work/$name.unresolved"
done
for part in totals graph unresolved; do
  if ! cmp -s "$work/pg.$part" "$work/alone.$part"; then
    echo "concurrent-ingest: 4 writers and one writer differ in $part"
    diff <(head -c 2000 "$work/pg.$part") <(head -c 2000 "$work/alone.$part") || true
    exit 1
  fi
done
# The archive's own invariants: one primary copy per letter, copies per file, search entries.
"$bin" check --db "$url" > /dev/null || { echo "concurrent-ingest: saraban check failed after 4 writers"; exit 1; }
python3 - "$work" "$start" "$end" <<'PY'
import json, sys
work, start, end = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
t = json.load(open(f"{work}/pg.totals"))
stored = sum(json.load(open(f"{work}/w{i}.json"))["stored"] for i in range(1, 5))
print(f"concurrent-ingest: 4 writers in {end - start:.1f} s stored {stored} files; archive holds {t['files']} files, "
      f"{t['letters']} letters, {t['citations']} citations ({t['resolved']} resolved): the same as one writer")
PY
