#!/usr/bin/env python3
"""How fast blocks reach the other validators, and why heights were sealed twice.

    scripts/block-propagation.py DIR [--json OUT] [--from UNIX_SECONDS --to UNIX_SECONDS]
    scripts/block-propagation.py DIR --steps REPORT [--json OUT]

DIR is a four-node run of scripts/throughput-bench.sh kept with --keep (its node.log, Alice's,
and node-bob.log, node-charlie.log, node-dave.log). The benchmark runs the nodes with
--detailed-log-output, whose log lines carry milliseconds; older logs, with whole seconds, are
read too, and their delays are then good to a second only (the report says which).

For every block a node sealed ("Pre-sealed block for proposal at N. Hash now H"), it finds
when each other node imported it ("Imported #N (… → H)", best or not) and reports the delay,
sealed to imported, by node: p50, p95 and max, and the blocks that reached a node only after
that node had started its own proposal at the same height (that node was the next slot's
author and built beside the block instead of on it: a height sealed twice, a fork). For each
height sealed twice it says whether the later author started before the earlier block reached
it (the block was late: propagation and import) or after (it had the block and still built
beside it). With --from/--to, only blocks sealed in that window count. With --steps, the
benchmark's JSON report: each of its steps on its own (the heights of its first and last block),
and the whole run; scripts/throughput-bench.sh --network runs it so.
"""

import argparse
import json
import re
import sys
import time
from datetime import datetime
from pathlib import Path

NODES = {"alice": "node.log", "bob": "node-bob.log", "charlie": "node-charlie.log", "dave": "node-dave.log"}
STAMP = re.compile(r"^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})(\.\d{3})?\s")
SEALED = re.compile(r"Pre-sealed block for proposal at (\d+)\. Hash now (0x[0-9a-f]{64})")
# The informant prints hashes short (0xabcd…wxyz), or whole with its debug logging on.
HASH = r"0x[0-9a-f]{4}…[0-9a-f]{4}|0x[0-9a-f]{64}"
IMPORTED = re.compile(rf"Imported #(\d+) \(({HASH}) → ({HASH})\)")
STARTED = re.compile(r"Starting consensus session on top of parent (0x[0-9a-f]{64}) \(#(\d+)\)")


def stamp(line):
    """The line's time (Unix seconds; the node logs local time) and whether it has
    milliseconds, or None."""
    m = STAMP.match(line)
    if not m:
        return None
    t = time.mktime(datetime.strptime(m[1], "%Y-%m-%d %H:%M:%S").timetuple())
    return (t + float(m[2]) if m[2] else t), bool(m[2])


def short(full):
    """A hash as the informant prints it: 0xabcd…wxyz."""
    return full if "…" in full else f"{full[:6]}…{full[-4:]}"


def read(path):
    """A node's sealed blocks, its first import of each block and the sessions it started."""
    sealed, imported, started, precise = [], {}, [], True
    parent = None
    for line in path.read_text(errors="replace").splitlines():
        t = stamp(line)
        if t is None:
            continue
        when, ms = t
        if m := SEALED.search(line):
            precise &= ms
            sealed.append((when, int(m[1]), m[2], parent and short(parent)))
        elif m := IMPORTED.search(line):
            precise &= ms
            imported.setdefault((int(m[1]), short(m[3])), when)
        elif m := STARTED.search(line):
            started.append((when, int(m[2]) + 1, short(m[1])))
            parent = m[1]
    return sealed, imported, started, precise


def percentile(values, p):
    if not values:
        return None
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def load(work):
    logs = {who: read(Path(work) / name) for who, name in NODES.items() if (Path(work) / name).exists()}
    if len(logs) < 2:
        sys.exit(f"block-propagation: {work} has fewer than two node logs")
    return logs


