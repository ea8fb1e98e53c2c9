#!/usr/bin/env bash
# PostgreSQL store figures beside SQLite's, from one run on a release build:
#   - ingest letters/s with 1, 2 and 4 `saraban ingest` processes at once, on Corpus/ copied
#     RATE_COPIES times (each copy's serials changed, so every copy holds distinct letters);
#   - database bytes per letter after those ingests;
#   - `find` and `cited-by` p50/p99 on Corpus/ copied LOOKUP_COPIES times (≈58 distinct letters
#     a copy: 1725 copies ≈ 100k letters), through the ArchiveStoreFigures tool.
# The machine may be shared: beside wall time it prints the CPU seconds of the saraban
# processes (GNU time) and of the PostgreSQL server (/proc), and the load average.
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
  local start end pids=() server0 server1 wait_args=()
  # SQLite writers take turns: each waits for the others' batches (by default 10 s, then fails).
  case "$db" in postgres://*) ;; *) wait_args=(--busy-timeout 600) ;; esac
  # Made before the writers start: two SQLite writers opening a new file at once both try
  # to create its tables.
  "$bin" ingest --json --db "$db" "$work/empty" > /dev/null
  server0=$(server_cpu)
  start=$(date +%s.%N)
  for ((w = 0; w < writers; w++)); do
    # shellcheck disable=SC2086
    /usr/bin/time -f "%U %S" -o "$work/cpu-$w" "$bin" ingest --json --db "$db" "${wait_args[@]}" ${groups[$w]} \
      > "$work/ingest-$w.json" 2> "$work/ingest-$w.err" & pids+=($!)
  done
  for w in "${!pids[@]}"; do
    wait "${pids[$w]}" || { echo "writer $w of $writers on $db failed: $(tail -3 "$work/ingest-$w.err")" >&2; exit 1; }
  done
  end=$(date +%s.%N)
  sleep 1  # the server reaps its backends: their CPU time moves to the postmaster's children
  server1=$(server_cpu)
  local client
  client=$(cat "$work"/cpu-* | awk '{s += $1 + $2} END {printf "%.1f", s}')
  rm -f "$work"/cpu-*
  # wall seconds, saraban processes' CPU seconds, server CPU seconds (0 for SQLite)
  case "$db" in
    postgres://*) python3 -c "print(f'{$end - $start:.3f} $client {$server1 - $server0:.1f}')" ;;
    *) python3 -c "print(f'{$end - $start:.3f} $client 0.0')" ;;
  esac
}

# CPU seconds (user + system) of the PostgreSQL server: the postmaster, its live backends,
# and the backends it has reaped.
server_cpu() { python3 scripts/postgres-server-cpu.py "$pg/data/postmaster.pid"; }  # cwd: the repository
load() { cut -d' ' -f1-3 /proc/loadavg; }

letters_in() { "$bin" ingest --json --db "$1" "$work/empty" | python3 -c 'import json,sys; print(json.load(sys.stdin)["totals"]["letters"])'; }
# The archive's tables, indexes and TOAST (not the empty database's catalogs).
pg_bytes() {
  psql -X -q -t -A "$server/$1" -c "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'"
}
sqlite_bytes() { sqlite3 "$1" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null 2>&1 || true; du -b "$1" | cut -f1; }

echo "machine: $(nproc) cores; load average at start: $(load)"
if [ "$rate_copies" -gt 0 ]; then
make_copies "$rate_copies" "$work/rate"
echo "ingest: Corpus/ × $rate_copies ($(find "$work/rate" -type f | wc -l) files), release build"
printf '%-8s %-7s %9s %9s %9s %9s %11s %12s %10s  %s\n' store writers wall_s letters/s client_s server_s letters/cpu_s bytes/letter letters "load avg (1 5 15 min) after"
row() {  # store writers "wall client server" letters bytes
  local wall client server
  read -r wall client server <<< "$3"
  printf '%-8s %-7s %9s %9.0f %9s %9s %11.0f %12.0f %10s  %s\n' "$1" "$2" "$wall" \
    "$(python3 -c "print($4/$wall)")" "$client" "$server" "$(python3 -c "print($4/max(0.1, $client + $server))")" \
    "$(python3 -c "print($5/$4)")" "$4" "$(load)"
}
for writers in 1 2 4; do
  db="$work/w$writers.sqlite"
  t=$(ingest_with "$work/rate" "$writers" "$db")
  n=$(letters_in "$db")
  row sqlite "$writers" "$t" "$n" "$(sqlite_bytes "$db")"
  psql_ -c "CREATE DATABASE figures_w$writers"
  db="$server/figures_w$writers"
  t=$(ingest_with "$work/rate" "$writers" "$db")
  n=$(letters_in "$db")
  row postgres "$writers" "$t" "$n" "$(pg_bytes "figures_w$writers")"
done
rm -rf "$work/rate"
fi

if [ "$lookup_copies" -gt 0 ]; then
  make_copies "$lookup_copies" "$work/lookup"
  psql_ -c "CREATE DATABASE figures_lookup"
  # One SQLite writer, two PostgreSQL writers.
  t1=$(ingest_with "$work/lookup" 1 "$work/lookup.sqlite")
  t2=$(ingest_with "$work/lookup" 2 "$server/figures_lookup")
  n1=$(letters_in "$work/lookup.sqlite")
  n2=$(letters_in "$server/figures_lookup")
  echo "lookups: Corpus/ × $lookup_copies"
  row sqlite 1 "$t1" "$n1" "$(sqlite_bytes "$work/lookup.sqlite")"
  row postgres 2 "$t2" "$n2" "$(pg_bytes figures_lookup)"
  psql -X -q "$server/figures_lookup" -c "VACUUM (ANALYZE) source_file, letter, letter_copy, citation, letter_search"
  "$figures" --queries 2000 "$work/lookup.sqlite"
  s0=$(server_cpu)
  "$figures" --queries 2000 "$server/figures_lookup"
  s1=$(server_cpu)
  echo "  server CPU during the postgres lookups (incl. warm-up and the sample's list): $(python3 -c "print(f'{$s1 - $s0:.1f}')") s; load average $(load)"
fi
