#!/usr/bin/env python3
"""saraban against the tools people would otherwise use, on the same input, in one run.

    peers.py --saraban BIN --corpus DIR [--corpus-light DIR --corpus-heavy DIR]

Speed, in CPU seconds (a machine shared with other work slows the wall clock, not these):
each peer is timed inside Python (its import and set-up left out); saraban's library on
the same input file inside a Swift process (peer-kernels, reading the file left out), and
the saraban command as a whole process (start-up, reading and writing included). Best of
3 runs each, 1 for the slowest peers. Accuracy: the regex header extractor
(header_baseline.py) and `saraban parse` are scored with scripts/synthetic-accuracy.py
against the generated truth."""
import argparse, glob, json, os, resource, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))


def cpu():
    """CPU seconds of this process and of its finished children: a machine shared with other
    work slows the wall clock, not these."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def best(fn, runs=3):
    """(wall, cpu) seconds of the fastest of `runs` calls, by CPU time."""
    times = []
    for _ in range(runs):
        w, c = time.perf_counter(), cpu(); fn(); times.append((time.perf_counter() - w, cpu() - c))
    return min(times, key=lambda t: t[1])


def run_saraban(args, stdin_path=None, runs=3):
    def go():
        with open(stdin_path, "rb") if stdin_path else open(os.devnull, "rb") as f:
            subprocess.run(args, stdin=f, stdout=subprocess.DEVNULL, check=True)
    return best(go, runs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--saraban", required=True)
    ap.add_argument("--corpus", required=True, help="a saraban-corpus folder (no noise)")
    ap.add_argument("--corpus-light"); ap.add_argument("--corpus-heavy")
    ap.add_argument("--json", help="write the figures here too")
    ap.add_argument("--kernels", help="the peer-kernels tool (saraban's library in-process)")
    a = ap.parse_args()
    from pythainlp.util import normalize, thai_digit_to_arabic_digit, thai_strptime
    from pythainlp.tokenize import word_tokenize
    import pythainlp

    files = sorted(glob.glob(os.path.join(a.corpus, "letters", "*", "*.txt")))
    text = "".join(open(f, encoding="utf-8").read() for f in files)
    work = tempfile.mkdtemp(prefix="saraban-peers-")
    results = []

    def kernel(task, path):
        """saraban's library on the same file, in-process (peer-kernels): best CPU seconds."""
        if not a.kernels:
            return None
        p = subprocess.run([a.kernels, task, path, "3"], capture_output=True, text=True, check=True)
        return json.loads(p.stdout)["cpu_s"]

    def record(task, size, peer, saraban, inproc=None, note=""):
        (pw, pc), (sw, sc) = peer, saraban
        results.append({"task": task, "input": size, "peer_wall_s": pw, "peer_cpu_s": pc, "saraban_cli_wall_s": sw,
                        "saraban_cli_cpu_s": sc, "saraban_inprocess_cpu_s": inproc, "note": note})
        lib = f"{inproc:.4f} | **×{pc / inproc:.1f}**" if inproc else "– | –"
        print(f"| {task} | {size} | {pc:.3f} | {lib} | {sc:.3f} | ×{pc / sc:.1f} | {note} |", flush=True)

    print(f"pythainlp {pythainlp.__version__}; saraban {a.saraban}; corpus {a.corpus}: {len(files)} files, "
          f"{len(text.encode()) / 1e6:.1f} MB\n")
    print("| task | input | peer CPU s | saraban library CPU s | ratio | saraban CLI CPU s (whole process) | ratio | note |")
    print("|---|---|---:|---:|---:|---:|---:|---|")

    # Thai → Arabic digits, 10 MB.
    big = (text * (1 + 10_000_000 // max(1, len(text.encode()))))
    big = big[: len(big) * 10_000_000 // max(1, len(big.encode()))]
    path = os.path.join(work, "text.txt"); open(path, "w", encoding="utf-8").write(big)
    mb = f"{len(big.encode()) / 1e6:.1f} MB"
    record("digits: thai_digit_to_arabic_digit", mb, best(lambda: thai_digit_to_arabic_digit(big)),
           run_saraban([a.saraban, "text", "digits"], path), kernel("digits", path))

    # normalize (pythainlp.util.normalize vs saraban text normalize), 10 MB.
    record("normalize: pythainlp.util.normalize", mb, best(lambda: normalize(big)),
           run_saraban([a.saraban, "text", "normalize"], path), kernel("normalize", path))

    # Thai dates, 100,000 lines. thai_strptime reads Arabic digits only (Thai digits raise),
    # so both get Arabic digits: the peer's best case.
    dates = [f"{1 + k % 28} {m} {2560 + k % 8}" for k, m in
             zip(range(100_000), ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
                                  "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"] * 10_000)]
    dpath = os.path.join(work, "dates.txt"); open(dpath, "w", encoding="utf-8").write("\n".join(dates) + "\n")
    def parse_dates():
        for d in dates: thai_strptime(d, "%d %B %Y")
    try:
        thai_strptime("๑๔ กรกฎาคม ๒๕๖๔", "%d %B %Y"); thai_ok = "reads Thai digits"
    except Exception:
        thai_ok = "peer cannot read Thai digits (๑๔ กรกฎาคม ๒๕๖๔ raises)"
    record("dates: thai_strptime", "100,000 dates", best(parse_dates, 1),
           run_saraban([a.saraban, "text", "date", "--all"], dpath), kernel("dates", dpath), thai_ok)

    # Word segmentation, 1 MB of lines: pythainlp's default engine (newmm) vs ICU.
    lines = [l for l in text.split("\n") if l.strip()]
    seg, size = [], 0
    for l in lines:
        if size > 1_000_000: break
        seg.append(l); size += len(l.encode())
    spath = os.path.join(work, "lines.txt"); open(spath, "w", encoding="utf-8").write("\n".join(seg) + "\n")
    word_tokenize("กรมส่งเสริมการปกครองท้องถิ่น")  # loads its dictionary: not timed
    def tokenize():
        for l in seg: word_tokenize(l)
    record("segment: word_tokenize (newmm) vs ICU", f"{size / 1e6:.1f} MB", best(tokenize, 1),
           run_saraban([a.saraban, "text", "segment"], spath), kernel("segment", spath))

    # Parsing: the regex header extractor vs saraban parse, on the letter files.
    baseline = os.path.join(here, "header_baseline.py")
    def regex_all(corpus, out):
        fs = sorted(glob.glob(os.path.join(corpus, "letters", "*", "*.txt")))
        with open(out, "w") as o:
            subprocess.run([sys.executable, baseline, *fs], stdout=o, check=True)
    def saraban_all(corpus):
        fs = sorted(glob.glob(os.path.join(corpus, "letters", "*", "*.txt")))
        for i in range(0, len(fs), 2000):
            subprocess.run([a.saraban, "parse", *fs[i:i + 2000]], stdout=subprocess.DEVNULL, check=True)
    corpus_mb = sum(os.path.getsize(f) for f in files) / 1e6
    rx = os.path.join(work, "regex.jsonl")
    peer = best(lambda: regex_all(a.corpus, rx))
    sar = best(lambda: saraban_all(a.corpus))
    letters = sum(1 for _ in open(os.path.join(a.corpus, "truth.jsonl")))
    record("parse: regex header extractor vs saraban parse (both whole process)", f"{letters:,} letters, {corpus_mb:.0f} MB",
           peer, sar, None, f"saraban {letters / sar[1]:,.0f} letters and {corpus_mb / sar[1]:.1f} MB per CPU-s (one core; full records"
           f" and JSON); regex {letters / peer[1]:,.0f} letters per CPU-s (6 header fields)")

    print("\nfield accuracy on the synthetic truth (fields the baseline extracts; all saraban fields in BENCHMARKS.md)")
    acc = os.path.join(root, "scripts", "synthetic-accuracy.py")
    fields = ["letters", "id", "number", "date", "subject", "to", "references", "enclosures"]
    print(f"{'corpus':<8} {'extractor':<10} " + " ".join(f"{f:>10}" for f in fields))
    for name, corpus in [("none", a.corpus), ("light", a.corpus_light), ("heavy", a.corpus_heavy)]:
        if not corpus: continue
        if corpus != a.corpus: regex_all(corpus, rx)
        scores = {}
        for who, extra in [("regex", ["--records", rx]), ("saraban", ["--saraban", a.saraban])]:
            p = subprocess.run([sys.executable, acc, corpus, "--json", *extra], capture_output=True, text=True, check=True)
            scores[who] = json.loads(p.stdout)
            print(f"{name:<8} {who:<10} " + " ".join(f"{100 * scores[who]['fields'][f]:9.1f}%" for f in fields))
        results.append({"task": f"accuracy-{name}", "regex": scores["regex"], "saraban": scores["saraban"]})
    if a.json:
        json.dump(results, open(a.json, "w"), ensure_ascii=False, indent=1)


main()