def analyse(logs, start=None, end=None, low=None, high=None):
    precise = all(log[3] for log in logs.values())
    by_height = {}
    delays = {who: [] for who in logs}
    late = {who: 0 for who in logs}
    missing = {who: 0 for who in logs}
    for author, (sealed, _, _, _) in logs.items():
        for when, height, full, parent in sealed:
            if (start is not None and when < start) or (end is not None and when > end):
                continue
            if (low is not None and height < low) or (high is not None and height > high):
                continue
            by_height.setdefault(height, []).append((when, author, full, parent))
            for who, (_, imported, started, _) in logs.items():
                if who == author:
                    continue
                got = imported.get((height, short(full)))
                if got is None:
                    missing[who] += 1
                    continue
                delays[who].append(round(max(0.0, got - when) * 1000))
                # Had this node begun its own block on the same parent before this one came
                # (in its slot, even one begun before this block was sealed)?
                if any(h == height and p == parent and s < got for s, h, p in started):
                    late[who] += 1
    twice = []
    for height, blocks in sorted(by_height.items()):
        if len(blocks) < 2:
            continue
        blocks.sort()
        (first_at, first_by, first, first_parent), (second_at, second_by, _, second_parent) = blocks[:2]
        _, imported, started, _ = logs[second_by]
        reached = imported.get((height, short(first)))
        began = max((s for s, h, _ in started if h == height and s <= second_at), default=None)
        if first_by == second_by:
            cause = "one author: it sealed twice at this height"
        elif first_parent and second_parent and first_parent != second_parent:
            cause = "on different parents: the fork is below this height"
        elif began is None:
            cause = "unknown (the later author's start is not in its log)"
        elif reached is None:
            cause = "late: the block never reached the next author"
        elif began < reached:
            cause = "late: the block reached the next author after it began"
        else:
            cause = "not late: the next author had the block and built beside it"
        twice.append({
            "height": height, "first": first_by, "second": second_by,
            "apartMs": round((second_at - first_at) * 1000),
            "reachedSecondMs": None if reached is None else round((reached - first_at) * 1000),
            "cause": cause,
        })
    nodes = {
        who: {
            "blocks": len(d),
            "p50Ms": percentile(d, 50), "p95Ms": percentile(d, 95), "maxMs": max(d) if d else None,
            "over1000Ms": sum(1 for x in d if x > 1000),
            "afterItsOwnSessionBegan": late[who], "neverImported": missing[who],
        }
        for who, d in delays.items()
    }
    return {"millisecondLogs": precise, "sealed": sum(len(b) for b in by_height.values()),
            "heights": len(by_height), "nodes": nodes, "heightsSealedTwice": twice}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir")
    parser.add_argument("--json")
    parser.add_argument("--from", dest="start", type=float)
    parser.add_argument("--to", dest="end", type=float)
    parser.add_argument("--steps")
    args = parser.parse_args()
    logs = load(args.dir)
    report = analyse(logs, args.start, args.end)
    steps = []
    if args.steps:
        for step in json.loads(Path(args.steps).read_text())["steps"]:
            first, last = step["blocks"]["first"], step["blocks"]["last"]
            one = analyse(logs, low=first, high=last)
            one.update(kind=step["kind"], offeredPerSec=step["offeredPerSec"], first=first, last=last)
            steps.append(one)
        report["steps"] = steps
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1) + "\n")
    for one in steps:
        every = [d for n in one["nodes"].values() for d in [n["p50Ms"]] if d is not None]
        late = sum(n["afterItsOwnSessionBegan"] for n in one["nodes"].values())
        worst = max((n["maxMs"] for n in one["nodes"].values() if n["maxMs"] is not None), default=None)
        p95 = max((n["p95Ms"] for n in one["nodes"].values() if n["p95Ms"] is not None), default=None)
        causes = {}
        for t in one["heightsSealedTwice"]:
            key = t["cause"].split(":")[0]
            causes[key] = causes.get(key, 0) + 1
        print(f"{one['kind']} at {one['offeredPerSec']:.0f}/s, #{one['first']}-#{one['last']}: sealed → imported p50 "
              f"{max(every, default=0):.0f} ms (the slowest node's), p95 {p95 or 0:.0f}, max {worst or 0:.0f}; "
              f"{late} arrivals after the receiver began its own block; sealed twice: "
              + (", ".join(f"{n} {c}" for c, n in causes.items()) or "none"))
    unit = "ms" if report["millisecondLogs"] else "ms (logs in whole seconds: good to a second)"
    print(f"block propagation: {report['sealed']} blocks sealed at {report['heights']} heights; sealed → imported elsewhere, {unit}")
    print(f"{'node':8} {'blocks':>6} {'p50':>6} {'p95':>6} {'max':>6} {'>1 s':>5} {'late':>5} {'never':>5}")
    for who, n in report["nodes"].items():
        cell = lambda v: "-" if v is None else f"{v:.0f}"
        print(f"{who:8} {n['blocks']:>6} {cell(n['p50Ms']):>6} {cell(n['p95Ms']):>6} {cell(n['maxMs']):>6} "
              f"{n['over1000Ms']:>5} {n['afterItsOwnSessionBegan']:>5} {n['neverImported']:>5}")
    print("  (late: the block came after the node had begun its own block at that height)")
    for t in report["heightsSealedTwice"]:
        print(f"  #{t['height']} sealed by {t['first']} and, {t['apartMs']} ms later, {t['second']}: {t['cause']}"
              + ("" if t["reachedSecondMs"] is None else f" (it reached {t['second']} {t['reachedSecondMs']} ms after sealing)"))


if __name__ == "__main__":
    main()
