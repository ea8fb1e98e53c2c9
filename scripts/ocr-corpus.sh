#!/bin/sh
# ocr-corpus.sh — regenerate Corpus/ocr/: real Tesseract OCR of the seed letters.
#
# Renders each seed letter (Corpus/000..004) as A4 pages, degrades them and runs
# Tesseract's Thai model through ../shared/tools/ocr-roundtrip, then copies only
# the small text outputs into Corpus/ocr/ (no page images):
#   <stem>.<noise>.txt        OCR text (form feed between pages)
#   <stem>.<noise>.hocr       hOCR
#   <stem>.<noise>.src.txt    what was rendered, only when it differs from Corpus/<stem>.txt
#   <stem>.<noise>.meta.json  settings, tool versions, timings (paths made repo-relative)
#
# Runs: 000..004 with --noise light, 000 and 004 with --noise heavy; one at a
# time with OMP_THREAD_LIMIT=1. Installs nothing.
#
# Usage: scripts/ocr-corpus.sh [OUT_DIR]      (default: Corpus/ocr)
# Env:   OCR_ROUNDTRIP=path/to/ocr_roundtrip.sh (default: ../shared/tools/ocr-roundtrip/)
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-$ROOT/Corpus/ocr}
TOOL=${OCR_ROUNDTRIP:-$ROOT/../shared/tools/ocr-roundtrip/ocr_roundtrip.sh}

missing=""
command -v tesseract >/dev/null 2>&1 || missing="$missing tesseract-ocr"
if command -v tesseract >/dev/null 2>&1 && ! tesseract --list-langs 2>/dev/null | grep -qx tha; then
    missing="$missing tesseract-ocr-tha"
fi
command -v pango-view >/dev/null 2>&1 || missing="$missing pango1.0-tools"
[ -x /usr/bin/convert ] || missing="$missing imagemagick"
fc-list : family 2>/dev/null | grep -qi -e laksaman -e sarabun || missing="$missing fonts-thai-tlwg"
command -v python3 >/dev/null 2>&1 || missing="$missing python3"
if [ -n "$missing" ]; then
    echo "ocr-corpus: missing tools; install with:" >&2
    echo "  apt-get install -y tesseract-ocr tesseract-ocr-tha fonts-thai-tlwg pango1.0-tools imagemagick" >&2
    echo "  (missing:$missing)" >&2
    exit 1
fi
if [ ! -f "$TOOL" ]; then
    echo "ocr-corpus: ocr-roundtrip tool not found at $TOOL (set OCR_ROUNDTRIP)" >&2
    exit 1
fi

export OMP_THREAD_LIMIT=1
TMP=$(mktemp -d "${TMPDIR:-/tmp}/ocr-corpus.XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM
mkdir -p "$OUT"

one() {  # one CORPUS_FILE NOISE
    src=$1; noise=$2
    stem=$(basename "$src" .txt)
    name=$stem.$noise
    sh "$TOOL" "$src" "$TMP/$name" --noise "$noise" --seed 1 --no-pages
    cp "$TMP/$name.txt" "$TMP/$name.hocr" "$OUT/"
    if cmp -s "$TMP/$name.src.txt" "$src"; then
        rm -f "$OUT/$name.src.txt"
    else
        cp "$TMP/$name.src.txt" "$OUT/"
    fi
    # the tool records absolute/temporary paths; store repo-relative ones
    python3 - "$TMP/$name.meta.json" "$OUT/$name.meta.json" "Corpus/$stem.txt" "Corpus/ocr/$name" <<'PY'
import json, sys
src, dst, inp, prefix = sys.argv[1:5]
with open(src, encoding="utf-8") as fh:
    m = json.load(fh)
m["input"] = inp
m["out_prefix"] = prefix
with open(dst, "w", encoding="utf-8") as fh:
    json.dump(m, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
PY
}

for f in "$ROOT"/Corpus/00[0-4]_*.txt; do
    one "$f" light
done
for f in "$ROOT"/Corpus/000_*.txt "$ROOT"/Corpus/004_*.txt; do
    one "$f" heavy
done
echo "ocr-corpus: wrote $(ls "$OUT" | wc -l) files to $OUT" >&2
