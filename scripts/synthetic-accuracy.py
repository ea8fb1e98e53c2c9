#!/usr/bin/env python3
"""Field accuracy on a synthetic corpus: `saraban parse` (or any extractor writing the same
records) against the truth `saraban-corpus` wrote.

    python3 scripts/synthetic-accuracy.py DIR [--saraban BIN] [--records FILE] [--show N]

DIR is a `saraban-corpus --out DIR`. Without --records, BIN (default
.build/release/saraban) parses every file of DIR/letters/ (a few thousand files per call).
--records reads documents already made: one JSON line per file, `{"source": {"path": …},
"letters": [...]}` with letters in saraban's record shape (the peer baseline writes this).

Letters are matched by file and segment. A field is right when it equals the truth exactly:
`number` and citation numbers compare canonical forms, `date` the ISO date, citations as
the list of (canonical number, ISO date) in order; `enclosures` one entry per item (the
cited letter or null). `number∈cand` also counts a number whose truth is among the
parser's OCR candidates; `text, OCR-folded` compares issuer, subject, to and signer with
tone marks, ำ/ํา, เเ and Tesseract's missing digits folded out of both sides (the parser
keeps text as printed, so exact text cannot survive OCR damage)."""
import argparse, collections, json, os, subprocess, sys

FIELDS = ["letters", "id", "kind", "urgency", "secrecy", "number", "date", "issuer", "subject", "to",
          "references", "enclosures", "mentions", "signer"]

def cite(c):
    if not c: return None
    n = (c.get("number") or {})
    d = (c.get("date") or {})
    return [n.get("canonical"), d.get("iso")]

def project(l):
    """The compared fields of one saraban letter record."""
    number = l.get("number") or {}
    return {
        "id": l.get("id"), "kind": l.get("kind"), "urgency": l.get("urgency"), "secrecy": l.get("secrecy"),
        "number": number.get("canonical"), "candidates": number.get("candidates") or [],
        "date": (l.get("date") or {}).get("iso"), "issuer": (l.get("issuer") or {}).get("name"),
        "subject": l.get("subject"), "to": l.get("to"),
        "references": [cite(c) for c in l.get("references") or []],
        "enclosures": [cite(e.get("letter")) for e in l.get("enclosures") or []],
        "mentions": [cite(c) for c in l.get("mentions") or []],
        "signer": (l.get("signature") or {}).get("name"),
    }

TONES = dict.fromkeys(map(ord, "\u0e48\u0e49\u0e4a\u0e4b"), None)
DIGITS = str.maketrans("๔๖๗๘๙", "๕๒๓๕๕")
TEXT = ("issuer", "subject", "to", "signer")

def fold(v):
    """A text value with what Tesseract's Thai model loses taken out of both sides: tone
    marks, ำ/ํา, เเ, the digits it has no glyph for."""
    if not isinstance(v, str): return v
    return " ".join(v.replace("\u0e4d\u0e32", "\u0e33").replace("เเ", "แ").translate(TONES).translate(DIGITS).replace("๒๐", "๒").split())

def truth_view(t):
    c = lambda x: None if x is None else [x["number"], x["date"]]
    return {"id": t["id"], "kind": t["kind"], "urgency": t["urgency"], "secrecy": t["secrecy"],
            "number": t["number"], "date": t["date"], "issuer": t["issuer"], "subject": t["subject"],
            "to": t["to"], "references": [c(x) for x in t["references"]],
            "enclosures": [c(x) for x in t["enclosures"]], "mentions": [c(x) for x in t["mentions"]],
            "signer": t["signer"]}

def parse_all(corpus, saraban, files):
    out = {}
    step = 2000
    for i in range(0, len(files), step):
        chunk = [os.path.join(corpus, f) for f in files[i:i + step]]
        p = subprocess.run([saraban, "parse", *chunk], capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit(f"saraban parse failed: {p.stderr.strip()[:400]}")
        for line in p.stdout.splitlines():
            if line.strip():
                d = json.loads(line)
                out[os.path.relpath(d["source"]["path"], corpus)] = d["letters"]
    return out

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--saraban", default=".build/release/saraban")
    ap.add_argument("--records")
    ap.add_argument("--show", type=int, default=0, help="print the first N wrong fields")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    a = ap.parse_args()
    truth = collections.defaultdict(list)
    for line in open(os.path.join(a.corpus, "truth.jsonl"), encoding="utf-8"):
        t = json.loads(line)
        truth[t["file"]].append(t)
    files = sorted(truth)
    if a.records:
        got = {}
        for line in open(a.records, encoding="utf-8"):
            d = json.loads(line)
            got[os.path.relpath(d["source"]["path"], a.corpus)] = d["letters"]
    else:
        got = parse_all(a.corpus, a.saraban, files)
    right = collections.Counter(); total = collections.Counter(); shown = 0
    in_candidates = 0; folded = 0; folded_total = 0
    for f in files:
        letters = got.get(f, [])
        total["letters"] += 1
        if len(letters) == len(truth[f]): right["letters"] += 1
        for t in truth[f]:
            want = truth_view(t)
            g = letters[t["segment"]] if t["segment"] < len(letters) else None
            have = project(g) if g else {}
            for k in FIELDS[1:]:
                total[k] += 1
                if k in TEXT:
                    folded_total += 1
                    if fold(have.get(k)) == fold(want[k]): folded += 1
                if have.get(k) == want[k]:
                    right[k] += 1
                    if k == "number": in_candidates += 1
                else:
                    if k == "number" and want[k] in have.get("candidates", []): in_candidates += 1
                    if shown < a.show:
                        shown += 1
                        print(f"--- {f} #{t['segment']} {k}\n  truth: {json.dumps(want[k], ensure_ascii=False)}\n  got:   {json.dumps(have.get(k), ensure_ascii=False)}")
    letters = sum(len(v) for v in truth.values())
    fields = FIELDS[1:]
    allr = sum(right[k] for k in fields); allt = sum(total[k] for k in fields)
    if a.json:
        print(json.dumps({"letters": letters, "files": len(files),
                          "fields": {k: right[k] / max(1, total[k]) for k in FIELDS},
                          "number_or_candidate": in_candidates / max(1, total["number"]),
                          "text_folded": folded / max(1, folded_total),
                          "all": allr / max(1, allt)}))
        return
    print(f"{letters} letters in {len(files)} files")
    print("| field | right | of | accuracy |\n|---|---:|---:|---:|")
    for k in FIELDS:
        label = "letters per file" if k == "letters" else k
        print(f"| {label} | {right[k]} | {total[k]} | {100 * right[k] / max(1, total[k]):.1f} % |")
    print(f"| number∈cand | {in_candidates} | {total['number']} | {100 * in_candidates / max(1, total['number']):.1f} % |")
    print(f"| text, OCR-folded | {folded} | {folded_total} | {100 * folded / max(1, folded_total):.1f} % |")
    print(f"| **all fields** | {allr} | {allt} | {100 * allr / max(1, allt):.1f} % |")

main()
