#!/usr/bin/env python3
"""bench/web_fp.py: how often plain web text gets a label it should not.

    bench/web_fp.py [--corpus bench/corpus/web-250.jsonl.zst] [--binary build/hypersieve] [-r RULES]

Runs `hypersieve run --dry-run` over a generated shard (bench/gen_corpus.py
records what it planted in meta.planted) and counts, among documents with no
planted AI content (plain text and planted confounders), those that got any of
the first three labels. Also prints per planted category the share labelled
with that category and with each other primary category (the planted
passages are generated, so read that as a smoke test, not as recall; a
planted AI-risk essay labelled evil fiction would be dropped by default). The target of issue 3: < 1 in 200 (0.5%).
"""
import argparse
import collections
import json
import os
import signal
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from audit_run import PRIMARY, audit_records  # noqa: E402


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet under `| head`
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(HERE, "corpus", "web-250.jsonl.zst"))
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "hypersieve"))
    ap.add_argument("-r", "--rules")
    ap.add_argument("--show", type=int, default=5, help="print this many false-positive ids")
    ap.add_argument("--max-rate", type=float, help="exit 1 if more than this percentage of the plain documents "
                    "gets a primary label (ctest: plain_web_generated)")
    a = ap.parse_args()
    labels = {d["line"]: set(d.get("labels", [])) for d in audit_records(a.binary, a.corpus, a.rules)}
    planted = collections.Counter()
    fp, fp_ids, hit = 0, [], collections.Counter()
    cross = collections.Counter()  # (planted, other primary label it also got)
    zc = subprocess.Popen(["zstd", "-dc", a.corpus], stdout=subprocess.PIPE)
    for n, line in enumerate(zc.stdout, start=1):
        d = json.loads(line)
        p = (d.get("meta") or {}).get("planted") or "none"
        planted[p] += 1
        got = labels.get(n, set())
        if p in ("none", "confounder"):
            if got & set(PRIMARY):
                fp += 1
                fp_ids.append((d.get("id"), sorted(got)))
        else:
            hit[p] += p in got
            for other in got & set(PRIMARY) - {p}:
                cross[(p, other)] += 1
    zc.wait()
    plain = planted["none"] + planted["confounder"]
    print(f"plain web documents (incl. {planted['confounder']} confounders): {plain}; "
          f"with a primary label: {fp} ({100.0 * fp / max(plain, 1):.3f}%, target < 0.5%)")
    for p in sorted(k for k in planted if k not in ("none", "confounder")):
        others = ", ".join(f"{o} {cross[(p, o)]}" for o in PRIMARY if o != p and cross[(p, o)])
        print(f"  planted {p:20} {hit[p]:5d} / {planted[p]:5d} labelled {p}" + (f"; also {others}" if others else ""))
    for i, got in fp_ids[:a.show]:
        print(f"  false positive: {i} {got}")
    if a.max_rate is not None and 100.0 * fp / max(plain, 1) > a.max_rate:
        print(f"FAIL: {100.0 * fp / max(plain, 1):.3f}% > {a.max_rate}%")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
