#!/usr/bin/env python3
"""How well `saraban parse` reads real Tesseract output of the Corpus letters
(Corpus/ocr/*.{light,heavy}.txt) against the hand-checked records of the clean letters.

    python3 scripts/ocr-accuracy.py [--saraban PATH] [--set dev|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|heldout14|heldout15|heldout16|heldout17|all] [--input txt|hocr] [--show]

--set: `dev` = the 19 runs the parser was tuned on; `heldout` = the runs added later and
measured before any parser change for real OCR; `heldout2` = 16 runs added on 2026-11-26,
measured before that day's hOCR and header changes; `heldout3` = 7 runs of the held-out letters
905–911; `heldout4` = 8 runs of the held-out letters 1000–1007; `heldout5` = 8 runs of the
clean held-out letters 1600–1605 (scripts/ocr-corpus.sh lists all six); `heldout6` = 8 runs of
the clean held-out letters 1900–1905; `heldout7` = 8 runs of 2200–2205; `heldout8` = 8 runs of 2400–2405; `heldout9` = 8 runs of
2600–2605 (letters of 2558–2566); `heldout10` = 6 runs of 2800–2804; `heldout11` = 8 runs of
3100–3105 (new agencies; ผ่าน and สำเนาส่ง lines, a dotted memo form); `heldout12` = 8 runs
of 3300–3305 (Thai digits with ๔ ๖ ๗ ๘ ๙ in four of six); `heldout13` = 8 runs of 3600–3605
(Thai digits in all six, a weekday named, letters of 2567); `heldout14` = 11 runs of the
ninth round's clean letters (4100–4106, 4300, 4302, 4307); `heldout15` = 10 runs of the tenth
round's clean letters (4401–4407, 4501–4505); `heldout16` = 10 runs of the seventeenth round's
clean letters (7400–7407); `heldout17` = 10 runs of the eighteenth round's clean letters
(7700–7707); `all`.
--input hocr: parse Tesseract's hOCR of each run instead of its text (same page, same words).
--show: print each miss (file, letter, field, expected → got) after the table.

Per field: exact = the value equals the clean record's; in-candidates = the true number/date
is the chosen value or among `candidates`; text fields use a similarity ratio ≥ 0.8."""
import json, subprocess, os, argparse, difflib, collections, glob

def sim(a, b):
    if a is None or b is None: return a == b
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.8

# What each digit Tesseract prints may stand for (Corpus/ocr/README.md).
READ = {"0": "06", "2": "26", "3": "37", "5": "5489"}

def compatible(read, true):
    """The true number could have been printed as `read`: same shape, each digit a confusion."""
    if len(read) != len(true): return False
    return all(r == t or (r in READ and t in READ[r]) for r, t in zip(read, true))

# The dev set: the runs the parser was developed against (scripts/ocr-corpus.sh LIGHT/HEAVY).
DEV = {f"{s}.light" for s in "000 001 002 003 004 100 104 105 110 113 114 200 205 206 211".split()} | \
      {f"{s}.heavy" for s in "000 004 110 205".split()}

# The second held-out set (scripts/ocr-corpus.sh HELDOUT2_*), measured before the changes of
# 2026-11-26 to hOCR word joining and header reading.
HELDOUT2 = {f"{s}.light" for s in "400 401 404 406 500 502 508 606 608 806 807 809 811".split()} | \
           {f"{s}.heavy" for s in "401 608 809".split()}

