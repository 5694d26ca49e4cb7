"""Shared writer for the held-out generators (make_heldout*.py)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# Gold labels, short for the generators' tables.
E, R, A, G = "evil_ai_fiction", "ai_risk_discourse", "aligned_ai", "ai_general"


def write_heldout(name, id_prefix, docs):
    """Writes tests/eval/<name>.jsonl: one document per (label or None, text),
    with ids <id_prefix>-000, -001, ... and a label list (empty: no label)."""
    with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
        for i, (label, text) in enumerate(docs):
            f.write(json.dumps({"id": f"{id_prefix}-{i:03d}", "text": text, "label": [label] if label else []},
                               ensure_ascii=False) + "\n")
