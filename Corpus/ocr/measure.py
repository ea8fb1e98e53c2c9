#!/usr/bin/env python3
"""Measure the OCR damage in Corpus/ocr/: prints the markdown tables of README.md.

    python3 Corpus/ocr/measure.py            (from the repo root; needs numpy)

For every `<stem>.<noise>.txt` in this directory the reference is what was rendered:
`<stem>.<noise>.src.txt` if present, else `../<stem>.txt`. Both texts are NFC'd and
whitespace-collapsed (every run of spaces, tabs, newlines, form feeds -> one space,
ends trimmed). Then:

* CER = Levenshtein(ref, ocr) / len(ref), code points, unit costs; an exact full
  dynamic-programming alignment (numpy, one row at a time, the whole matrix kept for
  the traceback; ~0.8 GB for the largest file).
* "CER ำ-fold": the same after rewriting the OCR's `ํา` (U+0E4D U+0E32, which is how
  this model writes SARA AM) to `ำ` (U+0E33).
* Letter numbers: `ที่ <number>` in the reference (`ที่`, then spaces or dot leaders
  `.....`; prefix optional, also with a sub-prefix `กค (กวจ)`; code of 3-5 digits,
  optional `.n`, `/`, optional `ว`, serial); dates: `<day> <month> <year>` with a
  full month name (`space` + year) or an abbreviated one (`ม.ค.`, `ก.พ` with its final
  dot optional, year with or without a space), a 4-digit or 2-digit year. Numbers and
  dates in Thai digits or Arabic digits (0-9); the digit script is reported.
  Each is mapped through the alignment to the OCR text; OCR characters inserted right
  next to the item (up to an inserted space) are counted as part of it when the
  reference has whitespace there; a word without any digit at a digit edge of the
  item is dropped again (equally cheap alignments can pull stray fragments in).
  In the OCR reading `⏎` marks a line break and `␌` a page break.
* Substitutions / deletions / insertions are counted from the same alignments.
* Dotted abbreviations (a run of Thai letters and dots with a dot inside or at
  the end, e.g. `กพ.ทหาร`, `หน.นขต.บก.ทท.`, `ร.อ.หญิง`, `ม.ค.`, `โทร.`): mapped the same
  way; intact = the OCR reading equals the source token.
"""

import glob
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)

MONTHS = ("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม "
          "กันยายน ตุลาคม พฤศจิกายน ธันวาคม").split()
MONTHS_ABBR = "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split()
TD = "[0-9๐-๙]"  # Thai or Arabic digits
NUMBER_RE = re.compile(
    r"(?:(?<=\s)|^)ที่(?:\s*|\.+\s*)"
    r"((?:[ก-ฮ]{2}\s*(?:\([ก-ฮ]+\)\s*)?)?" + TD + r"{3,5}(?:\." + TD + r"+)?\s*/\s*(?:ว\s*)?"
    + TD + r"+(?:/" + TD + r"+)?)")
DATE_RE = re.compile(
    r"(?<![0-9๐-๙])" + TD + r"{1,2}\s+(?:(?:" + "|".join(MONTHS) + r")\s+|(?:"
    + "|".join(re.escape(a[:-1]) + r"\.?" for a in MONTHS_ABBR) + r")\s*)"
    + r"(?:" + TD + r"{4}|" + TD + r"{2})(?![0-9๐-๙])")
ABBR_RE = re.compile(r"(?<![ก-๛.])[ก-๎]+(?:\.[ก-๎]+)*\.(?:[ก-๎]+(?:\.[ก-๎]+)*\.?)?"
                     r"(?![ก-๎.])")


def script(s):
    """Digit script of an item: 'Thai', 'Arabic' or 'mixed'."""
    th, ar = bool(re.search("[๐-๙]", s)), bool(re.search("[0-9]", s))
    return "mixed" if th and ar else ("Arabic" if ar else "Thai")


def collapse(text):
    """NFC, whitespace runs -> ' '. Returns (collapsed, map collapsed idx -> original idx)."""
    text = unicodedata.normalize("NFC", text)
    out, idx = [], []
    i, n = 0, len(text)
    while i < n and text[i].isspace():
        i += 1
    while i < n:
        if text[i].isspace():
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n:
                out.append(" ")
                idx.append(i)
            i = j
        else:
            out.append(text[i])
            idx.append(i)
            i += 1
    return "".join(out), idx


