#!/usr/bin/env bash
# Archive figures on a release build: ingest speed, database bytes per letter, and (with
# --lookups) find / cited-by latency through the ArchiveBenchmarks benchmark.
#
#   scripts/archive-figures.sh [COPIES] [--lookups]
#
# Corpus/*.txt is copied COPIES times (default 40). Each copy K appends K to every serial
# printed after ที่ (๑๕๖๕ → ๑๕๖๕๐๐K), in letters and citations alike, so every copy holds
# distinct letters whose citations still resolve the same way, and every file hashes anew.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-40}
work=$(mktemp -d /tmp/saraban-figures.XXXXXX)
trap 'rm -rf "$work"' EXIT

swift build -c release --product saraban >/dev/null
bin=$(swift build -c release --show-bin-path)/saraban

python3 - "$copies" "$work/in" <<'PY'
import pathlib, re, sys
copies, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
thai = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
number = re.compile(r"(ที่?\s*(?:[ก-ฮ.]{2,8}\s*)?(?:\([ก-ฮ]+\)\s*)?[๐-๙0-9.]+\s*/\s*(?:ว\.?\s*)?)([๐-๙0-9]+)")
for k in range(1, copies + 1):
    folder = out / f"copy{k:03d}"
    folder.mkdir(parents=True)
    tag = f"{k:03d}"
    for src in sorted(pathlib.Path("Corpus").glob("*.txt")):
        text = src.read_bytes().decode("utf-8-sig", errors="replace")
        def bump(m):
            serial = m.group(2)
            digits = tag.translate(thai) if any("๐" <= c <= "๙" for c in serial) else tag
            return m.group(1) + serial + digits
        (folder / src.name).write_text(number.sub(bump, text), encoding="utf-8")
PY
files=$(find "$work/in" -type f | wc -l)
bytes=$(du -sb "$work/in" | cut -f1)

start=$(date +%s.%N)
"$bin" ingest --json --db "$work/archive.sqlite" "$work/in" > "$work/report.json"
end=$(date +%s.%N)
"$bin" ingest --json --db "$work/archive.sqlite" "$work/in" > "$work/again.json"
end2=$(date +%s.%N)
sqlite3 "$work/archive.sqlite" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null 2>&1 || true

python3 - "$work" "$start" "$end" "$end2" "$files" "$bytes" <<'PY'
import json, os, sys
work, start, end, end2, files, size = sys.argv[1], *map(float, sys.argv[2:5]), int(sys.argv[5]), int(sys.argv[6])
r = json.load(open(f"{work}/report.json"))
t = r["totals"]
db = sum(os.path.getsize(f"{work}/archive.sqlite{s}") for s in ("", "-wal") if os.path.exists(f"{work}/archive.sqlite{s}"))
secs = end - start
print(f"input            {files} files, {size/1e6:.1f} MB, {r['letters']} letter records")
print(f"ingest           {secs:.2f} s = {r['letters']/secs:.0f} letters/s, {files/secs:.0f} files/s, {size/1e6/secs:.2f} MB/s")
print(f"re-ingest        {end2-end:.2f} s ({json.load(open(work + '/again.json'))['unchanged']} files unchanged)")
print(f"archive          {t['letters']} letters, {t['citations']} citations ({t['resolved']} resolved, {t['fuzzy']} with confidence < 1)")
print(f"database         {db/1e6:.1f} MB = {db/max(1,t['letters']):.0f} bytes per letter")
PY

if [ "${2:-}" = "--lookups" ]; then
  cp "$work/archive.sqlite" /tmp/saraban-bench.sqlite
  (cd Benchmarks && SARABAN_BENCH_DB=/tmp/saraban-bench.sqlite swift package --disable-sandbox benchmark \
    --target ArchiveBenchmarks --format markdown 2>&1 | grep -E "^(\||###)" || true)
fi
