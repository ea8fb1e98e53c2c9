#!/usr/bin/env bash
# libFuzzer on the parser and the hOCR/ALTO readers, with AddressSanitizer.
#
#   scripts/fuzz.sh [SECONDS] [parse|xml|chunks|all]
#
# Builds the Letters library (and what it imports) into .build-fuzz with SanitizerCoverage
# and ASan (`swift build -c release -Xswiftc -sanitize=fuzzer,address`), links each harness
# in Fuzz/ against those objects with `swiftc -sanitize=fuzzer,address` (parse: the parser;
# xml: the hOCR/ALTO readers; chunks: the parser reading a file in chunks), and runs each for
# SECONDS (default 300), seeded from Corpus/ and the input fixtures. The working corpus is
# kept in .build-fuzz/corpus-<target>; a crash, a leak-free timeout (> 10 s) or an
# out-of-memory input is copied to Tests/LettersTests/Fixtures/fuzz/<target>/, where
# FuzzRegressionTests replays it on every `swift test`. Not run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
which=${2:-all}
out=.build-fuzz/release

swift build -c release --scratch-path .build-fuzz --target Letters \
  -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address >/dev/null
objects=$(ls $out/Letters.build/*.o $out/ThaiText.build/*.o $out/ICUShim.build/*.o $out/SHA256Kernel.build/*.o $out/Logging.build/*.o)

build() {  # harness.swift, module name, binary
  swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name "$2" -I $out/Modules \
    -Xcc -fmodule-map-file=$out/ICUShim.build/module.modulemap -Xcc -ISources/ICUShim/include \
    -Xcc -fmodule-map-file=$out/SHA256Kernel.build/module.modulemap -Xcc -ISources/SHA256Kernel/include \
    -Xcc -fmodule-map-file=Sources/CLibXML2/module.modulemap -Xcc -I/usr/include/libxml2 \
    "$1" $objects -licui18n -licuuc -licudata -lxml2 -o "$out/$3" 2>&1 | grep -v "Cannot export local symbol" || true
}

seed() {  # target → seed folder (the parse harness reads its first byte as the format)
  local dir=.build-fuzz/seed-$1
  rm -rf "$dir" && mkdir -p "$dir"
  if [ "$1" = parse ] || [ "$1" = chunks ]; then
    for f in Corpus/*.txt Corpus/*.md Corpus/ocr/*.txt; do (printf '\000'; cat "$f") > "$dir/$(basename "$f")"; done
    for f in Corpus/ocr/*.hocr Tests/LettersTests/Fixtures/input/*.hocr; do (printf '\004'; head -c 30000 "$f") > "$dir/$(basename "$f")"; done
    for f in Tests/LettersTests/Fixtures/input/*.xml; do (printf '\005'; cat "$f") > "$dir/$(basename "$f")"; done
  else
    for f in Corpus/ocr/*.hocr Tests/LettersTests/Fixtures/input/*.hocr Tests/LettersTests/Fixtures/input/*.xml; do
      head -c 30000 "$f" > "$dir/$(basename "$f")"
    done
  fi
  echo "$dir"
}

run() {  # target
  local target=$1 corpus=.build-fuzz/corpus-$1 found=.build-fuzz/found-$1 keep=Tests/LettersTests/Fixtures/fuzz/$1
  mkdir -p "$corpus" "$found" "$keep"
  build "Fuzz/$2" "${2%.swift}" "fuzz-$target"
  local seeds; seeds=$(seed "$target")
  echo "fuzz-$target: ${seconds}s"
  ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 "$out/fuzz-$target" -max_total_time="$seconds" \
    -max_len=40000 -timeout=10 -rss_limit_mb=3072 -print_final_stats=1 -artifact_prefix="$found/" \
    "$corpus" "$seeds" 2>&1 | tee ".build-fuzz/fuzz-$target.log" | grep -E "^#[0-9]+ +(DONE|pulse)|ERROR|SUMMARY|stat::number_of_executed_units" || true
  for f in "$found"/*; do
    [ -e "$f" ] || continue
    cp "$f" "$keep/$(basename "$f")"
    echo "kept $keep/$(basename "$f")"
  done
}

[ "$which" = parse ] || [ "$which" = all ] && run parse ParseFuzzer.swift
[ "$which" = xml ] || [ "$which" = all ] && run xml XMLFuzzer.swift
[ "$which" = chunks ] || [ "$which" = all ] && run chunks ChunkFuzzer.swift
true
