#!/usr/bin/env python3
"""Everything an archive holds that must not depend on how its ingest went, one sorted line
each: stored files, letters, copies, citations and what they resolve to.

    python3 scripts/archive-dump.py ARCHIVE.sqlite > dump.txt

Two archives of the same files compare equal whether they were ingested at once, killed and
resumed, or by two programs at the same time. (Which copy of a letter is primary may differ,
so it is left out; the full-text index needs saraban's tokenizer: `saraban check` covers it.)
"""
import sqlite3
import sys

db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
queries = [
    "SELECT 'file', path, sha256, status, letters FROM source_file",
    "SELECT 'letter', id, number, date, kind, subject FROM letter",
    "SELECT 'copy', c.letter_id, s.path, c.segment, c.line_start, c.line_end FROM letter_copy c"
    " JOIN source_file s ON s.id = c.source_id",
    "SELECT 'citation', s.path, c.segment, x.role, x.ordinal, x.cited_key, coalesce(x.target, '-'), x.status"
    " FROM citation x JOIN letter_copy c ON c.id = x.copy_id JOIN source_file s ON s.id = c.source_id",
]
lines = []
for q in queries:
    lines += ["\t".join("" if v is None else str(v) for v in row) for row in db.execute(q)]
for line in sorted(lines):
    print(line)
