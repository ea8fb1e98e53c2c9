#!/usr/bin/env python3
"""The robustness table: every kind of bad input through the real `saraban`, counted.

    python3 scripts/robustness-figures.py [--big] [--many N]

For each input class: how many inputs were tried, how many crashed (a signal, or an exit
status other than 0/1), how many records were lost, and what saraban did. "Lost" counts, for
damaged copies of Corpus letters that are still text, the letters of the clean file that the
damaged one no longer yields by id; for input that is not a letter, letters that left the
archive it was ingested into. --big adds the 200 MB file and the 50 MB line (peak RSS through
/usr/bin/time); --many N ingests N tiny files (default 100000). Release build; not in CI.
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
subprocess.run(["swift", "build", "-c", "release", "--product", "saraban"], cwd=ROOT, check=True,
               stdout=subprocess.DEVNULL)
BIN = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                     capture_output=True, text=True).stdout.strip() + "/saraban"
WORK = Path(tempfile.mkdtemp(prefix="saraban-robust-"))
CORPUS = sorted((ROOT / "Corpus").glob("*.txt"))
rows = []


def run(args, timed=False, **kw):
    cmd = (["/usr/bin/time", "-f", "%M %e", "-o", str(WORK / "time.txt")] if timed else []) + [BIN] + args
    kw.setdefault("stdout", subprocess.PIPE)
    r = subprocess.run(cmd, stderr=subprocess.PIPE, cwd=WORK, **kw)
    rss = secs = None
    if timed:
        rss, secs = (WORK / "time.txt").read_text().split()[-2:]
    return r, (int(rss) // 1024 if rss else None), (float(secs) if secs else None)


def crashed(r):
    return r.returncode not in (0, 1)


def letters(stdout):
    return [json.loads(line) for line in stdout.decode(errors="replace").splitlines() if line.strip()]


def ids(stdout):
    return [letter["id"] for letter in letters(stdout)]


def uncovered(before, after):
    """Letters of `before` whose lines no letter of `after` covers: records lost."""
    spans = [(l["lines"]["start"], l["lines"]["end"]) for l in letters(after)]
    return sum(1 for l in letters(before)
               if not any(s <= l["lines"]["end"] and l["lines"]["start"] <= e for s, e in spans))


def first_err(r):
    lines = r.stderr.decode(errors="replace").strip().splitlines()
    return lines[0][:110] if lines else "(nothing on stderr)"


def damaged(name, make, behaviour_hint="", prefix=False):
    """Damaged copies of every Corpus letter, parsed and compared with the clean text: a
    record is lost when no letter of the damaged file covers its lines (with `prefix`, the
    clean text is cut at the same line, since the damage removed the rest); numbered letters
    should keep their id."""
    tried = crashes = lost = numbered = kept = 0
    statuses = {}
    example = ""
    for src in CORPUS:
        data = make(src.read_bytes(), random.Random(src.name))
        reference = src.read_bytes()
        if prefix:
            reference = reference[: data.rfind(b"\n") + 1]
        clean_path = WORK / ("clean-" + src.name)
        clean_path.write_bytes(reference)
        clean, _, _ = run(["parse", "--jsonl", str(clean_path)])
        path = WORK / ("damaged-" + src.name)
        path.write_bytes(data)
        r, _, _ = run(["parse", "--jsonl", str(path)])
        tried += 1
        crashes += crashed(r)
        statuses[r.returncode] = statuses.get(r.returncode, 0) + 1
        before, after = ids(clean.stdout), ids(r.stdout)
        lost += uncovered(clean.stdout, r.stdout)
        named = [i for i in before if "@" in i]
        numbered += len(named)
        kept += len(set(named) & set(after))
        if not example and r.stderr:
            example = first_err(r)
    what = behaviour_hint or example
    rows.append((name, tried, crashes, lost, f"exit {statuses}; {what}; {kept}/{numbered} numbered letters keep their id"))


def rejected(name, files, expect):
    """Input that is not a letter, ingested into an archive holding the Corpus."""
    db = WORK / "a.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    run(["ingest", "--db", str(db)] + [str(c) for c in CORPUS])
    before = run(["list", "--json", "--db", str(db)])[0].stdout
    tried = crashes = 0
    example = ""
    for f in files:
        r, _, _ = run(["parse", str(f)])
        i, _, _ = run(["ingest", "--db", str(db), str(f)])
        tried += 1
        crashes += crashed(r) + crashed(i)
        example = example or first_err(r)
    after = run(["list", "--json", "--db", str(db)])[0].stdout
    lost = len(json.loads(before)) - len(json.loads(after))
    rows.append((name, tried, crashes, lost, f"{expect}; e.g. `{example}`"))


def write(name, data):
    p = WORK / name
    p.write_bytes(data)
    return p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--big", action="store_true")
    ap.add_argument("--many", type=int, default=0)
    a = ap.parse_args()
    R = random.Random(1)

    rejected("empty / blank files", [write("empty.txt", b""), write("blank.txt", b" \n\t\r\n")],
             "parse exit 1 + 1 line; ingest rejects (exit 1), archive letters unchanged")
    binaries = [write("a.pdf", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n" + bytes(R.randrange(256) for _ in range(4000))),
                write("a.png", b"\x89PNG\r\n\x1a\n" + bytes(R.randrange(256) for _ in range(4000))),
                write("a.zip", b"PK\x03\x04" + bytes(R.randrange(256) for _ in range(4000))),
                write("a.gz", b"\x1f\x8b" + bytes(R.randrange(256) for _ in range(4000))),
                write("a.elf", b"\x7fELF" + bytes(R.randrange(256) for _ in range(4000)))]
    binaries += [write(f"random{k}.txt", bytes(R.randrange(256) for _ in range(R.randrange(1, 20000)))) for k in range(20)]
    rejected("binary (PDF, PNG, ZIP, gzip, ELF, random bytes)", binaries, "`binary data (PDF), not text`, exit 1")

    def cut(b, r):
        k = r.randrange(len(b) // 2, len(b))
        while k < len(b) and b[k] & 0xC0 == 0x80:
            k -= 1
        return b[: k + 1]  # ends one byte into a multi-byte character
    damaged("truncated UTF-8 (cut mid-character)", cut, "`invalid_bytes` warning", prefix=True)
    damaged("invalid UTF-8 bytes between words",
            lambda b, r: b.replace(b" ", b" \xff\xc3 ", 3), "shown as U+FFFD, `invalid_bytes` warning")
    damaged("TIS-620, no declaration", lambda b, r: b.decode("utf-8-sig").encode("tis-620", errors="replace"),
            "read as tis-620, `encoding_repaired` warning")
    damaged("UTF-16LE without BOM", lambda b, r: b.decode("utf-8-sig").encode("utf-16-le"),
            "detected, `encoding_repaired` warning")
    damaged("UTF-16BE without BOM", lambda b, r: b.decode("utf-8-sig").encode("utf-16-be"),
            "detected, `encoding_repaired` warning")
    damaged("NUL and control characters", lambda b, r: b.replace(b" ", b" \x00\x1b\x07 ").replace(b"\n", b"\x00\n"),
            "read as spaces, `control_characters` warning")
    damaged("bidi controls, RTL words and emoji ending every third line",
            lambda b, r: "\n".join(l + (" \u200f\u202e\u202c שלום 😀 👩‍👩‍👧" if k % 3 == 2 else "")
                                    for k, l in enumerate(b.decode("utf-8-sig").split("\n"))).encode(),
            "bidi controls dropped; RTL/emoji kept as text")

    # Pathological OCR: each unit repeated to 2 MB, timed.
    head = "ที่ มท ๐๘๑๒/ว ๑๕๖๕\nกรม\n\n๙ กรกฎาคม ๒๕๖๔\n\nเรื่อง ทดสอบ\nเรียน ท่าน\n\n"
    units = ["ที่\n", "อ้างถึง\n", "อ้างถึง ", "บันทึกข้อความ\n", "ที่ มท ๐๘๑๒/ว ๑๕๖๕\n",
             "ตามหนังสือ ที่ มท ๐๘๑๒/ว ๑๕๖๕ ลงวันที่ ๙ กรกฎาคม ๒๕๖๔ ", "เอกสารแนบท้ายหนังสือ\n", "ด่วนที่สุด\n",
             "สิ่งที่ส่งมาด้วย ๑. สำเนาหนังสือ จำนวน ๑ ชุด\n", "(", "๑", "." * 200 + "\n"]
    worst = 0.0
    crashes = 0
    for u in units:
        p = write("path.txt", (head + u * (2_000_000 // len(u.encode()))).encode())
        r, _, secs = run(["parse", str(p)], timed=True)
        crashes += crashed(r)
        worst = max(worst, secs)
    rows.append(("pathological OCR (every line ที่, อ้างถึง ×100k, …; 2 MB each)", len(units), crashes, 0,
                 f"linear: slowest {worst:.2f} s for 2 MB"))

    # hOCR / ALTO
    hocr = sorted((ROOT / "Corpus" / "ocr").glob("*.hocr"))
    xmls = [write(f"cut{k}.hocr", h.read_bytes()[: R.randrange(100, len(h.read_bytes()))]) for k, h in enumerate(hocr)]
    xmls += [write("deep.hocr", b"<div>" * 100000 + b"</div>" * 100000),
             write("laughs.hocr", b'<?xml version="1.0"?><!DOCTYPE h [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]><html><body><div class="ocr_page"><span class="ocr_line">&e;&e;&e;&e;&e;</span></div></body></html>'),
             write("xxe.alto", b'<?xml version="1.0"?><!DOCTYPE alto [<!ENTITY x SYSTEM "file:///etc/passwd">]><alto><Layout><Page><TextBlock><TextLine><String CONTENT="&x;"/></TextLine></TextBlock></Page></Layout></alto>'),
             write("net.hocr", b'<?xml version="1.0"?><!DOCTYPE html SYSTEM "http://127.0.0.1:9/x.dtd"><html><body><div class="ocr_page"><span class="ocr_line">&ent;</span></div></body></html>')]
    crashes = leaked = 0
    for f in xmls:
        r, _, _ = run(["parse", str(f)], timeout=60)
        crashes += crashed(r)
        leaked += b"root:" in r.stdout
    rows.append(("hOCR/ALTO malformed (cut), 100k-deep, billion laughs, XXE, network DTD", len(xmls), crashes, 0,
                 f"one-line `not well-formed XML at line N` or a record without the entity; {leaked} file reads, no fetch"))

    if a.big:
        big = WORK / "big.txt"
        with open(big, "wb") as out:
            chunk = b"".join(c.read_bytes() for c in CORPUS)
            while out.tell() < 200_000_000:
                out.write(chunk)
        r, rss, secs = run(["parse", str(big)], timed=True)
        rows.append(("200 MB text file", 1, int(crashed(r)), 0, f"refused unread in {secs:.2f} s, {rss} MB RSS: `{first_err(r)}`"))
        r, rss, secs = run(["parse", "--max-file-size", "256M", str(big)], timed=True, stdout=subprocess.DEVNULL)
        rows.append(("200 MB text file, --max-file-size 256M", 1, int(crashed(r)), 0, f"parsed in {secs:.1f} s, peak {rss} MB RSS"))
        line = WORK / "line.txt"
        one = CORPUS[5].read_bytes().replace(b"\n", b" ")
        line.write_bytes(head.encode() + (one * (50_000_000 // len(one) + 1))[:50_000_000])
        r, rss, secs = run(["parse", str(line)], timed=True, stdout=subprocess.DEVNULL)
        rows.append(("one 50 MB line", 1, int(crashed(r)), 0, f"parsed in {secs:.1f} s, peak {rss} MB RSS"))

    if a.many:
        many = WORK / "many"
        many.mkdir()
        for k in range(a.many):
            (many / f"{k:06d}.txt").write_text(
                f"ที่ มท 0810/ว {k + 1}\nกรม\n\n1 สิงหาคม 2565\n\nเรื่อง ทดสอบ {k}\nเรียน ท่าน\n\nข้อความ\n\nขอแสดงความนับถือ\n")
        r, rss, secs = run(["ingest", "--db", str(WORK / "many.sqlite"), str(many)], timed=True)
        stored = run(["ingest", "--json", "--db", str(WORK / "many.sqlite"), str(many)])[0]
        letters = json.loads(stored.stdout)["totals"]["letters"]
        rows.append((f"{a.many} tiny files in one folder", a.many, int(crashed(r)), a.many - letters,
                     f"ingested in {secs:.0f} s ({a.many / secs:.0f} files/s), peak {rss} MB RSS; re-run: all unchanged"))

    print("| input class | tried | crashes | lost records | behaviour |")
    print("|---|---|---|---|---|")
    for name, tried, crashes, lost, what in rows:
        print(f"| {name} | {tried} | {crashes} | {lost} | {what} |")
    shutil.rmtree(WORK)


main()
