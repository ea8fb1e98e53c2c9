#!/usr/bin/env python3
"""Table and plot of Benchmarks/results/scale.jsonl (written by scale.sh): the latest run of
each archive size. Usage: scale_report.py RESULTS.jsonl PLOT.png"""
import json, sys

rows = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        r = json.loads(line)
        rows[r["letters"]] = r
rows = [rows[k] for k in sorted(rows)]

print("| letters | ingest letters/s (wall) | letters per CPU-s | load avg | peak RSS MB | DB bytes/letter | DB ÷ text "
      "| find p50 / p99 ms | cited-by p50 / p99 ms | search p50 / p95 ms | most-cited letter: cited by, ms |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for r in rows:
    l = r["latency_ms"]
    c = l.get("cpu") or l
    top = l.get("cited_by_most_cited") or {}
    load = "–".join(f"{x:.1f}" for x in r.get("load_avg", []))
    print(f"| {r['letters']:,} | {r['letters_per_s']:,.0f} | {r['letters_per_cpu_s']:,.0f} | {load} | {r['ingest']['rss_kb'] / 1024:,.0f} "
          f"| {r['db_bytes_per_letter']:,.0f} | {r['db_to_text']:.2f} "
          f"| {c['find']['p50']:.2f} / {c['find']['p99']:.2f} | {c['cited_by']['p50']:.2f} / {c['cited_by']['p99']:.2f} "
          f"| {c['search']['p50']:.1f} / {c['search']['p95']:.1f} "
          f"| {top.get('cited_by', 0):,}, {top.get('ms', 0):.1f} |")
print("\nLatencies are the query thread's CPU time (wall time on this shared machine adds waiting for a core:")
for r in rows:
    l = r["latency_ms"]
    print(f"  {r['letters']:,} letters, wall p99: find {l['find']['p99']:.2f} ms, cited-by {l['cited_by']['p99']:.2f} ms, "
          f"search p95 {l['search']['p95']:.1f} ms")
print(")")

if len(sys.argv) > 2:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    sizes = [r["letters"] for r in rows]
    fig, (a, b) = plt.subplots(1, 2, figsize=(10, 4), dpi=80)
    a.plot(sizes, [r["letters_per_s"] for r in rows], "o-", label="wall clock")
    a.plot(sizes, [r["letters_per_cpu_s"] for r in rows], "s--", label="per CPU-second")
    a.axhline(2000, color="grey", linestyle=":", label="target 2,000/s")
    a.set_xscale("log"); a.set_xlabel("letters in the archive"); a.set_ylabel("letters ingested per second")
    a.set_title("ingest (parse + SQLite + FTS5 + resolution)"); a.legend(fontsize=8); a.set_ylim(bottom=0)
    for name, key, style in [("find p99", "find", "o-"), ("cited-by p99", "cited_by", "s-"), ("search p95", "search", "^-")]:
        q = "p95" if key == "search" else "p99"
        b.plot(sizes, [(r["latency_ms"].get("cpu") or r["latency_ms"])[key][q] for r in rows], style, label=name + " (CPU)")
    b.set_xscale("log"); b.set_yscale("log"); b.set_xlabel("letters in the archive"); b.set_ylabel("milliseconds")
    b.axhline(1, color="grey", linestyle=":", linewidth=0.8)
    b.axhline(50, color="grey", linestyle=":", linewidth=0.8)
    b.set_title("query latency (thread CPU time)"); b.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(sys.argv[2])
    print(f"\nplot: {sys.argv[2]}")
