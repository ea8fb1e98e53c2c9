#!/usr/bin/env python3
"""Random input files for `saraban parse`: letter-like text, damaged text and junk.

    python3 scripts/random-inputs.py SEED COUNT OUT

Writes COUNT files into OUT (the same files for the same SEED): shuffled pieces of real
letters (numbers, dates, field words, OCR marks, markdown, tables, form feeds) in UTF-8,
some of them re-encoded (TIS-620, UTF-16 without BOM) or damaged (cut mid-character, invalid
bytes, NUL and control characters, right-to-left and emoji noise), hOCR and ALTO made of the
same pieces (sometimes broken), and plain random bytes. CI parses them all and validates
every document against Schemas/letter.schema.json: parse must never crash and must always
print schema-valid JSON.
"""
import pathlib
import random
import sys

PIECES = [
    "ที่ ", "ที ", "มท ", "๐๘๑๒", "/ว ", "๑๕๖๕", "/", "๖๖", "เรื่อง ", "เรียน ", "ถึง ", "อ้างถึง ",
    "สิ่งที่ส่งมาด้วย ", "๑. ", "จำนวน ๑ ชุด", "หนังสือ", "ลงวันที่ ", "๙ กรกฎาคม ๒๕๖๔", "๓๑ เมษายน ๒๕๖๗",
    "วันจันทร์ที่ ", "ขอแสดงความนับถือ", "(นายสมชาย ใจดี)", "ปฏิบัติราชการแทน", "โทร. ", "๐ ๒๒๔๑ ๙๐๐๐",
    " ต่อ ", "โทรสาร ", "บันทึกข้อความ", "ส่วนราชการ", ".....", "คำสั่ง", "ประกาศ", "ด่วนที่สุด", "ลับ",
    "เลขรับ ", "14/05/67", "- ๒ -", "/ต่อ...", "# ", "**", "<table><tr><td>", "</td></tr>", "| a | b |\n|---|---|\n",
    "<!-- PAGE BREAK -->", "\f", "\n", "\n", "\n\n", "\t", " ", "ํา", "เเ", "\u200b", "(", ")",
    "e-mail: a@b.go.th", "www.x.go.th", "ก", "ข", "๕๒๐", "๒๕๒๐๕", "0", "9", "\r\n", "\r",
    "กรมส่งเสริมการปกครองท้องถิ่น", "ตามหนังสือที่อ้างถึง ", "ค.ศ. ", "พ.ศ. ", "ก.ค. ", "๖๔", "ม.ค.",
]
NOISE = ["\x00", "\x07", "\x1b", "\x7f", "\u0085", "\u202e", "\u200f", "שלום", "مرحبا", "😀", "👩‍👩‍👧", "\ufffd"]


def text(r):
    return "".join(r.choice(PIECES) for _ in range(r.randrange(0, 300)))


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")


def hocr(r):
    lines = []
    for line in text(r).split("\n"):
        words = "".join(
            f"<span class='ocrx_word' title='bbox {i*20} 0 {i*20+15} 30'>{xml_escape(w)}</span>"
            for i, w in enumerate(line.split(" ")))
        lines.append(f"<span class='ocr_line' title='bbox 0 0 900 30; x_size {r.choice([30, 0, -1])}'>{words}</span>")
    doc = "<html><body><div class='ocr_page'><p class='ocr_par'>" + "\n".join(lines) + "</p></div></body></html>"
    return doc if r.random() < 0.8 else doc[: r.randrange(len(doc) + 1)]


def alto(r):
    lines = []
    for line in text(r).split("\n"):
        strings = "".join(
            f"<String CONTENT='{xml_escape(w)}' HPOS='{i*20}' VPOS='0' WIDTH='{r.choice([15, -3, 1e300])}' HEIGHT='30'/><SP/>"
            for i, w in enumerate(line.split(" ")))
        lines.append(f"<TextLine>{strings}</TextLine>")
    doc = "<alto><Layout><Page><TextBlock>" + "\n".join(lines) + "</TextBlock></Page></Layout></alto>"
    return doc if r.random() < 0.8 else doc[: r.randrange(len(doc) + 1)]


def make(r):
    kind = r.randrange(10)
    if kind == 0:
        return "bin", bytes(r.randrange(256) for _ in range(r.randrange(0, 5000)))
    if kind == 1:
        return "hocr", hocr(r).encode()
    if kind == 2:
        return "alto", alto(r).encode()
    t = text(r)
    if kind == 3:
        t = "".join(c + (r.choice(NOISE) if r.random() < 0.05 else "") for c in t)
    if kind == 4:
        return "txt", t.encode("tis-620", errors="replace")
    if kind == 5:
        return "txt", t.encode("utf-16-le" if r.random() < 0.5 else "utf-16-be")
    data = bytearray(t.encode())
    if kind == 6 and data:
        for _ in range(r.randrange(1, 20)):
            data[r.randrange(len(data))] = r.randrange(256)
    if kind == 7 and data:
        data = data[: r.randrange(len(data))]
    return ("md" if r.random() < 0.2 else "txt"), bytes(data)


def main():
    seed, count, out = int(sys.argv[1]), int(sys.argv[2]), pathlib.Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    r = random.Random(seed)
    for i in range(count):
        ext, data = make(r)
        (out / f"random-{i:05d}.{ext}").write_bytes(data)


main()
