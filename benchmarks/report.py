#!/usr/bin/env python3
"""Turns a JMH JSON result (and, optionally, the run's console log for the [heap] lines) into the
Markdown tables of docs/benchmarks.md.

    python3 benchmarks/report.py benchmarks/target/jmh-result.json [benchmarks/target/jmh-run.log]

Medians are over every measured iteration of every fork; the error bar is the interquartile
range (Q1..Q3). A ratio's range is the most pessimistic and optimistic pairing of the quartiles
(Q1/Q3 .. Q3/Q1), so it is wide where either side was noisy.
"""
import json
import re
import statistics
import sys


def quartiles(values):
    values = sorted(values)
    if len(values) == 1:
        return values[0], values[0], values[0]
    q = statistics.quantiles(values, n=4, method="inclusive")
    return q[0], statistics.median(values), q[2]


def flat(raw):
    return [v for fork in raw for v in fork]


def load(path):
    rows = {}
    for r in json.load(open(path)):
        name = r["benchmark"].rsplit(".", 2)
        key = (name[-2], name[-1], tuple(sorted((r.get("params") or {}).items())))
        alloc = r["secondaryMetrics"].get("gc.alloc.rate.norm")
        rows[key] = {
            "unit": r["primaryMetric"]["scoreUnit"],
            "time": quartiles(flat(r["primaryMetric"]["rawData"])),
            "alloc": quartiles(flat(alloc["rawData"])) if alloc else None,
            "n": len(flat(r["primaryMetric"]["rawData"])),
            "forks": r["forks"],
        }
    return rows


def fmt(q, digits=1):
    lo, med, hi = q
    return f"{med:,.{digits}f} ({lo:,.{digits}f}–{hi:,.{digits}f})"


def ratio(a, b, digits=2):
    (a1, am, a3), (b1, bm, b3) = a, b
    return f"{am / bm:.{digits}f} ({a1 / b3:.{digits}f}–{a3 / b1:.{digits}f})"


def per_call(rows):
    print("| call | setting | contender | time/call µs, median (IQR) | bytes/call, median | time vs raw | bytes vs raw |")
    print("|---|---|---|---|---|---|---|")
    for call in ("stoGet", "harUpdate", "qualysRequest"):
        for setting in ("loopback", "stub"):
            params = (("setting", setting),)
            raw = rows.get(("PerCallBenchmark", call + "Raw", params))
            for who in ("Waiver", "Raw", "Generated"):
                r = rows.get(("PerCallBenchmark", call + who, params))
                if not r:
                    continue
                t = ratio(r["time"], raw["time"]) if raw and who != "Raw" else "1"
                a = ratio(r["alloc"], raw["alloc"]) if raw and r["alloc"] and who != "Raw" else "1"
                print(f"| `{call}` | {setting} | {who.lower()} | {fmt(r['time'], 2)} | {r['alloc'][1]:,.0f} | {t} | {a} |")


def paging(rows):
    print("| setting | contender | time to iterate 100×100, ms median (IQR) | bytes/walk | vs hand-written |")
    print("|---|---|---|---|---|")
    for setting in ("loopback", "stub"):
        params = (("setting", setting),)
        loop = rows.get(("PagingBenchmark", "handWrittenPageLoop", params))
        for name in ("waiverAutoPaging", "handWrittenPageLoop"):
            r = rows.get(("PagingBenchmark", name, params))
            if r:
                rel = ratio(r["time"], loop["time"]) if loop and r is not loop else "1"
                print(f"| {setting} | {name} | {fmt(r['time'], 2)} | {r['alloc'][1]:,.0f} | {rel} |")


def streaming(rows, heaps):
    print("| contender | heap cap | ms per pass, median (IQR) | records/s | bytes/record | peak heap MiB (max over passes) | vs raw StAX |")
    print("|---|---|---|---|---|---|---|")
    stax = None
    found = {}
    for key, r in rows.items():
        if key[0] == "QualysListStreamingBenchmark":
            found[key[1]] = (dict(key[2]), r)
    if "rawStaxCount" in found:
        stax = found["rawStaxCount"][1]
    for name, cap in (("waiverList", "-Xmx64m"), ("rawStaxCount", "-Xmx64m"), ("domParse", "-Xmx12g")):
        if name not in found:
            continue
        params, r = found[name]
        records = int(params["records"])
        per_s = records / (r["time"][1] / 1000.0)
        rel = ratio(stax["time"], r["time"]) if stax and r is not stax else "1"
        alloc = r["alloc"][1] / records if r["alloc"] else float("nan")
        peak = max(heaps.get(name, [float("nan")]))
        print(f"| {name} | {cap} | {fmt(r['time'], 0)} | {per_s:,.0f} | {alloc:,.0f} | {peak:,.1f} | {rel} |")


def heap_lines(log):
    """[heap] lines in the console log, attributed to the benchmark that printed them."""
    heaps, current = {}, None
    for line in open(log, errors="replace"):
        m = re.match(r"# Benchmark: .*\.(\w+)$", line.strip())
        if m:
            current = m.group(1)
        m = re.search(r"\[heap\] records=\d+ peakMiB=([\d.]+)", line)
        if m and current and "Warmup" not in line:
            heaps.setdefault(current, []).append(float(m.group(1)))
    return heaps


def main():
    rows = load(sys.argv[1])
    heaps = heap_lines(sys.argv[2]) if len(sys.argv) > 2 else {}
    print("### Per call\n")
    per_call(rows)
    print("\n### Qualys list streaming\n")
    streaming(rows, heaps)
    print("\n### Auto-paging\n")
    paging(rows)


if __name__ == "__main__":
    main()
