#!/usr/bin/env bash
# The archive at scale: for each size N (letters), a synthetic corpus (saraban-corpus, light
# OCR noise) is ingested into a new archive with the release build; the ingest's wall and
# CPU time, peak RSS (GNU time), the database's bytes per letter, then find / cited-by /
# search latency (archive-latency) are recorded. Results: Benchmarks/results/scale.jsonl,
# a table on stdout, and Benchmarks/scale.png (matplotlib, in a venv this script makes).
#
#   Benchmarks/scale.sh [N ...]        # default: 10000 100000 1000000
#
# Needs about 3 KB of corpus and 7 KB of archive per letter under $SCALE_TMP (default /tmp).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
tmp="${SCALE_TMP:-/tmp}/saraban-scale"
mkdir -p "$tmp" "$here/results"
out="$here/results/scale.jsonl"

(cd "$root" && swift build -c release --product saraban >/dev/null && swift build -c release --product saraban-corpus >/dev/null)
bin="$(cd "$root" && swift build -c release --show-bin-path)"
(cd "$here" && swift build -c release --product archive-latency >/dev/null)
latency="$(cd "$here" && swift build -c release --show-bin-path)/archive-latency"
timer=/usr/bin/time
[ -x "$timer" ] || { echo "GNU time is needed: apt-get install -y time" >&2; exit 1; }

for n in "${sizes[@]}"; do
  corpus="$tmp/corpus-$n"
  db="$tmp/archive-$n.sqlite"
  if [ ! -f "$corpus/manifest.json" ]; then
    rm -rf "$corpus"
    "$bin/saraban-corpus" --letters "$n" --seed 1 --noise light --out "$corpus"
  fi
  rm -f "$db" "$db-wal" "$db-shm"
  cut -d' ' -f1 /proc/loadavg > "$tmp/load-$n.txt"
  "$timer" -f '{"wall":%e,"user":%U,"sys":%S,"rss_kb":%M}' -o "$tmp/time-$n.json" \
    "$bin/saraban" ingest --json --db "$db" "$corpus/letters" > "$tmp/ingest-$n.json"
  cut -d' ' -f1 /proc/loadavg >> "$tmp/load-$n.txt"
  sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null 2>&1 || true
  "$latency" "$db" --samples 1000 > "$tmp/latency-$n.json"
  python3 - "$n" "$corpus" "$db" "$tmp" "$out" <<'PY'
import json, os, sys, datetime
n, corpus, db, tmp, out = sys.argv[1], *sys.argv[2:]
t = json.load(open(f"{tmp}/time-{n}.json"))
r = json.load(open(f"{tmp}/ingest-{n}.json"))
lat = json.load(open(f"{tmp}/latency-{n}.json"))
m = json.load(open(f"{corpus}/manifest.json"))
size = sum(os.path.getsize(db + s) for s in ("", "-wal") if os.path.exists(db + s))
row = {"date": datetime.date.today().isoformat(), "letters": int(n), "files": m["files"], "text_bytes": m["bytes"],
       "noise": m["noise"], "ingest": t, "letters_per_s": int(n) / t["wall"], "letters_per_cpu_s": int(n) / (t["user"] + t["sys"]),
       "db_bytes": size, "db_bytes_per_letter": size / int(n), "db_to_text": size / m["bytes"],
       "archive": r["totals"], "latency_ms": lat,
       # Load average (1 min) before and after the ingest: other work on the machine slows the
       # wall clock; letters per CPU-second does not move with it.
       "load_avg": [float(x) for x in open(f"{tmp}/load-{n}.txt").read().split()]}
open(out, "a").write(json.dumps(row, ensure_ascii=False) + "\n")
print(json.dumps(row, ensure_ascii=False))
PY
done

venv="$here/.venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c "import matplotlib" 2>/dev/null || "$venv/bin/pip" install -q matplotlib
"$venv/bin/python" "$here/scale_report.py" "$out" "$here/scale.png"
