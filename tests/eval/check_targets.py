#!/usr/bin/env python3
"""Fails if the default pack misses the dev-set targets of issue 3.

Runs `hypersieve eval --json` on the dev set and compares precision and
recall per category with the targets below. Prints a table and
"N passed, N failed" (one check per category and metric).
"""
import argparse
import json
import subprocess
import sys

TARGETS = {
    "evil_ai_fiction": (0.92, 0.90),
    "ai_risk_discourse": (0.85, 0.85),
    "aligned_ai": (0.85, 0.75),
    "ai_general": (0.80, 0.80),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--dev", required=True)
    ap.add_argument("--rules", default=None)
    a = ap.parse_args()
    cmd = [a.binary, "eval", "--json", "--label-field", "label", a.dev]
    if a.rules:
        cmd += ["-r", a.rules]
    out = subprocess.run(cmd, stdout=subprocess.PIPE, check=True).stdout
    r = json.loads(out)
    passed = failed = 0
    print(f"dev set: {r['docs']} documents, rules {r['rules_hash']}")
    print(f"{'category':20} {'P':>6} {'target':>7} {'R':>6} {'target':>7}")
    for cat, (tp, tr) in TARGETS.items():
        c = r["categories"][cat]
        ok_p, ok_r = c["precision"] >= tp, c["recall"] >= tr
        print(f"{cat:20} {c['precision']:6.3f} {tp:7.2f}{'' if ok_p else ' MISS'} {c['recall']:6.3f} {tr:7.2f}{'' if ok_r else ' MISS'}")
        for ok in (ok_p, ok_r):
            passed += ok
            failed += not ok
    print(f"eval targets: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