def align(a, b):
    """Exact Levenshtein alignment. Returns (distance, ops); ops are
    ('=', i, j) | ('s', i, j) | ('d', i, None) | ('i', None, j)."""
    n, m = len(a), len(b)
    codes = {c: k for k, c in enumerate(sorted(set(a) | set(b)))}
    A = np.array([codes[c] for c in a], dtype=np.int32)
    B = np.array([codes[c] for c in b], dtype=np.int32)
    ar = np.arange(m + 1, dtype=np.int32)
    D = np.empty((n + 1, m + 1), dtype=np.uint16 if max(n, m) < 65000 else np.int32)
    D[0] = ar
    prev = ar.copy()
    for i in range(1, n + 1):
        cost = (B != A[i - 1]).astype(np.int32)
        tmp = np.empty(m + 1, dtype=np.int32)
        tmp[0] = i
        np.minimum(prev[1:] + 1, prev[:-1] + cost, out=tmp[1:])
        row = np.minimum.accumulate(tmp - ar) + ar
        D[i] = row
        prev = row
    dist = int(D[n, m])
    ops = []
    i, j = n, m
    while i > 0 or j > 0:
        d = int(D[i, j])
        if i > 0 and j > 0 and d == int(D[i - 1, j - 1]) + (a[i - 1] != b[j - 1]):
            ops.append(("=" if a[i - 1] == b[j - 1] else "s", i - 1, j - 1))
            i, j = i - 1, j - 1
        elif i > 0 and d == int(D[i - 1, j]) + 1:
            ops.append(("d", i - 1, None))
            i -= 1
        else:
            ops.append(("i", None, j - 1))
            j -= 1
    ops.reverse()
    return dist, ops


def show_char(c):
    if c == " ":
        return "␠"
    if unicodedata.combining(c) or unicodedata.category(c) == "Mn":
        return "◌" + c
    return c


def show_seg(s):
    return "".join(show_char(c) for c in s) if s else "∅"


def cp(c):
    return f"U+{ord(c):04X}"


def ocr_reading(raw, idx, hs, he):
    """Original OCR text for collapsed range [hs, he), line/page breaks marked."""
    if hs >= he:
        return "∅ (lost)"
    seg = raw[idx[hs]: idx[he - 1] + 1]
    seg = re.sub(r"\s+", lambda m: "␌" if "\f" in m.group() else
                 (" ⏎ " if "\n" in m.group() else " "), seg)
    return seg.replace("␌", " ␌ ").replace("  ", " ").strip()


def src_reading(raw, idx, s, e):
    seg = raw[idx[s]: idx[e - 1] + 1]
    return re.sub(r"\s+", lambda m: " ⏎ " if "\n" in m.group() else " ", seg)


def map_span(ops, ref, hyp, s, e):
    """Collapsed ref span [s, e) -> collapsed hyp span, with adjacent insertions
    included on a side where the reference has whitespace (or the text ends), up to
    the first inserted space."""
    # position of each op; find first/last op touching ref s..e-1
    first = last = None
    for k, (t, i, j) in enumerate(ops):
        if i is not None and s <= i < e:
            if first is None:
                first = k
            last = k
    lo, hi = first, last
    if s == 0 or ref[s - 1] == " ":
        while lo > 0 and ops[lo - 1][0] == "i" and hyp[ops[lo - 1][2]] != " ":
            lo -= 1
    if e == len(ref) or ref[e] == " ":
        while hi + 1 < len(ops) and ops[hi + 1][0] == "i" and hyp[ops[hi + 1][2]] != " ":
            hi += 1
    js = [j for (_t, _i, j) in ops[lo:hi + 1] if j is not None]
    if not js:
        return 0, 0
    hs, he = min(js), max(js) + 1
    # an equally cheap alignment may pull a digit-less OCR fragment next to a
    # digit-edged item into it (e.g. a stray `เรื` after a year): drop such edge words
    digit = re.compile(r"[0-9๐-๙]")
    if digit.match(ref[e - 1]):
        while True:
            cut = hyp.rfind(" ", hs, he)
            if cut <= hs or digit.search(hyp[cut + 1:he]):
                break
            he = cut
    if digit.match(ref[s]):
        while True:
            cut = hyp.find(" ", hs, he)
            if cut < 0 or digit.search(hyp[hs:cut]):
                break
            hs = cut + 1
    return hs, he


