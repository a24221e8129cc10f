#!/usr/bin/env python3
"""The transaction pool's own counts through a throughput benchmark run, as JSON and a chart.

    scripts/pool-metrics-chart.py SAMPLES.jsonl REPORT.json OUT.json OUT.svg

SAMPLES.jsonl: one JSON object a line, the loaded node's Prometheus figures every 2 s (what
`scripts/throughput-bench.sh --pool-metrics` records: `ready` in the pool's most recent view,
`unwatched_txs` and `watched_txs` in its memory pool, the cumulative counts of transactions it
reported future, dropped and finalized, `block_best`, `block_finalized`). REPORT.json: the
benchmark's report, whose steps name their first and last blocks. Writes OUT.json (the samples,
and per step: the most the pool held, and what it dropped and reported future) and OUT.svg (the
pool's ready and memory-pool transactions and what it dropped, against time, each step shaded),
using nothing but the standard library.
"""
import json
import sys
from html import escape

samples_path, report_path, out_json, out_svg = sys.argv[1:5]
samples = [json.loads(line) for line in open(samples_path) if line.strip()]
report = json.load(open(report_path))
if not samples:
    sys.exit("pool-metrics-chart: no samples")
t0 = samples[0]["t"]


def get(sample, key):
    return sample.get(key, 0.0)


def mempool(sample):
    return get(sample, "unwatched_txs") + get(sample, "watched_txs")


# A step's stretch: from the first sample whose best block reached its first block to the last
# whose best block had not passed its last.
steps = []
for step in report.get("steps", []):
    blocks = step.get("blocks") or {}
    first, last = blocks.get("first", 0), blocks.get("last", 0)
    inside = [s for s in samples if first <= get(s, "block_best") <= last]
    if not first or not inside:
        continue
    before = max((s for s in samples if s["t"] <= inside[0]["t"]), key=lambda s: s["t"])
    after = inside[-1]
    steps.append({
        "kind": step["kind"],
        "offeredPerSec": step["offeredPerSec"],
        "fromSecs": round(inside[0]["t"] - t0, 1),
        "toSecs": round(after["t"] - t0, 1),
        "mostReady": max(get(s, "ready") for s in inside),
        "mostInMemoryPool": max(mempool(s) for s in inside),
        "dropped": get(after, "timing_event_dropped_count") - get(before, "timing_event_dropped_count"),
        "reportedFuture": get(after, "timing_event_future_count") - get(before, "timing_event_future_count"),
        "foundInvalid": get(after, "timing_event_invalid_count") - get(before, "timing_event_invalid_count"),
        "removedAsReportedInvalid": get(after, "removed_invalid_txs_total") - get(before, "removed_invalid_txs_total"),
    })
json.dump({"intervalSecs": 2, "steps": steps, "samples": samples}, open(out_json, "w"), indent=0)

# The chart: time across, transactions up.
width, height, left, right, top, bottom = 960, 440, 70, 20, 40, 70
span = max(samples[-1]["t"] - t0, 1.0)
series = [
    ("ready in the most recent view", "#1f77b4", [get(s, "ready") for s in samples]),
    ("in the memory pool", "#2ca02c", [mempool(s) for s in samples]),
    ("dropped so far", "#d62728",
     [get(s, "timing_event_dropped_count") - get(samples[0], "timing_event_dropped_count") for s in samples]),
    ("reported future so far", "#9467bd",
     [get(s, "timing_event_future_count") - get(samples[0], "timing_event_future_count") for s in samples]),
    ("found invalid so far", "#ff7f0e",
     [get(s, "timing_event_invalid_count") - get(samples[0], "timing_event_invalid_count") for s in samples]),
]
highest = max([max(values) for _, _, values in series] + [10.0])
# The axis up to a round figure: 1, 2 or 5 times a power of ten.
scale = 10 ** (len(str(int(highest))) - 1)
top_value = next(m * scale for m in (1, 2, 2.5, 5, 10) if m * scale >= highest)


def x(t):
    return left + (t - t0) / span * (width - left - right)


def y(v):
    return height - bottom - v / top_value * (height - top - bottom)


parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
         f'<rect width="{width}" height="{height}" fill="white"/>',
         f'<text x="{left}" y="18" font-size="14">{escape(report.get("node", "node"))}: the loaded node\'s transaction pool, every 2 s</text>']
for i, step in enumerate(steps):
    x0, x1 = x(t0 + step["fromSecs"]), x(t0 + step["toSecs"])
    shade = "#f0f0f0" if i % 2 == 0 else "#e4e4e4"
    parts.append(f'<rect x="{x0:.1f}" y="{top}" width="{max(x1 - x0, 1):.1f}" height="{height - top - bottom}" fill="{shade}"/>')
    label = f'{step["offeredPerSec"]:.0f} {step["kind"]}/s'
    parts.append(f'<text x="{x0 + 3:.1f}" y="{top + 14 + 14 * (i % 2)}" font-size="11">{escape(label)}</text>')
for k in range(6):
    v = top_value * k / 5
    parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#ccc"/>')
    parts.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:,.0f}</text>')
for k in range(7):
    t = span * k / 6
    parts.append(f'<text x="{x(t0 + t):.1f}" y="{height - bottom + 18}" text-anchor="middle">{t:.0f} s</text>')
parts.append(f'<line x1="{left}" x2="{left}" y1="{top}" y2="{height - bottom}" stroke="black"/>')
parts.append(f'<line x1="{left}" x2="{width - right}" y1="{height - bottom}" y2="{height - bottom}" stroke="black"/>')
parts.append(f'<text x="{(left + width) / 2}" y="{height - bottom + 36}" text-anchor="middle">time since the load set was ready</text>')
for i, (name, colour, values) in enumerate(series):
    points = " ".join(f"{x(s['t']):.1f},{y(v):.1f}" for s, v in zip(samples, values))
    parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="1.5" points="{points}"/>')
    lx = left + 175 * i
    parts.append(f'<line x1="{lx}" x2="{lx + 20}" y1="{height - 10}" y2="{height - 10}" stroke="{colour}" stroke-width="3"/>')
    parts.append(f'<text x="{lx + 25}" y="{height - 6}">{escape(name)}</text>')
parts.append("</svg>")
open(out_svg, "w").write("\n".join(parts))
