#!/usr/bin/env python3
"""The parsing baseline: a header extractor for Thai government letters written the way
such extractors usually are — line-anchored regular expressions for ที่ / วันที่ / เรื่อง /
เรียน / อ้างถึง (and สิ่งที่ส่งมาด้วย), a file split into letters at each header line.

    header_baseline.py FILE... > records.jsonl

Prints one line per file in saraban's document shape ({"source": {"path"}, "letters": [...]})
with the fields it extracts (number, date, subject, to, references, enclosures), so
scripts/synthetic-accuracy.py can score it against the generated truth."""
import json, re, sys

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
MONTHS = {m: i + 1 for i, m in enumerate(
    "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split())}
MONTHS.update({m: i + 1 for i, m in enumerate(
    "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split())})
MONTH = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
D = r"[0-9๐-๙]"

HEADER = re.compile(rf"^\s*(?:#\s*)?(?:ที่|บันทึกข้อความ|คำสั่ง|ประกาศ)(?:\s|$)", re.M)
NUMBER_LINE = re.compile(rf"^\s*ที่\s*\.*\s*((?:[ก-ฮ]{{2}}\s*)?(?:\([ก-ฮ]+\)\s*)?{D}[{D[1:-1]}.]*\s*/\s*(?:ว\s*)?{D}+(?:/{D}+)?)", re.M)
DATE_LINE = re.compile(rf"^\s*(?:วันที่\s*\.*\s*)?({D}{{1,2}})\s+({MONTH})\s+(?:พ\.ศ\.\s*)?({D}{{2,4}})\s*\.*\s*$", re.M)
MEMO_DATE = re.compile(rf"วันที่\s*\.*\s*({D}{{1,2}})\s+({MONTH})\s+({D}{{2,4}})")
SUBJECT = re.compile(r"^\s*เรื่อง\s*\.*\s*(.+?)\.*\s*$", re.M)
TO = re.compile(r"^\s*(?:เรียน|ถึง|เสนอ)\s+(.+?)\s*$", re.M)
REFERENCE = re.compile(r"^\s*อ้างถึง\s+(.+)$", re.M)
ENCLOSURE = re.compile(r"^\s*สิ่งที่ส่งมาด้วย\s+(.+)$", re.M)
CITED = re.compile(rf"ที่\s+((?:[ก-ฮ]{{2}}\s*)?{D}[{D[1:-1]}.]*\s*/\s*(?:ว\s*)?{D}+)\s+ลงวันที่\s+({D}{{1,2}})\s+({MONTH})\s+({D}{{4}})")
CANONICAL = re.compile(r"^(?:([ก-ฮ]{2})\s*)?(\([ก-ฮ]+\)\s*)?([0-9.]+)\s*/\s*(ว\s*)?([0-9]+)(?:/([0-9]+))?$")


def canonical(raw):
    m = CANONICAL.match(raw.translate(THAI_DIGITS).strip())
    if not m:
        return None
    prefix, sub, code, circular, serial, suffix = m.groups()
    head = " ".join(p for p in (prefix, sub.strip() if sub else None, code) if p)
    return f"{head}/{'ว ' if circular else ''}{serial}" + (f"/{suffix}" if suffix else "")


def iso(day, month, year):
    day, year = int(day.translate(THAI_DIGITS)), int(year.translate(THAI_DIGITS))
    if year < 100:
        year += 2500
    return f"{year - 543:04d}-{MONTHS[month]:02d}-{day:02d}"


def citation(m):
    return {"number": {"canonical": canonical(m.group(1))}, "date": {"iso": iso(m.group(2), m.group(3), m.group(4))}}


def letter(text, segment):
    number = NUMBER_LINE.search(text)
    date = DATE_LINE.search(text) or MEMO_DATE.search(text)
    subject = SUBJECT.search(text)
    to = TO.search(text)
    references, enclosures = [], []
    ref = REFERENCE.search(text)
    if ref:
        block = text[ref.start():].lstrip()
        block = block[:block.find("\n\n")] if "\n\n" in block else block
        references = [citation(m) for m in CITED.finditer(block.replace("\n", " "))]
    enc = ENCLOSURE.search(text)
    if enc:
        block = text[enc.start():].lstrip()
        block = block[:block.find("\n\n")] if "\n\n" in block else block
        for line in block.split("\n"):
            m = CITED.search(line)
            enclosures.append({"letter": citation(m) if m else None})
    n = canonical(number.group(1)) if number else None
    d = iso(*date.groups()) if date else None
    return {"segment": segment, "id": f"{n}@{int(d[:4]) + 543}" if n and d else None, "kind": "external",
            "number": {"canonical": n} if n else None, "date": {"iso": d} if d else None,
            "subject": subject.group(1).strip() if subject else None, "to": to.group(1).strip() if to else None,
            "references": references, "enclosures": enclosures, "mentions": []}


def main():
    out = sys.stdout
    for path in sys.argv[1:]:
        text = open(path, encoding="utf-8").read()
        starts = [m.start() for m in HEADER.finditer(text)]
        # A header line close under the previous one (ที่ under a title) is the same letter.
        merged = []
        for s in starts:
            if merged and text.count("\n", merged[-1], s) <= 3:
                continue
            merged.append(s)
        chunks = [text[a:b] for a, b in zip(merged, merged[1:] + [len(text)])] or [text]
        out.write(json.dumps({"source": {"path": path}, "letters": [letter(c, i) for i, c in enumerate(chunks)]},
                             ensure_ascii=False) + "\n")


main()
