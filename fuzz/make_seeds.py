#!/usr/bin/env python3
"""Writes the small seed corpora in fuzz/corpus/ (generated, never hand-edited)."""
import gzip
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))


def put(kind, name, data):
    d = os.path.join(HERE, "corpus", kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


lines = [
    json.dumps({"id": "a", "text": "The rogue AI refused to be shut down."}),
    json.dumps({"text": "caf\u00e9 \u201cquoted\u201d", "id": 7, "meta": {"x": [1, 2]}}),
    '{"text":"esc \\" \\\\ \\n \\u00e9 \\ud83d\\ude00"}',
    "[1,2]", "not json", '{"text": 42}', "\ufeff{\"text\":\"bom\"}",
]
for i, l in enumerate(lines):
    put("record", f"seed{i}", l.encode())
shard = ("\n".join(lines) + "\n").encode()
put("source", "plain", shard)
put("source", "gzip", gzip.compress(shard, mtime=0))
put("source", "gzip2", gzip.compress(shard[:40], mtime=0) + gzip.compress(shard[40:], mtime=0))
put("source", "zstd", subprocess.run(["zstd", "-q", "-c"], input=shard, stdout=subprocess.PIPE, check=True).stdout)
put("rules", "small.toml", b'''[[category]]
name = "evil"
threshold = 2
action = "drop"
[sets]
ai = ["AI", "robot*"]
[[rule]]
id = "r1"
category = "evil"
weight = 1.5
keywords = ["refused to be shut down", "HAL 9000", "deceiv*"]
regex = ['\\bcop(y|ied) its weights\\b']
near = ["@ai"]
near_window = 10
unless = ["hostile takeover"]
negated_by = ["not"]
match = ["The AI refused to be shut down."]
''')
put("matcher", "m1", "ai|HAL 9000|robot|deceiv|caf\u00e9\nSaid the AI: hal-9000, HAL 9000 robots deceive caf\u00e9 robot.".encode())
put("matcher", "m2", "the|he|e\nthe hethe e the".encode())
# rule_cache: edits (offset hi, offset lo, xor) to a valid encoding. The
# second seed is the input that found an unchecked count * 4 overflow.
put("rule_cache", "empty", b"")
put("rule_cache", "count-overflow", bytes.fromhex("1e60e41e60a4c9c9"))
# model: a small valid file, and text with every separator the tokenizer knows.
put("model", "m1", "hypersieve-model\t1\ncategories\tevil\tcake\nbias\t-1\t-2\n"
    "term\trobot\t1.5\t-0.25\nterm\tthe crew\t0.5\t0\n# c\r\n".encode())
put("model", "t1", "Don't PANIC\u2014the HAL-9000\u2019s \u00abÉCOLE\u00bb caf\u00e9 \u00a0robot \xc3".encode("utf-8", "surrogatepass"))
