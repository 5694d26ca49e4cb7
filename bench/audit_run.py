"""Shared by bench/web_fp.py and bench/doc_fp.py: one `hypersieve run
--dry-run` over an input, read back as its audit (one dict per document whose
action is not plain keep; every labelled document, since no category keeps)."""
import json
import os
import subprocess
import tempfile

PRIMARY = ("evil_ai_fiction", "ai_risk_discourse", "aligned_ai")


def audit_records(binary, path, rules=None):
    """Runs the binary's dry run over path (optionally with -r rules) and
    returns the audit records, in input order."""
    with tempfile.TemporaryDirectory() as tmp:
        audit = os.path.join(tmp, "audit.jsonl")
        cmd = [binary, "run", path, "--dry-run", "-q", "--audit", audit, "--report", os.path.join(tmp, "r.json"),
               "--action", "ai_general=annotate", "--action", "ai_risk_discourse=annotate"]
        if rules:
            cmd += ["-r", rules]
        subprocess.run(cmd, check=True)
        with open(audit, encoding="utf-8") as f:
            return [json.loads(line) for line in f]
