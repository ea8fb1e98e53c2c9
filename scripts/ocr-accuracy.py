#!/usr/bin/env python3
"""How well `saraban parse` reads real Tesseract output of the Corpus letters
(Corpus/ocr/*.{light,heavy}.txt) against the hand-checked records of the clean letters.

    python3 scripts/ocr-accuracy.py [--saraban PATH]

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

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--saraban", default=".build/debug/saraban")
    a = ap.parse_args()
    stats = collections.defaultdict(lambda: [0, 0])
    for ocr in sorted(glob.glob("Corpus/ocr/*.txt")):
        if ".src." in ocr or "_truth" in ocr: continue
        stem = os.path.basename(ocr).split(".")[0]
        if not os.path.exists(f"Corpus/expected/{stem}.json"): continue
        exp = json.load(open(f"Corpus/expected/{stem}.json"))
        got = json.loads(subprocess.run([a.saraban, "parse", ocr], capture_output=True, text=True).stdout)
        el, gl = exp["letters"], got["letters"]
        stats["letter count"][0] += len(el) == len(gl); stats["letter count"][1] += 1
        for e in el:
            if e["kind"] == "annex": continue
            # match by kind order among non-annex letters
            g = next((g for g in gl if g["kind"] == e["kind"] and g.get("_used") is None), None)
            if g is not None: g["_used"] = True
            def add(field, ok): stats[field][0] += bool(ok); stats[field][1] += 1
            add("found (same kind)", g is not None)
            if g is None: continue
            en, gn = e["number"], g["number"]
            if en:
                add("number exact", gn and gn["canonical"] == en["canonical"])
                add("number in candidates", gn and (en["canonical"] == gn["canonical"] or en["canonical"] in gn["candidates"]))
                add("number shape (prefix+code)", gn and gn["prefix"] == en["prefix"] and gn["code"] is not None)
                add("number digit-compatible", gn and compatible(gn["canonical"], en["canonical"]))
            ed, gd = e["date"], g["date"]
            if ed:
                add("date exact", gd and gd["iso"] == ed["iso"])
                add("date in candidates", gd and (gd["iso"] == ed["iso"] or ed["iso"] in gd["candidates"]))
                add("date month+year", gd and gd["iso"] and gd["iso"][:7] == ed["iso"][:7])
            for f in ["subject", "to"]:
                if e[f]: add(f + " ≈", sim(e[f], g[f]))
            if e["signature"]: add("signature name ≈", g["signature"] and sim(e["signature"]["name"], g["signature"]["name"]))
            add("references count", len(e["references"]) == len(g["references"]))
            add("enclosures count", len(e["enclosures"]) == len(g["enclosures"]))
    print("| field | right | of |\n|---|---:|---:|")
    for k, (r, t) in stats.items(): print(f"| {k} | {r} | {t} |")

main()
