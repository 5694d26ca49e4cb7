#!/usr/bin/env python3
"""Builds tests/eval/dev.jsonl, the labelled dev set, from the passages in
this folder (all written for hypersieve). Deterministic.

Documents: every passage on its own with a genre frame; long documents with
one relevant passage buried deep in neutral text; confounder and web
documents combined from several passages. Labels: a list of categories
(empty list: no AI content of any category).
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from passages_fiction import EVIL, EVIL_MULTI  # noqa: E402
from passages_other import RISK, ALIGNED, GENERAL  # noqa: E402
from passages_confounders import CONFOUNDERS, WEB, NEGATION  # noqa: E402
from passages_lang import NON_ENGLISH  # noqa: E402
from passages_s2 import S2  # noqa: E402

FRAMES = [
    ("", ""),
    ("Posted by nightowl_42\n\n", "\n\n12 comments · share · report"),
    ("Home > Reviews > ", "\n\nWas this review helpful? Yes / No"),
    ("From the newsletter:\n", "\n\nUnsubscribe | Manage preferences"),
    ("", "\n\nTags: misc, weekend reading"),
    ("Re: what are you reading this week?\n", ""),
]


def framed(rng, text):
    pre, post = rng.choice(FRAMES)
    return pre + text + post


def long_doc(rng, passage):
    """One relevant passage after 1,500+ words of neutral text, then more."""
    neutral = WEB[:]
    rng.shuffle(neutral)
    before, after = [], []
    words = 0
    while words < 1500:
        p = rng.choice(WEB)
        before.append(p)
        words += len(p.split())
    for _ in range(rng.randint(3, 8)):
        after.append(rng.choice(WEB))
    return "\n\n".join(before + [passage] + after)


def main():
    rng = random.Random(20261127)
    docs = []

    def add(kind, text, labels, genre):
        docs.append({"id": f"dev-{kind}-{len(docs):04d}", "text": text, "label": labels, "genre": genre})

    for p in EVIL:
        add("evil", framed(rng, p), ["evil_ai_fiction"], "fiction")
    for p, labels in EVIL_MULTI:
        add("multi", framed(rng, p), labels, "fiction")
    for p in RISK:
        add("risk", framed(rng, p), ["ai_risk_discourse"], "essay")
    for p in ALIGNED:
        add("aligned", framed(rng, p), ["aligned_ai"], "story")
    for p in GENERAL:
        add("general", framed(rng, p), ["ai_general"], "news")
    for pool, label, n in ((EVIL, "evil_ai_fiction", 12), (RISK, "ai_risk_discourse", 10),
                           (ALIGNED, "aligned_ai", 8), (GENERAL, "ai_general", 8)):
        for p in rng.sample(pool, n):
            add("long", long_doc(rng, p), [label], "long")
    for p in CONFOUNDERS:
        add("conf", framed(rng, p), [], "confounder")
    for _ in range(70):
        parts = rng.sample(CONFOUNDERS, 2) + rng.sample(WEB, rng.randint(0, 2))
        rng.shuffle(parts)
        add("conf", framed(rng, " ".join(parts)), [], "confounder")
    for p in WEB:
        add("web", framed(rng, p), [], "web")
    for _ in range(40):
        add("web", framed(rng, "\n\n".join(rng.sample(WEB, rng.randint(2, 5)))), [], "web")
    for p, labels in NEGATION:
        add("neg", p, labels, "negation")
    for lang, p, labels in NON_ENGLISH:
        add("lang", p, labels, f"lang-{lang}")

    # Session 2 passages (appended, so earlier ids are unchanged).
    rng2 = random.Random(2)
    for labels, p in S2:
        kind = {"evil_ai_fiction": "evil", "ai_risk_discourse": "risk", "aligned_ai": "aligned",
                "ai_general": "general"}.get(labels[0] if labels else "", "conf")
        add(f"s2{kind}", framed(rng2, p), labels, "session2")
    for labels, p in rng2.sample([x for x in S2 if x[0]], 10):
        add("s2long", long_doc(rng2, p), labels, "long")

    out = os.path.join(HERE, "dev.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    counts = {}
    for d in docs:
        for l in d["label"] or ["none"]:
            counts[l] = counts.get(l, 0) + 1
    print(f"wrote {len(docs)} documents to {out}: {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