# The third (scripts/ocr-corpus.sh HELDOUT3_LIGHT): the plain-text held-out letters 905–911.
HELDOUT3 = {f"{s}.light" for s in "905 906 907 908 909 910 911".split()}
# The fourth (HELDOUT4_LIGHT): the held-out letters 1000–1007, measured once.
HELDOUT4 = {f"{s}.light" for s in "1000 1001 1002 1003 1004 1005 1006 1007".split()}
# The fifth (HELDOUT5_*): the clean held-out letters 1600–1605, measured once when rendered.
HELDOUT5 = {f"{s}.light" for s in "1600 1601 1602 1603 1604 1605".split()} | {f"{s}.heavy" for s in "1601 1605".split()}
# The sixth (HELDOUT6_*): the clean held-out letters 1900–1905, measured once when rendered.
HELDOUT6 = {f"{s}.light" for s in "1900 1901 1902 1903 1904 1905".split()} | {f"{s}.heavy" for s in "1900 1905".split()}
# The seventh (HELDOUT7_*): the clean held-out letters 2200–2205, measured once when rendered.
HELDOUT7 = {f"{s}.light" for s in "2200 2201 2202 2203 2204 2205".split()} | {f"{s}.heavy" for s in "2202 2204".split()}
# The eighth (HELDOUT8_*): the clean held-out letters 2400–2405, measured once when rendered.
HELDOUT8 = {f"{s}.light" for s in "2400 2401 2402 2403 2404 2405".split()} | {f"{s}.heavy" for s in "2400 2402".split()}
# The ninth (HELDOUT9_*): clean held-out letters of earlier years 2600–2605, measured once when rendered.
HELDOUT9 = {f"{s}.light" for s in "2600 2601 2602 2603 2604 2605".split()} | {f"{s}.heavy" for s in "2600 2603".split()}
# The tenth (HELDOUT10_*): clean held-out letters 2800–2804, measured once when rendered.
HELDOUT10 = {f"{s}.light" for s in "2800 2801 2802 2803 2804".split()} | {"2800.heavy"}
# The eleventh (HELDOUT11_*): clean held-out letters 3100–3105, measured once when rendered.
HELDOUT11 = {f"{s}.light" for s in "3100 3101 3102 3103 3104 3105".split()} | {"3101.heavy", "3103.heavy"}
# The twelfth (HELDOUT12_*): clean held-out letters 3300–3305, measured once when rendered.
HELDOUT12 = {f"{s}.light" for s in "3300 3301 3302 3303 3304 3305".split()} | {"3300.heavy", "3304.heavy"}
# The thirteenth (HELDOUT13_*): clean held-out letters 3600–3605, measured once when rendered.
HELDOUT13 = {f"{s}.light" for s in "3600 3601 3602 3603 3604 3605".split()} | {"3601.heavy", "3604.heavy"}
HELDOUT14 = {f"{s}.light" for s in "4100 4101 4102 4103 4105 4106 4300 4302 4307".split()} | {"4100.heavy", "4106.heavy"}
HELDOUT15 = {f"{s}.light" for s in "4401 4403 4405 4407 4501 4502 4503 4505".split()} | {"4401.heavy", "4502.heavy"}
HELDOUT16 = {f"{s}.light" for s in "7400 7401 7402 7403 7404 7405 7406 7407".split()} | {"7401.heavy", "7404.heavy"}
HELDOUT17 = {f"{s}.light" for s in "7700 7701 7702 7703 7704 7705 7706 7707".split()} | {"7700.heavy", "7705.heavy"}

