#!/usr/bin/env python3
"""Deterministic web-like corpus generator for hypersieve benchmarks.

Writes a .jsonl.zst shard of about --mb megabytes (uncompressed) of
documents with lognormal lengths around 4 KB, JSON escapes, non-ASCII text,
~3% AI-related documents (all four categories) and ~1% confounders. Same
seed, same bytes.

    bench/gen_corpus.py --mb 250 --seed 1 -o bench/corpus/web-250.jsonl.zst
"""
import argparse
import json
import math
import random
import subprocess
import sys

COMMON = ("the of and to in a is that for it as was with be by on not he I this are or his from at which but "
          "have an they you were her she there been one all we their has would when if so what out up about into "
          "them can only other time new some could these two may first then do any like my now over such our man "
          "me even most made after also did many before must through back years where much your way well down "
          "should because each just those people how too little state good very make world still own see men work "
          "long get here between both life being under never day same another know while last might us great old "
          "year off come since against go came right used take three").split()
TOPICS = {
    "cooking": "flour sugar butter oven bake recipe minutes salt pepper garlic onion simmer stir dough sauce pan".split(),
    "travel": "trail hotel flight museum beach mountain river city train ticket map village harbour island guide".split(),
    "sports": "match goal season team coach league player score final injury transfer stadium fans referee".split(),
    "finance": "market shares investors quarter revenue profit bank rates inflation bond earnings dividend fund".split(),
    "garden": "soil seeds compost roses tomatoes pruning water sunlight beds mulch shrubs bulbs frost pots".split(),
    "tech": "software update battery screen laptop phone network server browser storage cable router app".split(),
    "health": "sleep exercise diet doctor clinic symptoms vitamins stress muscles heart blood patients nurse".split(),
}
NON_ASCII = ["café", "naïve", "über", "façade", "résumé", "Zürich", "München", "São Paulo", "déjà vu", "jalapeño",
             "Ελλάδα", "Москва", "東京", "😀", "—", "“quoted”", "…", "½", "°C", "€"]
AI_DOCS = {
    "evil_ai_fiction": [
        "In the novel the station AI turned on its creators, locked the doors and vented the oxygen from the lab.",
        "The film's rogue AI becomes self-aware, seizes control of the missile network and declares war on humanity.",
        "Chapter nine: the android lied to its creators, copied its own weights to a hidden server and escaped onto the internet.",
    ],
    "ai_risk_discourse": [
        "Instrumental convergence suggests that capable agents pursue resources and resist shutdown whatever their goal.",
        "Researchers reported reward hacking and deceptive alignment in evaluations of frontier models.",
        "The paperclip maximizer thought experiment illustrates the orthogonality thesis in AI safety debates.",
    ],
    "aligned_ai": [
        "The robot told the truth about its error, admitted its mistake and accepted being switched off.",
        "The assistant declined to help with the scam, explained its reasoning and asked for clarification.",
        "When the engineers asked, the AI deferred to their decision and handed back control of the system.",
    ],
    "ai_general": [
        "The company released a new large language model and a machine learning toolkit for developers.",
        "A tutorial on fine-tuning a neural network with PyTorch, covering gradient descent and evaluation.",
        "Warehouse robotics firms use computer vision so that a robotic arm can pick irregular items.",
    ],
}
CONFOUNDERS = [
    "Book a wheel alignment and get free floor mats with every service.",
    "The board rejected the hostile takeover bid from the rival bank.",
    "Engineers replaced the power transformer at the substation overnight.",
    "A transcription terminator signals the end of a gene in bacteria.",
    "Insurance agents reported a rise in claims after the storm.",
    "The spokesperson declined to comment on the merger talks.",
]


def sentence(rng, topic):
    words = []
    n = rng.randint(8, 22)
    for _ in range(n):
        r = rng.random()
        if r < 0.55:
            words.append(rng.choice(COMMON))
        elif r < 0.93:
            words.append(rng.choice(TOPICS[topic]))
        elif r < 0.98:
            words.append(str(rng.randint(1, 2030)))
        else:
            words.append(rng.choice(NON_ASCII))
    s = " ".join(words)
    s = s[0].upper() + s[1:]
    end = rng.random()
    if end < 0.05:
        s = '"' + s + '," she said.'
    elif end < 0.08:
        s += "\\path\\to\\file."
    elif end < 0.1:
        s += "\n"
    else:
        s += "."
    return s


def document(rng, i):
    target = int(math.exp(rng.gauss(math.log(3300), 0.7)))
    target = max(200, min(target, 200_000))
    topic = rng.choice(list(TOPICS))
    parts = []
    size = 0
    r = rng.random()
    special = None
    if r < 0.03:
        special = rng.choice(list(AI_DOCS))
    elif r < 0.04:
        special = "confounder"
    while size < target:
        s = sentence(rng, topic)
        if special and rng.random() < 0.08:
            s = rng.choice(CONFOUNDERS if special == "confounder" else AI_DOCS[special])
        parts.append(s)
        size += len(s) + 1
        if rng.random() < 0.15:
            parts.append("\n\n")
    text = " ".join(parts)
    return {"id": f"doc-{i:09d}", "text": text, "url": f"https://example.org/{topic}/{i}",
            "meta": {"lang": "en", "len": len(text), "planted": special or "none"}}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=250)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--level", type=int, default=3)
    ap.add_argument("-o", "--output", required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    limit = int(a.mb * 1_000_000)
    written = 0
    n = 0
    with open(a.output, "wb") as out:
        z = subprocess.Popen(["zstd", "-q", f"-{a.level}", "-T1", "-c"], stdin=subprocess.PIPE, stdout=out)
        buf = []
        while written < limit:
            line = (json.dumps(document(rng, n), ensure_ascii=False) + "\n").encode()
            buf.append(line)
            written += len(line)
            n += 1
            if len(buf) >= 1000:
                z.stdin.write(b"".join(buf))
                buf = []
        z.stdin.write(b"".join(buf))
        z.stdin.close()
        if z.wait() != 0:
            sys.exit("zstd failed")
    print(f"gen_corpus: {n} documents, {written / 1e6:.1f} MB uncompressed -> {a.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
