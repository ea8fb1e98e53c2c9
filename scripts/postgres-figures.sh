#!/usr/bin/env bash
# PostgreSQL store figures beside SQLite's, from one run on a release build:
#   - ingest letters/s with 1, 2 and 4 `saraban ingest` processes at once, on Corpus/ copied
#     RATE_COPIES times (each copy's serials changed, so every copy holds distinct letters);
#   - database bytes per letter after those ingests;
#   - `find` and `cited-by` p50/p99 on Corpus/ copied LOOKUP_COPIES times (≈58 distinct letters
#     a copy: 1725 copies ≈ 100k letters), through the ArchiveStoreFigures tool.
#
#   scripts/postgres-figures.sh [RATE_COPIES] [LOOKUP_COPIES]      (defaults 200, 1725)
#
# The PostgreSQL server is scripts/postgres-test-server.sh's, with its default durability
# (fsync and synchronous_commit on); SQLite runs in WAL mode as saraban opens it.
set -euo pipefail
cd "$(dirname "$0")/.."
rate_copies=${1:-200}
lookup_copies=${2:-1725}
work=$(mktemp -d /tmp/saraban-pgfigures.XXXXXX)
pg=$(scripts/postgres-test-server.sh start)
trap 'scripts/postgres-test-server.sh stop "$pg"; rm -rf "$work"' EXIT
url=$(cat "$pg/url")
server=${url%/*}
psql_() { psql -X -q -t -A "$server/saraban" "$@"; }

mkdir -p "$work/empty"
swift build -c release --product saraban >/dev/null
bin=$(swift build -c release --show-bin-path)/saraban
swift build -c release --product ArchiveStoreFigures >/dev/null
figures=$(swift build -c release --show-bin-path)/ArchiveStoreFigures

# Corpus/ copied N times into $2/copyNNNN, serials changed per copy (as scripts/archive-figures.sh).
make_copies() {
  python3 - "$1" "$2" <<'PY'
import pathlib, re, sys
copies, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
thai = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
number = re.compile(r"(ที่?\s*(?:[ก-ฮ.]{2,8}\s*)?(?:\([ก-ฮ]+\)\s*)?[๐-๙0-9.]+\s*/\s*(?:ว\.?\s*)?)([๐-๙0-9]+)")
sources = [(p.name, p.read_bytes().decode("utf-8-sig", errors="replace")) for p in sorted(pathlib.Path("Corpus").glob("*.txt"))]
for k in range(1, copies + 1):
    folder = out / f"copy{k:04d}"
    folder.mkdir(parents=True)
    tag = f"{k:04d}"
    for name, text in sources:
        def bump(m):
            serial = m.group(2)
            digits = tag.translate(thai) if any("๐" <= c <= "๙" for c in serial) else tag
            return m.group(1) + serial + digits
        (folder / name).write_text(number.sub(bump, text), encoding="utf-8")
PY
}

# Runs W ingest processes at once over the copy folders of $1 dealt round-robin; prints seconds.
ingest_with() {
  local input=$1 writers=$2 db=$3
  local groups=()
  for ((w = 0; w < writers; w++)); do groups+=(""); done
  local i=0
  for folder in "$input"/copy*; do
    groups[$((i % writers))]+="$folder "
    i=$((i + 1))
  done
  local start end pids=()
  # Made before the writers start: two SQLite writers opening a new file at once both try
  # to create its tables.
  "$bin" ingest --json --db "$db" "$work/empty" > /dev/null
  start=$(date +%s.%N)
  for ((w = 0; w < writers; w++)); do
    # shellcheck disable=SC2086
    "$bin" ingest --json --db "$db" ${groups[$w]} > "$work/ingest-$w.json" & pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.3f}')"
}

letters_in() { "$bin" ingest --json --db "$1" "$work/empty" | python3 -c 'import json,sys; print(json.load(sys.stdin)["totals"]["letters"])'; }
# The archive's tables, indexes and TOAST (not the empty database's catalogs).
pg_bytes() {
  psql -X -q -t -A "$server/$1" -c "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'"
}
sqlite_bytes() { sqlite3 "$1" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null 2>&1 || true; du -b "$1" | cut -f1; }

if [ "$rate_copies" -gt 0 ]; then
make_copies "$rate_copies" "$work/rate"
echo "ingest: Corpus/ × $rate_copies ($(find "$work/rate" -type f | wc -l) files), release build, $(nproc) cores"
printf '%-8s %-9s %10s %12s %14s\n' store writers seconds letters/s bytes/letter
for writers in 1 2 4; do
  db="$work/w$writers.sqlite"
  secs=$(ingest_with "$work/rate" "$writers" "$db")
  n=$(letters_in "$db")
  printf '%-8s %-9s %10s %12.0f %14.0f\n' sqlite "$writers" "$secs" "$(python3 -c "print($n/$secs)")" \
    "$(python3 -c "print($(sqlite_bytes "$db")/$n)")"
  psql_ -c "CREATE DATABASE figures_w$writers"
  db="$server/figures_w$writers"
  secs=$(ingest_with "$work/rate" "$writers" "$db")
  n=$(letters_in "$db")
  printf '%-8s %-9s %10s %12.0f %14.0f\n' postgres "$writers" "$secs" "$(python3 -c "print($n/$secs)")" \
    "$(python3 -c "print($(pg_bytes "figures_w$writers")/$n)")"
done
rm -rf "$work/rate"
fi

if [ "$lookup_copies" -gt 0 ]; then
  make_copies "$lookup_copies" "$work/lookup"
  psql_ -c "CREATE DATABASE figures_lookup"
  # One SQLite writer: with two, one may give up after SQLite's 10 s busy timeout.
  s1=$(ingest_with "$work/lookup" 1 "$work/lookup.sqlite")
  s2=$(ingest_with "$work/lookup" 2 "$server/figures_lookup")
  n1=$(letters_in "$work/lookup.sqlite")
  n2=$(letters_in "$server/figures_lookup")
  echo "lookups: Corpus/ × $lookup_copies; sqlite $n1 letters (ingest ${s1}s, 1 writer, $(python3 -c "print(round($(sqlite_bytes "$work/lookup.sqlite")/$n1))") bytes/letter), postgres $n2 letters (ingest ${s2}s, 2 writers, $(python3 -c "print(round($(pg_bytes figures_lookup)/$n2))") bytes/letter)"
  psql -X -q "$server/figures_lookup" -c "VACUUM (ANALYZE) source_file, letter, letter_copy, citation, letter_search"
  "$figures" --queries 2000 "$work/lookup.sqlite" "$server/figures_lookup"
fi
