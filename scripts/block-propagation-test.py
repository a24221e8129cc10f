#!/usr/bin/env python3
"""Tests of scripts/block-propagation.py on made-up logs of two nodes (scripts/test.sh runs it).

Alice seals #5 while Bob, whose slot has begun, is building #5 on the same parent; the block
reaches Bob 800 ms after it was sealed, and Bob seals his own #5: a height sealed twice, the
block late. Bob's #6 reaches Alice in 20 ms. Alice's #7 is imported by Bob in a debug log's
whole hashes. Alice's #8 never reaches Bob.
"""

import importlib.util
import sys
import tempfile
from pathlib import Path

spec = importlib.util.spec_from_file_location(
    "block_propagation", Path(__file__).with_name("block-propagation.py"))
bp = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bp)

P4, A5, B5, B6, A7, A8 = ("0x" + c * 64 for c in "4abcde")


def sealed(at, n, block):
    return f"2026-12-07 10:00:{at}  INFO tokio-runtime-worker aura: 🔖 Pre-sealed block for proposal at {n}. Hash now {block}, previously 0x{'9' * 64}."


def started(at, parent, n):
    return f"2026-12-07 10:00:{at}  INFO tokio-runtime-worker aura: 🙌 Starting consensus session on top of parent {parent} (#{n})"


def imported(at, n, parent, block, whole=False):
    name = (lambda h: h) if whole else bp.short
    return f"2026-12-07 10:00:{at}  INFO tokio-runtime-worker substrate: 🏆 Imported #{n} ({name(parent)} → {name(block)})"


ALICE = [
    started("00.000", P4, 4), sealed("00.100", 5, A5), imported("00.101", 5, P4, A5),
    imported("03.420", 6, A5, B6),
    started("06.000", B6, 6), sealed("06.200", 7, A7),
    started("09.000", A7, 7), sealed("09.100", 8, A8),
]
BOB = [
    started("00.050", P4, 4), imported("00.900", 5, P4, A5), sealed("01.000", 5, B5),
    started("03.000", A5, 5), sealed("03.400", 6, B6),
    imported("06.500", 7, B6, A7, whole=True),
]


def check(condition, what):
    if not condition:
        sys.exit(f"block-propagation-test: {what}")


with tempfile.TemporaryDirectory() as work:
    Path(work, "node.log").write_text("\n".join(ALICE) + "\n")
    Path(work, "node-bob.log").write_text("\n".join(BOB) + "\n")
    report = bp.analyse(bp.load(work))
    check(report["millisecondLogs"], "milliseconds read")
    check(report["sealed"] == 5 and report["heights"] == 4, f"seals: {report['sealed']} at {report['heights']}")
    bob, alice = report["nodes"]["bob"], report["nodes"]["alice"]
    # Bob imported A5 (800 ms) and A7 (300 ms, whole hashes); A8 never came.
    check(bob["blocks"] == 2 and bob["maxMs"] == 800 and bob["p50Ms"] == 300, f"bob: {bob}")
    check(bob["neverImported"] == 1, f"bob never imported: {bob}")
    # A5 came after Bob had begun his own #5 on the same parent.
    check(bob["afterItsOwnSessionBegan"] == 1 and bob["over1000Ms"] == 0, f"bob late: {bob}")
    check(alice["blocks"] == 1 and alice["maxMs"] == 20 and alice["afterItsOwnSessionBegan"] == 0, f"alice: {alice}")
    (twice,) = report["heightsSealedTwice"]
    check((twice["height"], twice["first"], twice["second"]) == (5, "alice", "bob"), f"twice: {twice}")
    check(twice["apartMs"] == 900 and twice["reachedSecondMs"] == 800, f"twice: {twice}")
    check(twice["cause"].startswith("late: the block reached"), f"cause: {twice['cause']}")
    # A window by height: the step of #6 alone.
    step = bp.analyse(bp.load(work), low=6, high=6)
    check(step["sealed"] == 1 and step["heightsSealedTwice"] == [], f"step: {step}")
print("block-propagation-test: ok")