def main():
    runs = []
    for f in sorted(glob.glob(os.path.join(HERE, "*.txt"))):
        base = os.path.basename(f)
        if base.endswith(".src.txt") or base == "README.md":
            continue
        m = re.match(r"(.+)\.(none|light|heavy)\.txt$", base)
        if not m:
            continue
        stem, noise = m.groups()
        srcf = os.path.join(HERE, f"{stem}.{noise}.src.txt")
        if not os.path.exists(srcf):
            srcf = os.path.join(CORPUS, stem + ".txt")
        runs.append((stem, noise, srcf, f))

    subs = Counter()
    subs_by = defaultdict(Counter)
    dels, ins, chunks = Counter(), Counter(), Counter()
    digit_conf = defaultdict(Counter)
    src_chars, ocr_chars = Counter(), Counter()
    ocr_by_run = {}
    cer_rows = []
    items = defaultdict(dict)  # (stem, kind, start) -> {noise: reading}, plus meta
    item_meta = {}
    abbr = {}  # (stem, noise) -> [(source token, OCR reading)]

    for stem, noise, srcf, ocrf in runs:
        ref_raw = open(srcf, encoding="utf-8").read()
        hyp_raw = open(ocrf, encoding="utf-8").read()
        ref, ridx = collapse(ref_raw)
        hyp, hidx = collapse(hyp_raw)
        dist, ops = align(ref, hyp)
        nsub = sum(1 for o in ops if o[0] == "s")
        ndel = sum(1 for o in ops if o[0] == "d")
        nins = sum(1 for o in ops if o[0] == "i")
        fold = hyp.replace("\u0e4d\u0e32", "\u0e33")
        dist_fold, _ = align(ref, fold)
        cer_rows.append((stem, noise, len(ref), len(hyp), dist, nsub, ndel, nins,
                         dist / len(ref), dist_fold / len(ref),
                         hyp_raw.count("\f") + 1))
        src_chars.update(ref)
        ocr_chars.update(hyp)
        ocr_by_run[(stem, noise)] = set(hyp)
        # character statistics
        run = []
        for t, i, j in ops:
            if t == "s":
                subs[(ref[i], hyp[j])] += 1
                subs_by[noise][(ref[i], hyp[j])] += 1
            elif t == "d":
                dels[ref[i]] += 1
            elif t == "i":
                ins[hyp[j]] += 1
            if i is not None and ("๐" <= ref[i] <= "๙" or "0" <= ref[i] <= "9"):
                digit_conf[ref[i]][hyp[j] if j is not None else "∅"] += 1
            if t == "=":
                if run:
                    r = "".join(ref[x] for (_, x, _) in run if x is not None)
                    h = "".join(hyp[y] for (_, _, y) in run if y is not None)
                    chunks[(r, h)] += 1
                    run = []
            else:
                run.append((t, i, j))
        # numbers and dates
        for kind, rx in (("number", NUMBER_RE), ("date", DATE_RE)):
            for mt in rx.finditer(ref):
                s, e = (mt.start(1), mt.end(1)) if kind == "number" else (mt.start(), mt.end())
                hs, he = map_span(ops, ref, hyp, s, e)
                key = (stem, kind, s)
                line = ref_raw.count("\n", 0, ridx[s]) + 1
                item_meta[key] = (line, src_reading(ref_raw, ridx, s, e), script(ref[s:e]))
                reading = ocr_reading(hyp_raw, hidx, hs, he)
                thi = None
                if kind == "number":
                    ts = mt.start()
                    ths, the = map_span(ops, ref, hyp, ts, ts + 3)
                    thi = ocr_reading(hyp_raw, hidx, ths, the)
                # how many of the item's non-space characters the OCR matched
                matched = sum(1 for t, i, _j in ops
                              if t == "=" and s <= i < e and ref[i] != " ")
                nonspace = sum(1 for c in ref[s:e] if c != " ")
                items[key][noise] = (reading, thi, matched, nonspace)
        abbr[(stem, noise)] = [
            (mt.group(), ocr_reading(hyp_raw, hidx, *map_span(ops, ref, hyp, mt.start(), mt.end())))
            for mt in ABBR_RE.finditer(ref)]

    out = []
    P = out.append
    P("### Character error rate\n")
    P("| file | noise | pages | ref chars | OCR chars | edit distance | sub / del / ins | CER | CER ำ-fold |")
    P("|---|---|---:|---:|---:|---:|---|---:|---:|")
    for (stem, noise, nr, nh, d, ns, nd, ni, cer, cerf, pages) in cer_rows:
        P(f"| {stem} | {noise} | {pages} | {nr} | {nh} | {d} | {ns} / {nd} / {ni} | "
          f"{cer * 100:.2f} % | {cerf * 100:.2f} % |")
    P("")

    for kind, title in (("number", "Letter numbers (`ที่ …`)"),
                        ("date", "Dates (`<day> <month> <year>`)")):
        P(f"### {title}\n")
        noises = sorted({n for k in items if k[1] == kind for n in items[k]},
                        key=["none", "light", "heavy"].index)
        hdr = "| file | line | source | " + " | ".join(f"OCR {n}" for n in noises) + " |"
        P(hdr)
        P("|---|---:|---|" + "---|" * len(noises))
        n_items = Counter()
        n_intact = Counter()  # keys: noise and (noise, digit script)
        for key in sorted(k for k in items if k[1] == kind):
            stem, _, _ = key
            line, src, scr = item_meta[key]
            cells = []
            for n in noises:
                r = items[key].get(n)
                if r is None:
                    cells.append("")
                    continue
                r, thi, matched, nonspace = r
                norm_r = re.sub(r"\s*[⏎␌]\s*", " ", r)
                ok = norm_r == re.sub(r"\s*⏎\s*", " ", src)
                tag = "" if thi is None or thi == "ที่" else f" (`ที่`→`{thi}`)"
                if matched < 0.25 * nonspace:
                    # mostly missing: the reading is whatever the alignment
                    # pulled in from nearby, not a damaged copy of the item
                    tag += f" (only {matched} of {nonspace} characters matched)"
                n_items[n] += 1
                n_intact[n] += ok
                n_items[(n, scr)] += 1
                n_intact[(n, scr)] += ok
                cells.append(f"`{r}`{' ✓' if ok else ''}{tag}")
            P(f"| {stem[:3]} | {line} | `{src}` | " + " | ".join(cells) + " |")
        P("")
        def by_script(n):
            parts = [f"{sc} digits {n_intact[(n, sc)]} of {n_items[(n, sc)]}"
                     for sc in ("Thai", "Arabic", "mixed") if n_items[(n, sc)]]
            return f" ({', '.join(parts)})" if len(parts) > 1 else ""
        P("Intact (✓, identical up to line breaks): " + ", ".join(
            f"{n}: {n_intact[n]} of {n_items[n]}{by_script(n)}" for n in noises) + ".\n")

    P("### Dotted abbreviations\n")
    P("| file | noise | abbreviations | intact | % |")
    P("|---|---|---:|---:|---:|")
    for (stem, noise), lst in abbr.items():
        ok = sum(1 for a, r in lst if re.sub(r"\s*[⏎␌]\s*", " ", r) == a)
        P(f"| {stem} | {noise} | {len(lst)} | {ok} | "
          f"{100 * ok / len(lst) if lst else 0:.0f} % |")
    P("")
    tot = Counter()
    bad = defaultdict(Counter)
    for (stem, noise), lst in abbr.items():
        for a, r in lst:
            tot[a] += 1
            if re.sub(r"\s*[⏎␌]\s*", " ", r) != a:
                bad[a][r] += 1
    P("Every abbreviation read wrongly at least once (all runs), with its readings:\n")
    P("| source | seen | wrong | readings (count) |")
    P("|---|---:|---:|---|")
    for a in sorted(bad, key=lambda a: (-sum(bad[a].values()), a)):
        P(f"| `{a}` | {tot[a]} | {sum(bad[a].values())} | " + ", ".join(
            f"`{r}` {c}" for r, c in bad[a].most_common()) + " |")
    P("")

    P("### Digits: what each source digit was aligned to (all runs)\n")
    P("| source | read as (count) |")
    P("|---|---|")
    for dgt in "๐๑๒๓๔๕๖๗๘๙0123456789":
        c = digit_conf.get(dgt)
        if not c:
            continue
        tot = sum(c.values())
        P(f"| {dgt} ({tot}) | " + ", ".join(
            f"{show_seg(h) if h != '∅' else '∅ (deleted)'} {k}" for h, k in c.most_common()) + " |")
    P("")

    thai = [chr(c) for c in range(0x0E01, 0x0E5C) if unicodedata.name(chr(c), "")]
    never = [c for c in thai if src_chars[c] and not ocr_chars[c]]
    P("### Thai characters in the sources that never appear in any OCR output\n")
    P("| char | code point | name | occurrences in the sources (all runs) |")
    P("|---|---|---|---:|")
    for c in never:
        P(f"| {show_char(c)} | {cp(c)} | {unicodedata.name(c)} | {src_chars[c]} |")
    P("")
    absent_all = [c for c in thai if not ocr_chars[c] and not src_chars[c]]
    P("Thai-block characters absent from both the sources and the OCR: " +
      " ".join(show_char(c) for c in absent_all) + "\n")
    rare = [(c, src_chars[c], ocr_chars[c]) for c in thai
            if src_chars[c] and ocr_chars[c] and ocr_chars[c] < 0.2 * src_chars[c]]
    if rare:
        P("Thai characters the OCR produces far less often than the sources contain them "
          "(OCR count < 20 % of source count): " + ", ".join(
              f"{show_char(c)} {cp(c)} ({o} vs {s})" for c, s, o in rare) + "\n")

    def sub_table(counter, title, n=20, extra=None):
        P(f"### {title}\n")
        cols = "| # | source | OCR | count |" + (" light | heavy |" if extra else "")
        P(cols)
        P("|---:|---|---|---:|" + ("---:|---:|" if extra else ""))
        for k, ((r, h), c) in enumerate(counter.most_common(n), 1):
            row = (f"| {k} | {show_seg(r)} ({' '.join(cp(x) for x in r) or '—'}) | "
                   f"{show_seg(h)} ({' '.join(cp(x) for x in h) or '—'}) | {c} |")
            if extra:
                row += f" {extra['light'][(r, h)]} | {extra['heavy'][(r, h)]} |"
            P(row)
        P("")

    sub_table(subs, f"Top 20 single-character substitutions (all {len(runs)} runs)", 20, subs_by)
    thai_src = Counter({k: v for k, v in subs.items() if "\u0e00" <= k[0][0] <= "\u0e7f"})
    sub_table(thai_src, f"Top 20 substitutions of a Thai source character (all {len(runs)} runs)",
              20, subs_by)
    P("### Top 10 deletions (source character missing from the OCR) and insertions\n")
    P("| # | deleted | count | inserted | count |")
    P("|---:|---|---:|---|---:|")
    dl, il = dels.most_common(10), ins.most_common(10)
    for k in range(10):
        d = dl[k] if k < len(dl) else ("", "")
        i = il[k] if k < len(il) else ("", "")
        P(f"| {k + 1} | {show_seg(d[0])} {cp(d[0]) if d[0] else ''} | {d[1]} | "
          f"{show_seg(i[0])} {cp(i[0]) if i[0] else ''} | {i[1]} |")
    P("")
    P("### Top 20 edit chunks (maximal runs of edits between matching characters)\n")
    P("| # | source | OCR | count |")
    P("|---:|---|---|---:|")
    for k, ((r, h), c) in enumerate(chunks.most_common(20), 1):
        P(f"| {k} | `{show_seg(r)}` | `{show_seg(h)}` | {c} |")
    P("")
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    main()
