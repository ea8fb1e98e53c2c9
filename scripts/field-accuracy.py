#!/usr/bin/env python3
"""Field-level accuracy of `saraban parse` against the hand-written Corpus/expected/ records.

    python3 scripts/field-accuracy.py [--saraban PATH] [--show-diffs] [FILE...]

Letters are matched by segment; a field counts as right only when it equals the expected
value exactly (after JSON parsing; warning messages ignored, codes and lines compared)."""
import json, subprocess, sys, os, argparse, collections

FIELDS = ["kind", "lines", "urgency", "secrecy", "number", "date", "issuer", "subject", "to",
          "references", "enclosures", "mentions", "body", "closing", "signature", "contact",
          "received", "warnings", "id"]

def norm(field, v):
    if field == "warnings":
        return sorted((w["code"], w["line"]) for w in v)
    return v

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--saraban", default=".build/debug/saraban")
    ap.add_argument("--show-diffs", action="store_true")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    expected_dir = "Corpus/expected"
    names = a.files or sorted(f[:-5] for f in os.listdir(expected_dir) if f.endswith(".json"))
    right = collections.Counter(); total = collections.Counter()
    seg_ok = 0; seg_total = 0
    for name in names:
        name = os.path.basename(name).rsplit(".", 1)[0] if name.endswith((".txt", ".json", ".md")) else name
        exp = json.load(open(f"{expected_dir}/{name}.json"))
        src = exp["source"]["path"]
        out = subprocess.run([a.saraban, "parse", src], capture_output=True, text=True)
        if out.returncode != 0:
            print(f"{name}: saraban failed: {out.stderr.strip()}"); continue
        got = json.loads(out.stdout)
        el, gl = exp["letters"], got["letters"]
        seg_total += 1
        if len(el) == len(gl): seg_ok += 1
        elif a.show_diffs: print(f"{name}: {len(gl)} letters, expected {len(el)}")
        for i, e in enumerate(el):
            g = gl[i] if i < len(gl) else None
            for f in FIELDS:
                total[f] += 1
                if g is not None and norm(f, g.get(f)) == norm(f, e.get(f)):
                    right[f] += 1
                elif a.show_diffs:
                    print(f"--- {name} #{i} {f}\n  expected: {json.dumps(norm(f, e.get(f)), ensure_ascii=False)[:600]}\n  got:      {json.dumps(norm(f, g.get(f)) if g else None, ensure_ascii=False)[:600]}")
    print(f"\nfiles with the right letter count: {seg_ok}/{seg_total}")
    print("| field | right | of | accuracy |\n|---|---:|---:|---:|")
    for f in FIELDS:
        print(f"| {f} | {right[f]} | {total[f]} | {100*right[f]/max(1,total[f]):.0f} % |")
    allr = sum(right.values()); allt = sum(total.values())
    print(f"| **all fields** | {allr} | {allt} | {100*allr/max(1,allt):.1f} % |")

main()
