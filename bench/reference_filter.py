#!/usr/bin/env python3
"""The reference Python filter that bench/compare measures hypersieve against.

What a data engineer would write in an afternoon: stream a .jsonl.zst
shard with the zstandard module, json.loads each line, run ONE
case-insensitive regex made of all the terms (\\b-delimited alternation),
and write the lines that do not match to a zstd-compressed output (or
nothing with --dry-run). One process, one core.

    reference_filter.py TERMS_FILE INPUT.jsonl.zst [OUTPUT.jsonl.zst | --dry-run]
"""
import io
import json
import re
import sys

import zstandard


def main():
    terms_file, src = sys.argv[1], sys.argv[2]
    dst = sys.argv[3] if len(sys.argv) > 3 else "--dry-run"
    with open(terms_file, encoding="utf-8") as f:
        terms = [t.strip() for t in f if t.strip()]
    terms.sort(key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b", re.IGNORECASE)
    out = None
    if dst != "--dry-run":
        out = zstandard.ZstdCompressor(level=3).stream_writer(open(dst, "wb"))
    docs = matched = 0
    with open(src, "rb") as raw:
        reader = io.TextIOWrapper(zstandard.ZstdDecompressor().stream_reader(raw), encoding="utf-8")
        for line in reader:
            if not line.strip():
                continue
            docs += 1
            doc = json.loads(line)
            if pattern.search(doc.get("text", "")):
                matched += 1
            elif out is not None:
                out.write(line.encode("utf-8"))
    if out is not None:
        out.close()
    print(f"reference_filter: {docs} docs, {matched} matched", file=sys.stderr)


if __name__ == "__main__":
    main()
