#!/usr/bin/env python3
"""Corpus/*.txt copied COPIES times into OUT/copyNNN/, each copy with its serials changed.

    python3 scripts/corpus-copies.py COPIES OUT

Copy K appends K to every serial printed after ที่ (๑๕๖๕ → ๑๕๖๕๐๐K), in letters and citations
alike, so every copy holds distinct letters whose citations resolve the same way, and every
file hashes anew (as scripts/archive-figures.sh does).
"""
import pathlib
import re
import sys

copies, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
thai = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
number = re.compile(r"(ที่?\s*(?:[ก-ฮ.]{2,8}\s*)?(?:\([ก-ฮ]+\)\s*)?[๐-๙0-9.]+\s*/\s*(?:ว\.?\s*)?)([๐-๙0-9]+)")
for k in range(1, copies + 1):
    folder = out / f"copy{k:03d}"
    folder.mkdir(parents=True, exist_ok=True)
    tag = f"{k:03d}"
    for src in sorted(pathlib.Path(__file__).resolve().parent.parent.joinpath("Corpus").glob("*.txt")):
        text = src.read_bytes().decode("utf-8-sig", errors="replace")

        def bump(m):
            serial = m.group(2)
            digits = tag.translate(thai) if any("๐" <= c <= "๙" for c in serial) else tag
            return m.group(1) + serial + digits

        (folder / src.name).write_text(number.sub(bump, text), encoding="utf-8")
