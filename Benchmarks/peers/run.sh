#!/usr/bin/env bash
# saraban against its peers, in one run on one machine: pythainlp (digits, normalize,
# thai_strptime, word_tokenize) and a regex header extractor (header_baseline.py) as the
# parsing baseline — speed ratios, and field accuracy on a synthetic corpus's truth.
#
#   Benchmarks/peers/run.sh [LETTERS]      # default 10000 letters per corpus
#
# Installs pythainlp from PyPI into Benchmarks/peers/.venv (git-ignored); builds saraban.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
letters="${1:-10000}"
venv="$here/.venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c "import pythainlp" 2>/dev/null || "$venv/bin/pip" install -q pythainlp
(cd "$root" && swift build -c release --product saraban >/dev/null && swift build -c release --product saraban-corpus >/dev/null)
bin="$(cd "$root" && swift build -c release --show-bin-path)"
(cd "$here/.." && swift build -c release --product peer-kernels >/dev/null)
kernels="$(cd "$here/.." && swift build -c release --show-bin-path)/peer-kernels"
tmp="${PEERS_TMP:-/tmp}/saraban-peers-corpus"
for noise in none light heavy; do
  dir="$tmp/$letters-$noise"
  [ -f "$dir/manifest.json" ] || "$bin/saraban-corpus" --letters "$letters" --seed 11 --noise "$noise" --out "$dir"
done
mkdir -p "$here/../results"
"$venv/bin/python" "$here/peers.py" --saraban "$bin/saraban" --corpus "$tmp/$letters-none" \
  --corpus-light "$tmp/$letters-light" --corpus-heavy "$tmp/$letters-heavy" --kernels "$kernels" --json "$here/../results/peers.json"