def in_set(stem, noise, which):
    run = f"{stem.split('_')[0]}.{noise}"
    kind = ("dev" if run in DEV else "heldout2" if run in HELDOUT2 else "heldout3" if run in HELDOUT3
            else "heldout4" if run in HELDOUT4 else "heldout5" if run in HELDOUT5 else "heldout6" if run in HELDOUT6 else "heldout7" if run in HELDOUT7 else "heldout8" if run in HELDOUT8 else "heldout9" if run in HELDOUT9 else "heldout10" if run in HELDOUT10 else "heldout11" if run in HELDOUT11 else "heldout12" if run in HELDOUT12 else "heldout13" if run in HELDOUT13 else "heldout14" if run in HELDOUT14 else "heldout15" if run in HELDOUT15 else "heldout16" if run in HELDOUT16 else "heldout17" if run in HELDOUT17 else "heldout")
    return which == "all" or which == kind

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--saraban", default=".build/debug/saraban")
    ap.add_argument("--set", default="dev", choices=["dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "all"])
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--input", default="txt", choices=["txt", "hocr"],
                    help="read Tesseract's plain text (default) or its hOCR of the same run")
    a = ap.parse_args()
    stats = collections.defaultdict(lambda: [0, 0])
    misses = []
    runs = 0
    for ocr in sorted(glob.glob("Corpus/ocr/*.txt")):
        if ".src." in ocr or "_truth" in ocr: continue
        stem, noise = os.path.basename(ocr).split(".")[:2]
        if not in_set(stem, noise, a.set): continue
        if not os.path.exists(f"Corpus/expected/{stem}.json"): continue
        exp = json.load(open(f"Corpus/expected/{stem}.json"))
        path = ocr if a.input == "txt" else ocr[:-len("txt")] + "hocr"
        got = json.loads(subprocess.run([a.saraban, "parse", path], capture_output=True, text=True).stdout)
        el, gl = exp["letters"], got["letters"]
        runs += 1
        name = f"{stem.split('_')[0]}.{noise}"
        stats["letter count"][0] += len(el) == len(gl); stats["letter count"][1] += 1
        if len(el) != len(gl):
            misses.append((name, "-", "letter count", [l["kind"] for l in el], [l["kind"] for l in gl]))
        for e in el:
            if e["kind"] == "annex": continue
            # match by kind order among non-annex letters
            g = next((g for g in gl if g["kind"] == e["kind"] and g.get("_used") is None), None)
            if g is not None: g["_used"] = True
            def add(field, ok, want=None, have=None):
                stats[field][0] += bool(ok); stats[field][1] += 1
                if not ok: misses.append((name, e["segment"], field, want, have))
            add("found (same kind)", g is not None, e["kind"], [l["kind"] for l in gl])
            if g is None: continue
            en, gn = e["number"], g["number"]
            if en:
                shown = gn and f'{gn["raw"]} → {gn["canonical"]} ({len(gn["candidates"])} cand.)'
                add("number exact", gn and gn["canonical"] == en["canonical"], en["canonical"], shown)
                add("number in candidates", gn and (en["canonical"] == gn["canonical"] or en["canonical"] in gn["candidates"]), en["canonical"], shown)
                add("number shape (prefix+code)", gn and gn["prefix"] == en["prefix"] and gn["code"] is not None, en["canonical"], shown)
                add("number digit-compatible", gn and compatible(gn["canonical"], en["canonical"]), en["canonical"], shown)
            ed, gd = e["date"], g["date"]
            if ed:
                shown = gd and f'{gd["raw"]} → {gd["iso"]} {gd["candidates"]}'
                add("date exact", gd and gd["iso"] == ed["iso"], ed["iso"], shown)
                add("date in candidates", gd and (gd["iso"] == ed["iso"] or ed["iso"] in gd["candidates"]), ed["iso"], shown)
                add("date month+year", gd and gd["iso"] and gd["iso"][:7] == ed["iso"][:7], ed["iso"], shown)
            for f in ["subject", "to"]:
                if e[f]: add(f + " ≈", sim(e[f], g[f]), e[f], g[f])
            if e["signature"]:
                add("signature name ≈", g["signature"] and sim(e["signature"]["name"], g["signature"]["name"]),
                    e["signature"]["name"], g["signature"] and g["signature"]["name"])
            add("references count", len(e["references"]) == len(g["references"]),
                [r["raw"] for r in e["references"]], [r["raw"] for r in g["references"]])
            add("enclosures count", len(e["enclosures"]) == len(g["enclosures"]),
                [x["title"] for x in e["enclosures"]], [x["title"] for x in g["enclosures"]])
    print(f"set {a.set}: {runs} runs\n")
    print("| field | right | of |\n|---|---:|---:|")
    for k, (r, t) in stats.items(): print(f"| {k} | {r} | {t} |")
    if a.show:
        print()
        for name, seg, field, want, have in misses:
            print(f"{name} #{seg} {field}: {want!r}\n    got {have!r}")

main()
