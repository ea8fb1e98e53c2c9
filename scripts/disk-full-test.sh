#!/usr/bin/env bash
# A real full disk: ingest the Corpus into an archive on a 1 MiB tmpfs (needs root to mount).
#
#   scripts/disk-full-test.sh
#
# The first file fits; the Corpus does not. `saraban ingest` must fail with one line and
# exit 1, the batch being written must roll back, `saraban check` must find the archive sound
# and the letters stored before must still be there. (ArchiveFaultTests does the same in CI
# with SQLite's max_page_count.)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product saraban >/dev/null
bin=$(swift build -c release --show-bin-path)/saraban
disk=$(mktemp -d /tmp/saraban-full.XXXXXX)
err=$(mktemp /tmp/saraban-full-err.XXXXXX)  # not on the full disk
mount -t tmpfs -o size=1m tmpfs "$disk"
trap 'umount "$disk"; rmdir "$disk"; rm -f "$err"' EXIT
db="$disk/archive.sqlite"

"$bin" ingest --db "$db" Corpus/000_645d0e619560a029.txt >/dev/null
before=$("$bin" list --json --db "$db")
if "$bin" ingest --db "$db" Corpus > /dev/null 2> "$err"; then
  echo "ingest did not fail on a full disk"; exit 1
fi
lines=$(wc -l < "$err")
[ "$lines" = 1 ] || { echo "expected one line on stderr:"; cat "$err"; exit 1; }
"$bin" check --db "$db" >/dev/null
after=$("$bin" list --json --db "$db")
python3 - "$before" "$after" <<'PY'
import json, sys
before = {l["id"] for l in json.loads(sys.argv[1])}
after = {l["id"] for l in json.loads(sys.argv[2])}
missing = before - after
assert not missing, f"letters lost: {missing}"
PY
echo "disk full: $(cat "$err")"
echo "disk full: exit 1, archive sound, the $(python3 -c 'import json,sys; print(len(json.loads(sys.argv[1])))' "$before") letters stored before kept"
