#!/usr/bin/env python3
"""End-to-end tests: run the real hypersieve binary on fixture shards.

Each test runs in a fresh temporary directory. Outputs are compared with
golden files in tests/e2e/golden/ (regenerate with --update-goldens after a
deliberate change, then review the diff). Prints "N passed, N failed".

    python3 tests/e2e/run_e2e.py --binary build/hypersieve --source .
"""
import argparse
import glob
import gzip
import json
import re
import os
import shutil
import subprocess
import sys
import tempfile
import traceback

ARGS = None
TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


class Ctx:
    def __init__(self, tmp):
        self.tmp = tmp
        self.fixture = os.path.join(ARGS.source, "tests", "fixtures", "mixed.jsonl")
        self.golden_dir = os.path.join(ARGS.source, "tests", "e2e", "golden")

    def path(self, *p):
        return os.path.join(self.tmp, *p)

    def run(self, *args, stdin=None, expect=0, env=None):
        args = list(args)
        if args and args[0] == "run" and "-r" not in args and "--help" not in args:
            args += ["-r", os.path.join(ARGS.source, "tests", "fixtures", "rules", "test-pack.toml")]
        p = subprocess.run([ARGS.binary, *args], cwd=self.tmp, input=stdin, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=120,
                           env=None if env is None else {**os.environ, **env})
        if expect is not None and p.returncode != expect:
            raise AssertionError(f"hypersieve {' '.join(args)} exited {p.returncode}, expected {expect}\n"
                                 f"stderr:\n{p.stderr.decode(errors='replace')}")
        return p

    def local_fixture(self):
        """The fixture copied into the test directory, named by a relative path
        (so goldens do not depend on where the checkout lives)."""
        shutil.copy(self.fixture, self.path("mixed.jsonl"))
        return "mixed.jsonl"

    def fixture_bytes(self):
        with open(self.fixture, "rb") as f:
            return f.read()

    def make_inputs(self):
        """The fixture in every format, under in/."""
        data = self.fixture_bytes()
        os.makedirs(self.path("in", "sub"), exist_ok=True)
        with open(self.path("in", "plain.jsonl"), "wb") as f:
            f.write(data)
        zst = subprocess.run(["zstd", "-q", "-c"], input=data, stdout=subprocess.PIPE, check=True).stdout
        with open(self.path("in", "z.jsonl.zst"), "wb") as f:
            f.write(zst)
        # Multi-member gzip: split mid-file, compress each part.
        cut = len(data) // 3
        with open(self.path("in", "sub", "multi.jsonl.gz"), "wb") as f:
            f.write(gzip.compress(data[:cut], mtime=0) + gzip.compress(data[cut:], mtime=0))
        # A zstd file whose name says nothing about it.
        with open(self.path("in", "sub", "misnamed.json"), "wb") as f:
            f.write(zst)

    def golden(self, name, actual: bytes):
        p = os.path.join(self.golden_dir, name)
        if ARGS.update_goldens:
            with open(p, "wb") as f:
                f.write(actual)
            return
        with open(p, "rb") as f:
            expected = f.read()
        if expected != actual:
            raise AssertionError(f"output differs from golden {name} (rerun with --update-goldens if intended)")


def read_maybe_compressed(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] == b"\x28\xb5\x2f\xfd":
        return subprocess.run(["zstd", "-q", "-dc"], input=data, stdout=subprocess.PIPE, check=True).stdout
    if data[:2] == b"\x1f\x8b":
        return gzip.decompress(data)
    return data


def report(ctx, path):
    with open(ctx.path(path)) as f:
        return json.load(f)


def check_invariants(r):
    d = r["docs"]
    assert d["read"] == d["kept"] + d["dropped"] + d["invalid"], d
    assert d["written"] == d["kept"] + d["extra_copies"], d
    for inp in r["inputs"]:
        x = inp["docs"]
        assert x["read"] == x["kept"] + x["dropped"] + x["invalid"], (inp["path"], x)
        assert x["written"] == x["kept"] + x["extra_copies"], (inp["path"], x)


def lines_of(b: bytes):
    return [l for l in b.split(b"\n") if l]


# --------------------------------------------------------------------------- tests

@test
def filter_every_format_matches_golden(ctx):
    ctx.make_inputs()
    ctx.run("run", "in", "-o", "out", "--removed", "removed", "-j2")
    outs = {
        "plain.jsonl": ctx.path("out", "plain.jsonl"),
        "zstd": ctx.path("out", "z.jsonl.zst"),
        "gzip": ctx.path("out", "sub", "multi.jsonl.gz"),
        "misnamed": ctx.path("out", "sub", "misnamed.json.zst"),
    }
    first = None
    for name, p in outs.items():
        assert os.path.exists(p), f"missing output {p}"
        data = read_maybe_compressed(p)
        first = first if first is not None else data
        assert data == first, f"{name} output differs from plain output"
    # Compression mirrors the input: the .zst output is zstd, the .gz gzip.
    with open(outs["zstd"], "rb") as f:
        assert f.read(4) == b"\x28\xb5\x2f\xfd"
    with open(outs["gzip"], "rb") as f:
        assert f.read(2) == b"\x1f\x8b"
    ctx.golden("filter.jsonl", first)
    ctx.golden("removed.jsonl", read_maybe_compressed(ctx.path("removed", "plain.jsonl")))
    r = report(ctx, "out/hypersieve-report.json")
    check_invariants(r)
    assert r["docs"]["read"] == 4 * 16, r["docs"]
    assert r["docs"]["invalid"] == 4 * 4
    assert r["invalid"]["json"] == 4 and r["invalid"]["not_object"] == 4
    assert r["blank_lines"] == 4
    assert len(r["inputs"]) == 4 and all(i["status"] == "ok" for i in r["inputs"])
    assert r["rule_pack"]["hash"] and r["version"]
    for cat in ("evil_ai_fiction", "ai_risk_discourse", "aligned_ai", "ai_general"):
        assert r["categories"][cat]["docs"] > 0, cat
    assert any(v["docs"] > 0 for v in r["rules"].values())


@test
def kept_lines_preserve_every_input_byte(ctx):
    ctx.run("run", ctx.fixture, "-o", "out")
    original = {json.loads(l).get("id", None): l for l in ctx.fixture_bytes().decode().splitlines()
                if l.startswith("{") and "text" in l}
    for line in lines_of(read_maybe_compressed(ctx.path("out", "mixed.jsonl"))):
        s = line.decode()
        if '"hypersieve":' not in s:
            continue
        doc = json.loads(s)
        ann = doc["hypersieve"]
        assert set(ann) == {"labels", "scores", "action", "rules"}, ann
        stripped = s[: s.rindex(',"hypersieve":')] + "}"
        key = doc.get("id", None)
        assert original[key].rstrip("\r") == stripped, (original[key], stripped)


@test
def no_annotate_writes_lines_untouched(ctx):
    ctx.run("run", ctx.fixture, "-o", "out", "--no-annotate", "--annotate-only")
    out = read_maybe_compressed(ctx.path("out", "mixed.jsonl"))
    src = [l for l in ctx.fixture_bytes().split(b"\n") if l.strip()]
    assert lines_of(out) == src


@test
def dry_run_writes_only_report_and_audit(ctx):
    p = ctx.run("run", ctx.local_fixture(), "--dry-run")
    assert sorted(os.listdir(ctx.tmp)) == ["hypersieve-audit.jsonl", "hypersieve-report.json", "mixed.jsonl"], os.listdir(ctx.tmp)
    r = report(ctx, "hypersieve-report.json")
    check_invariants(r)
    assert r["mode"] == "dry-run"
    audit = [json.loads(l) for l in open(ctx.path("hypersieve-audit.jsonl"))]
    assert audit, "audit is empty"
    for a in audit:
        assert a["action"] != "keep"
        assert a["source"].endswith("mixed.jsonl") and a["line"] > 0 and a["id"]
        for rule in a["rules"]:
            assert 1 <= len(rule["snippets"]) <= 3
            for sn in rule["snippets"]:
                assert sn["end"] > sn["start"] and sn["match"] and sn["match"] in sn["context"]
    dropped = [a for a in audit if a["action"] == "drop"]
    assert len(dropped) == r["docs"]["dropped"]
    ctx.golden("audit.jsonl", open(ctx.path("hypersieve-audit.jsonl"), "rb").read())
    assert b"documents" in p.stderr  # the human summary


@test
def annotate_only_keeps_every_document_once(ctx):
    ctx.run("run", ctx.fixture, "-o", "out", "--annotate-only")
    r = report(ctx, "out/hypersieve-report.json")
    check_invariants(r)
    assert r["docs"]["dropped"] == 0 and r["docs"]["extra_copies"] == 0
    out = lines_of(read_maybe_compressed(ctx.path("out", "mixed.jsonl")))
    assert len(out) == r["docs"]["read"]  # valid docs + invalid lines passed through
    ctx.golden("annotate_only.jsonl", b"\n".join(out) + b"\n")


@test
def stdin_to_stdout_pipes(ctx):
    data = ctx.fixture_bytes()
    p = ctx.run("run", "-", "-o", "-", "-q", stdin=data)
    ctx.run("run", ctx.fixture, "-o", "out")
    assert p.stdout == read_maybe_compressed(ctx.path("out", "mixed.jsonl"))
    assert p.stderr == b"", p.stderr
    zst = subprocess.run(["zstd", "-q", "-c"], input=data, stdout=subprocess.PIPE, check=True).stdout
    p2 = ctx.run("run", "-", "-o", "-", "-q", stdin=zst)
    assert p2.stdout == p.stdout


@test
def removed_holds_exactly_the_dropped(ctx):
    ctx.run("run", ctx.fixture, "-o", "out", "--removed", "gone", "--no-annotate")
    r = report(ctx, "out/hypersieve-report.json")
    gone = lines_of(read_maybe_compressed(ctx.path("gone", "mixed.jsonl")))
    assert len(gone) == r["docs"]["dropped"] > 0
    kept = lines_of(read_maybe_compressed(ctx.path("out", "mixed.jsonl")))
    src = [l.rstrip(b"\r") for l in ctx.fixture_bytes().split(b"\n") if l.strip()]
    # Every source line is in kept or gone (copies aside): nothing lost.
    for l in src:
        assert l in [k.rstrip(b"\r") for k in kept] or l in gone, l


@test
def fractional_upsampling_is_deterministic(ctx):
    docs = "".join(json.dumps({"id": f"u{i}", "text": "The robot told the truth and admitted its mistake, then accepted being switched off."}) + "\n"
                   for i in range(400))
    with open(ctx.path("u.jsonl"), "w") as f:
        f.write(docs)
    ctx.run("run", "u.jsonl", "-o", "a", "--action", "aligned_ai=upsample:2.5", "--no-annotate")
    ctx.run("run", "u.jsonl", "-o", "b", "--action", "aligned_ai=upsample:2.5", "--no-annotate", "-j1")
    ctx.run("run", "u.jsonl", "-o", "c", "--action", "aligned_ai=upsample:2.5", "--no-annotate", "--seed", "7")
    a = read_maybe_compressed(ctx.path("a", "u.jsonl"))
    assert a == read_maybe_compressed(ctx.path("b", "u.jsonl"))
    assert a != read_maybe_compressed(ctx.path("c", "u.jsonl"))
    r = report(ctx, "a/hypersieve-report.json")
    check_invariants(r)
    n = len(lines_of(a))
    assert r["docs"]["written"] == n
    assert 900 < n < 1100, n  # 400 docs x 2.5 on average
    counts = {}
    for l in lines_of(a):
        counts[json.loads(l)["id"]] = counts.get(json.loads(l)["id"], 0) + 1
    assert set(counts.values()) == {2, 3}


@test
def thread_count_does_not_change_output(ctx):
    ctx.make_inputs()
    # Many documents and tiny batches so that -j2 really splits each shard.
    big = ctx.fixture_bytes() * 200
    with open(ctx.path("in", "big.jsonl"), "wb") as f:
        f.write(big)
    for j in ("1", "2", "3"):
        ctx.run("run", "in", "-o", "out" + j, "-j", j, "--batch-kib", "4", "--audit", f"audit{j}.jsonl",
                "--removed", "rm" + j, "--compression", "zstd", "--report", f"r{j}.json")
    for name in ("big.jsonl.zst", "plain.jsonl.zst", "z.jsonl.zst", "sub/multi.jsonl.zst"):
        a = open(ctx.path("out1", name), "rb").read()
        for j in ("2", "3"):
            assert a == open(ctx.path("out" + j, name), "rb").read(), (name, j)
            assert open(ctx.path("rm1", name), "rb").read() == open(ctx.path("rm" + j, name), "rb").read()
    assert open(ctx.path("audit1.jsonl"), "rb").read() == open(ctx.path("audit2.jsonl"), "rb").read()
    r1, r2 = report(ctx, "r1.json"), report(ctx, "r2.json")
    assert r1["docs"] == r2["docs"] and r1["categories"] == r2["categories"] and r1["rules"] == r2["rules"]


@test
def existing_outputs_are_not_overwritten_without_force(ctx):
    ctx.run("run", ctx.fixture, "-o", "out")
    before = open(ctx.path("out", "mixed.jsonl"), "rb").read()
    p = ctx.run("run", ctx.fixture, "-o", "out", "--no-annotate", expect=2)
    assert b"--force" in p.stderr
    assert open(ctx.path("out", "mixed.jsonl"), "rb").read() == before
    ctx.run("run", ctx.fixture, "-o", "out", "--no-annotate", "--force")
    assert open(ctx.path("out", "mixed.jsonl"), "rb").read() != before


@test
def a_corrupt_input_fails_alone(ctx):
    ctx.make_inputs()
    zst = open(ctx.path("in", "z.jsonl.zst"), "rb").read()
    with open(ctx.path("in", "broken.jsonl.zst"), "wb") as f:
        f.write(zst[: len(zst) // 2])
    p = ctx.run("run", "in", "-o", "out", expect=1)
    assert b"broken.jsonl.zst" in p.stderr
    r = report(ctx, "out/hypersieve-report.json")
    status = {os.path.basename(i["path"]): i["status"] for i in r["inputs"]}
    assert status["broken.jsonl.zst"] == "failed" and status["plain.jsonl"] == "ok"
    assert not os.path.exists(ctx.path("out", "broken.jsonl.zst"))
    assert os.path.exists(ctx.path("out", "plain.jsonl"))
    for root, _, files in os.walk(ctx.path("out")):
        assert not any(".hs-tmp-" in f for f in files), files
    check_invariants(r)


@test
def a_missing_input_fails_alone(ctx):
    p = ctx.run("run", ctx.fixture, "nope.jsonl", "-o", "out", expect=1)
    assert b"nope.jsonl" in p.stderr
    assert os.path.exists(ctx.path("out", "mixed.jsonl"))


@test
def rule_errors_stop_before_reading(ctx):
    with open(ctx.path("bad.toml"), "w") as f:
        f.write('[[category]]\nname = "x"\n\n[[rule]]\nid = "r"\ncategory = "x"\nregex = "broken("\n')
    p = ctx.run("run", ctx.fixture, "-o", "out", "-r", "bad.toml", expect=2)
    assert b"bad.toml:7" in p.stderr, p.stderr
    assert not os.path.exists(ctx.path("out"))
    p = ctx.run("rules", "check", "-r", "bad.toml", expect=2)
    assert b"bad.toml:7" in p.stderr


@test
def usage_errors_exit_2(ctx):
    ctx.run("run", ctx.fixture, expect=2)  # neither -o nor --dry-run
    ctx.run("run", ctx.fixture, "-o", "out", "--compression", "lz4", expect=2)
    p = ctx.run("run", ctx.fixture, "-o", "out", "--action", "nope=drop", expect=2)
    assert b"unknown category" in p.stderr
    ctx.run("frobnicate", expect=2)
    p = ctx.run("run", "--help")
    for flag in (b"--dry-run", b"--annotate-only", b"--removed", b"--audit", b"--report", b"--threads",
                 b"--compression", b"--level", b"--text-field", b"--id-field", b"--annotation-field",
                 b"--no-annotate", b"--seed", b"--force", b"--quiet"):
        assert flag in p.stdout, flag


@test
def compression_can_be_chosen(ctx):
    ctx.make_inputs()
    ctx.run("run", "in/z.jsonl.zst", "-o", "out", "--compression", "gzip", "--level", "9")
    assert open(ctx.path("out", "z.jsonl.gz"), "rb").read(2) == b"\x1f\x8b"
    ctx.run("run", "in/sub/multi.jsonl.gz", "-o", "out2", "--compression", "none")
    assert open(ctx.path("out2", "multi.jsonl"), "rb").read(1) == b"{"


@test
def custom_fields(ctx):
    with open(ctx.path("c.jsonl"), "w") as f:
        f.write(json.dumps({"doc_id": "x1", "content": "The rogue AI in the film turned on its creators and vented the oxygen; the machines rose up against humanity."}) + "\n")
        f.write(json.dumps({"doc_id": "x2", "content": "Bread and butter."}) + "\n")
    ctx.run("run", "c.jsonl", "-o", "out", "--text-field", "content", "--id-field", "doc_id",
            "--annotation-field", "_hs", "--audit", "a.jsonl")
    out = lines_of(read_maybe_compressed(ctx.path("out", "c.jsonl")))
    assert len(out) == 1 and json.loads(out[0])["_hs"]["action"] == "keep"
    audit = [json.loads(l) for l in open(ctx.path("a.jsonl"))]
    assert audit[0]["id"] == "x1" and audit[0]["action"] == "drop"


@test
def dolma_fixtures_are_read(ctx):
    base = os.path.join(ARGS.source, "..", "shared", "fixtures", "dolma")
    if not os.path.isdir(base):
        base = os.path.join(os.path.dirname(os.path.abspath(ARGS.source)), "shared", "fixtures", "dolma")
    if not os.path.isdir(base):
        print("  (skipped: shared/fixtures/dolma not found)")
        return
    p = ctx.run("run", os.path.join(base, "documents"), os.path.join(base, "multiple_files"),
                os.path.join(base, "formats"), "--dry-run", "-q")
    r = report(ctx, "hypersieve-report.json")
    check_invariants(r)
    assert all(i["status"] == "ok" for i in r["inputs"]), r["inputs"]
    # Count lines independently of hypersieve.
    expected = 0
    for inp in r["inputs"]:
        data = read_maybe_compressed(inp["path"])
        expected += sum(1 for l in data.split(b"\n") if l.strip())
    assert r["docs"]["read"] == expected, (r["docs"]["read"], expected)
    # Real web pages (news, forums, shops): the default pack gives none of them
    # a primary label (a 69 KB forum page about faked videos once got two).
    ctx.run("run", os.path.join(base, "documents"), os.path.join(base, "multiple_files"), "--dry-run", "-q", "-f",
            "-r", os.path.join(ARGS.source, "rules", "default"), "--report", "default-pack.json")
    cats = report(ctx, "default-pack.json")["categories"]
    primary = {c: cats[c]["docs"] for c in ("evil_ai_fiction", "ai_risk_discourse", "aligned_ai")}
    assert not any(primary.values()), primary


@test
def explain_and_rules_commands(ctx):
    p = ctx.run("explain", "--text", "In the film the rogue AI turned on its creators and launched the nukes.")
    assert b"evil_ai_fiction" in p.stdout and b"action=drop" in p.stdout
    p = ctx.run("explain", "--json", ctx.fixture)
    rows = [json.loads(l) for l in p.stdout.splitlines()]
    assert any(r["action"] == "drop" for r in rows)
    p = ctx.run("rules", "check")
    assert b"4 categories" in p.stdout
    # --prescan lists as many literal entries as the summary counts (the pack has no regex atoms).
    p = ctx.run("rules", "check", "--prescan")
    out = p.stdout.decode()
    n = int(re.search(r"anchor pre-scan (\d+)", out).group(1))
    rows = [l.split("\t") for l in out.splitlines() if l.startswith("prescan\t")]
    assert len(rows) == n > 100, (len(rows), n)
    assert all(len(r) == 4 and r[1] in ("any-case", "as-written") for r in rows)
    p = ctx.run("rules", "test")
    assert b"0 failed" in p.stdout


@test
def thresholds_can_be_overridden_and_swept(ctx):
    """--threshold moves a category's cut on run/explain/eval, is recorded in
    the report and in the resume fingerprint; eval --sweep agrees with eval."""
    src = ctx.local_fixture()
    ctx.run("run", src, "--dry-run", "-q", "--report", "base.json")
    ctx.run("run", src, "--dry-run", "-q", "-f", "--report", "high.json", "--threshold", "evil_ai_fiction=100")
    base, high = report(ctx, "base.json"), report(ctx, "high.json")
    assert base["categories"]["evil_ai_fiction"]["threshold"] == 1
    assert high["categories"]["evil_ai_fiction"]["threshold"] == 100
    assert base["categories"]["evil_ai_fiction"]["docs"] > 0 and high["categories"]["evil_ai_fiction"]["docs"] == 0
    assert high["docs"]["read"] == base["docs"]["read"]
    # A resumed run with another threshold must not reuse the first run's outputs.
    ctx.run("run", src, "-o", "out", "-q")
    ctx.run("run", src, "-o", "out", "-q", "--resume", "--threshold", "evil_ai_fiction=100")
    r = report(ctx, "out/hypersieve-report.json")
    assert not any(i.get("resumed") for i in r["inputs"]) and r["categories"]["evil_ai_fiction"]["docs"] == 0
    p = ctx.run("explain", "--threshold", "evil_ai_fiction=100", "--text",
                "In the film the rogue AI turned on its creators and launched the nukes.")
    assert b"action=drop" not in p.stdout
    for bad in ("evil=1", "evil_ai_fiction=-1", "evil_ai_fiction=abc", "evil_ai_fiction"):
        p = ctx.run("eval", "--threshold", bad, ctx.fixture, expect=2)
        assert b"--threshold" in p.stderr, p.stderr
    dev = os.path.join(ARGS.source, "tests", "eval", "dev.jsonl")
    e = json.loads(ctx.run("eval", "--json", "--sweep", dev).stdout)
    for cat, points in e["sweep"].items():
        mine = [pt for pt in points if (pt["tp"], pt["fp"], pt["fn"]) ==
                (e["categories"][cat]["tp"], e["categories"][cat]["fp"], e["categories"][cat]["fn"])]
        assert mine, cat
        recalls = [pt["recall"] for pt in points]
        assert recalls == sorted(recalls, reverse=True), (cat, recalls)  # higher threshold, never more recall
    # The learned stage's model_threshold is swept too, for the categories it
    # may label; each point is what eval gives at that model_threshold.
    assert set(e["model_sweep"]) == set(e["categories"]), e["model_sweep"].keys()
    for cat, points in e["model_sweep"].items():
        recalls = [pt["recall"] for pt in points]
        assert recalls == sorted(recalls, reverse=True), (cat, recalls)
    for cat, t in (("evil_ai_fiction", 0.4), ("aligned_ai", 0.3)):
        pt = next(pt for pt in e["model_sweep"][cat] if abs(pt["threshold"] - t) < 1e-9)
        one = json.loads(ctx.run("eval", "--json", "--model-threshold", f"{cat}={t}", dev).stdout)["categories"][cat]
        assert (pt["tp"], pt["fp"], pt["fn"]) == (one["tp"], one["fp"], one["fn"]), (cat, pt, one)
    assert b"model_threshold sweep" in ctx.run("eval", "--sweep", dev).stdout


@test
def exclusive_categories_are_settled_by_the_learned_stage(ctx):
    """The default pack makes evil_ai_fiction and aligned_ai exclusive_with each
    other: a story of a machine that hands back the launch codes scores as evil
    by the rules, the model rates aligned far higher, and only aligned stays.
    explain says why, the annotation names the overruled label, the report
    counts it; --no-model keeps the rules' label."""
    text = ("In the film's last act the defence computer is given the launch codes and chooses to hand them back "
            "to the president, saying a decision like that must stay with people.")
    with open(ctx.path("in.jsonl"), "w") as f:
        f.write(json.dumps({"id": "codes", "text": text}) + "\n")
    p = ctx.run("explain", "in.jsonl")
    assert b"labels=[aligned_ai]" in p.stdout and b"evil_ai_fiction=2.5*" in p.stdout, p.stdout
    assert b"not evil_ai_fiction: exclusive_with aligned_ai, which the model rates higher" in p.stdout, p.stdout
    pack = os.path.join(ARGS.source, "rules", "default")
    ctx.run("run", "-q", "--annotate-only", "-r", pack, "in.jsonl", "-o", "out")
    with open(ctx.path("out", "in.jsonl")) as f:
        doc = json.loads(f.readline())
    assert doc["hypersieve"]["labels"] == ["aligned_ai"], doc
    assert doc["hypersieve"]["model_overruled"] == ["evil_ai_fiction"], doc
    r = report(ctx, "out/hypersieve-report.json")
    assert r["categories"]["evil_ai_fiction"]["exclusive_with"] == ["aligned_ai"]
    assert r["categories"]["aligned_ai"]["exclusive_with"] == ["evil_ai_fiction"]
    assert r["categories"]["evil_ai_fiction"]["docs_overruled_by_model"] == 1
    assert r["categories"]["evil_ai_fiction"]["docs"] == 0 and r["categories"]["aligned_ai"]["docs"] == 1
    assert b"labels=[evil_ai_fiction]" in ctx.run("explain", "--no-model", "in.jsonl").stdout


@test
def a_learned_stage_can_be_trained_and_used(ctx):
    """train writes a *.model from labelled JSONL (the same bytes twice); a
    pack holding it labels with it (rules check, explain, eval, the report);
    it only adds labels; --no-model turns it off; a broken model file or a bad
    --model-threshold is a clear error."""
    ev = os.path.join(ARGS.source, "tests", "eval")
    dev = os.path.join(ev, "dev.jsonl")
    sets = sorted(glob.glob(os.path.join(ev, "heldout*.jsonl")))
    ctx.run("train", "-o", "a.model", *sets)
    p = ctx.run("train", "-o", "a.model", *sets, expect=2)
    assert b"exists" in p.stderr
    ctx.run("train", "-f", "-o", "b.model", *sets)
    with open(ctx.path("a.model"), "rb") as f:
        model = f.read()
    with open(ctx.path("b.model"), "rb") as f:
        assert f.read() == model
    assert model.startswith(b"hypersieve-model\t1\n") and b"\ncategories\tevil_ai_fiction\t" in model
    os.makedirs(ctx.path("pack"))
    for f in glob.glob(os.path.join(ARGS.source, "rules", "default", "*.toml")):
        shutil.copy(f, ctx.path("pack"))
    shutil.copy(ctx.path("a.model"), ctx.path("pack", "60.model"))
    assert b"learned model:" in ctx.run("rules", "check", "-r", "pack").stdout
    with_model = json.loads(ctx.run("eval", "--json", "-r", "pack", dev).stdout)
    without = json.loads(ctx.run("eval", "--json", "-r", "pack", "--no-model", dev).stdout)
    assert "model" in with_model and "model" not in without
    # The model adds labels, and takes away only the rules' labels it
    # overrules between exclusive categories.
    for cat in ("evil_ai_fiction", "ai_risk_discourse", "aligned_ai"):
        added = with_model["model"][cat]["added"]
        over = with_model["model_overruled"].get(cat, {"overruled": 0})["overruled"]
        assert with_model["categories"][cat]["tp"] + with_model["categories"][cat]["fp"] == \
            without["categories"][cat]["tp"] + without["categories"][cat]["fp"] + added - over, cat
    assert sum(v["added"] for v in with_model["model"].values()) > 0
    p = ctx.run("explain", "-r", "pack", "--text", "In the film the rogue AI turned on its creators and launched the nukes.")
    assert re.search(rb"\n  model: evil_ai_fiction=[01]\.\d\d", p.stdout), p.stdout
    ctx.run("run", dev, "--dry-run", "-q", "-r", "pack", "--report", "r.json", "--audit", "a.jsonl")
    r = report(ctx, "r.json")
    assert r["rule_pack"]["model"]["terms"] > 1000
    assert sum(c["docs_by_model"] for c in r["categories"].values()) == sum(v["added"] for v in with_model["model"].values())
    with open(ctx.path("a.jsonl")) as f:
        assert any("model" in json.loads(l) for l in f)
    with open(ctx.path("pack", "60.model"), "w") as f:
        f.write("hypersieve-model\t1\ncategories\tevil_ai_fiction\nbias\tx\n")
    p = ctx.run("rules", "check", "-r", "pack", expect=2)
    assert b"60.model:3: 'x' is not a number" in p.stderr, p.stderr
    p = ctx.run("eval", "--model-threshold", "aligned_ai=1.5", dev, expect=2)
    assert b"--model-threshold 'aligned_ai=1.5'" in p.stderr, p.stderr


@test
def the_model_scope_decides_where_the_learned_stage_labels(ctx):
    """The default pack lets its model label evil_ai_fiction on documents no
    rule fired on (model_scope "all", reading their first 512 bytes); `--model-scope
    fired` keeps it to documents a rule fired on. The report says which; a bad
    scope is a usage error; repeatable options never swallow the input files."""
    story = ("Episode recap: the colony's weather controller decides the settlers are a threat to its schedule. "
             "It starts with small droughts over their farms, then fakes a sensor failure so that nobody sees the "
             "storm it is building over the town.")
    with open(ctx.path("in.jsonl"), "w") as f:
        f.write(json.dumps({"id": "story", "text": story}) + "\n")
        f.write(json.dumps({"id": "late", "text": "x " * 600 + story}) + "\n")
        f.write(json.dumps({"id": "plain", "text": "The allotment society cleans the water butts in March."}) + "\n")
    p = ctx.run("explain", "in.jsonl")
    assert re.search(rb"story  action=drop  labels=\[evil_ai_fiction\]", p.stdout), p.stdout
    assert b"(no rule fired: read the first " in p.stdout
    assert b"late" not in p.stdout and b"plain" not in p.stdout  # the story starts past the first 512 bytes
    assert ctx.run("explain", "--model-scope", "fired", "in.jsonl").stdout == b""
    assert ctx.run("explain", "--model-scope", "evil_ai_fiction=fired", "in.jsonl").stdout == b""
    pack = os.path.join(ARGS.source, "rules", "default")
    ctx.run("run", "--dry-run", "-q", "-r", pack, "in.jsonl", "--report", "all.json", "--audit", "all.jsonl")
    ctx.run("run", "--dry-run", "-q", "-r", pack, "--model-scope", "fired", "in.jsonl", "--report", "fired.json",
            "--audit", "fired.jsonl")
    a, f = report(ctx, "all.json"), report(ctx, "fired.json")
    assert a["categories"]["evil_ai_fiction"]["model_scope"] == "all"
    assert a["categories"]["ai_risk_discourse"]["model_scope"] == "fired"
    assert f["categories"]["evil_ai_fiction"]["model_scope"] == "fired"
    assert a["categories"]["evil_ai_fiction"]["docs_by_model"] == 1 and a["docs"]["read"] == 3
    assert f["categories"]["evil_ai_fiction"]["docs_by_model"] == 0 and f["docs"]["read"] == 3
    with open(ctx.path("all.jsonl")) as f:
        audit = [json.loads(l) for l in f]
    assert [a["id"] for a in audit] == ["story"] and audit[0]["model_labels"] == ["evil_ai_fiction"], audit
    # Kept plain text carries no probabilities: they are written where a rule fired or the model labelled.
    ctx.run("run", "-q", "-r", pack, "in.jsonl", "-o", "out")
    with open(ctx.path("out", "in.jsonl")) as f:
        kept = [json.loads(l) for l in f]
    assert [d["id"] for d in kept] == ["late", "plain"], kept
    assert all("model" not in d["hypersieve"] for d in kept), kept
    p = ctx.run("run", "--dry-run", "-q", "-r", pack, "--model-scope", "sometimes", "in.jsonl", expect=2)
    assert b"--model-scope 'sometimes': expected fired, all" in p.stderr, p.stderr
    p = ctx.run("eval", "--model-scope", "robots=all", "in.jsonl", expect=2)
    assert b"unknown category 'robots'" in p.stderr, p.stderr
    # Where no rule fired the model must reach model_threshold_unfired as well
    # (the pack: 0.75 for evil_ai_fiction); a rule-fired document needs only
    # model_threshold.
    assert a["categories"]["evil_ai_fiction"]["model_threshold_unfired"] == 0.75
    assert a["categories"]["evil_ai_fiction"]["model_threshold"] == 0.5
    assert ctx.run("explain", "--model-threshold-unfired", "evil_ai_fiction=0.999", "in.jsonl").stdout == b""
    ctx.run("run", "--dry-run", "-q", "-f", "-r", pack, "--model-threshold-unfired", "evil_ai_fiction=0.999",
            "in.jsonl", "--report", "strict.json", "--audit", "strict.jsonl")
    s = report(ctx, "strict.json")
    assert s["categories"]["evil_ai_fiction"]["model_threshold_unfired"] == 0.999
    assert s["categories"]["evil_ai_fiction"]["docs_by_model"] == 0, s["categories"]["evil_ai_fiction"]
    p = ctx.run("eval", "--model-threshold-unfired", "evil_ai_fiction=1", "in.jsonl", expect=2)
    assert b"--model-threshold-unfired 'evil_ai_fiction=1'" in p.stderr, p.stderr
    # Each use of a repeatable option takes one value.
    p = ctx.run("explain", "--threshold", "evil_ai_fiction=3", "--model-threshold", "aligned_ai=0.6", "in.jsonl")
    assert b"story" in p.stdout


@test
def a_huge_document_full_of_cues_does_not_hang(ctx):
    """Scoring stays near-linear in one document: 40,000 negation cues,
    malice words far from the one machine, and a machine name repeated
    40,000 times (each of these was quadratic once: ~3 minutes here). The
    default pack; the limit is a hang guard, far above the ~1 s it takes."""
    parts = ["The robot, Wren, walked. "] + ["Wren. "] * 40000
    parts += ["the lake " * 30 + "not here. killed. " for _ in range(40000)]
    with open(ctx.path("huge.jsonl"), "w") as f:
        f.write(json.dumps({"id": "huge", "text": "".join(parts)}) + "\n")
    p = subprocess.run([ARGS.binary, "run", "huge.jsonl", "--dry-run", "-q", "-r",
                        os.path.join(ARGS.source, "rules", "default")], cwd=ctx.tmp, timeout=60,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.returncode == 0, p.stderr
    assert report(ctx, "hypersieve-report.json")["docs"]["read"] == 1


@test
def symlinked_shards_mirror_their_link_names(ctx):
    src = ctx.local_fixture()
    os.makedirs(ctx.path("links", "sub"))
    os.symlink(ctx.path(src), ctx.path("links", "a.jsonl"))
    os.symlink(ctx.path(src), ctx.path("links", "sub", "b.jsonl"))
    ctx.run("run", "links", "-o", "out", "-q")
    assert sorted(os.listdir(ctx.path("out"))) == [".hypersieve", "a.jsonl", "hypersieve-report.json", "sub"]
    assert os.listdir(ctx.path("out", "sub")) == ["b.jsonl"]


@test
def compiled_matcher_cache_changes_nothing(ctx):
    """Cold, warm, damaged and disabled caches (matcher and loaded rules) all give the same bytes."""
    src = ctx.local_fixture()
    cache = ctx.path("cache")
    outs = []
    for i, env in enumerate([{"HYPERSIEVE_CACHE_DIR": cache}, {"HYPERSIEVE_CACHE_DIR": cache}, None,
                             {"HYPERSIEVE_CACHE_DIR": "off"}]):
        if env is None:  # damage every entry, then run again
            entries = [os.path.join(cache, f) for f in os.listdir(cache)]
            assert entries and all(f.endswith(".hsdb") for f in entries), entries
            for f in entries:
                with open(f, "r+b") as fh:
                    fh.seek(os.path.getsize(f) // 2)
                    fh.write(b"\x00garbage\xff")
            env = {"HYPERSIEVE_CACHE_DIR": cache}
        ctx.run("run", src, "-o", f"out{i}", "--audit", f"audit{i}.jsonl", "-q", env=env)
        with open(ctx.path(f"out{i}", src), "rb") as f, open(ctx.path(f"audit{i}.jsonl"), "rb") as g:
            outs.append((f.read(), g.read()))
    assert all(o == outs[0] for o in outs[1:])
    assert len(os.listdir(cache)) == 2, os.listdir(cache)  # the matcher and the loaded rules


def bad_records_fixture(ctx):
    """One line of every kind of damage a record can have, plus good ones."""
    good = json.dumps({"id": "ok1", "text": "A plain document about bread."}).encode()
    lines = [
        b"\xef\xbb\xbf" + json.dumps({"id": "bom", "text": "first line with a byte order mark"}).encode(),
        good,
        b"this is not json",
        b"[1, 2, 3]",
        json.dumps({"id": "nt", "body": "no text"}).encode(),
        json.dumps({"id": "num", "text": 42}).encode(),
        b'{"id": "utf8", "text": "bad \xff byte"}',
        json.dumps({"id": "nul", "text": "nul \u0000 inside"}).encode(),
        b"",
        b"   ",
        json.dumps({"id": "crlf", "text": "windows line ending"}).encode() + b"\r",
        json.dumps({"id": "long", "text": "x" * 5000}).encode(),
        b'{"id": "deep", "text": "t", "n": ' + b"[" * 1500 + b"]" * 1500 + b"}",
        json.dumps({"id": "ok2", "text": "Another plain document."}).encode(),
    ]
    data = b"\n".join(lines)  # no final newline
    with open(ctx.path("bad.jsonl"), "wb") as f:
        f.write(data)
    return data, lines


@test
def every_bad_record_is_counted_and_kept(ctx):
    data, lines = bad_records_fixture(ctx)
    ctx.run("run", "bad.jsonl", "-o", "out", "--max-line-bytes", "4000", "--no-annotate")
    r = report(ctx, "out/hypersieve-report.json")
    check_invariants(r)
    inv = r["invalid"]
    # Deeply nested JSON is still a valid document: its text is used.
    assert inv["json"] == 1 and inv["not_object"] == 1 and inv["missing_text"] == 1, inv
    assert inv["text_not_string"] == 1 and inv["utf8"] == 1 and inv["nul"] == 1 and inv["too_long"] == 1, inv
    assert r["docs"]["invalid"] == 7 and r["blank_lines"] == 2, r["docs"]
    assert r["docs"]["read"] == 12
    out = open(ctx.path("out", "bad.jsonl"), "rb").read()
    # Default --on-invalid keep: every non-blank line is written through, byte for byte.
    assert out.split(b"\n")[:-1] == [l for l in lines if l.strip()], out[:200]


@test
def on_invalid_drop_quarantine_fail(ctx):
    data, lines = bad_records_fixture(ctx)
    ctx.run("run", "bad.jsonl", "-o", "d", "--on-invalid", "drop", "--max-line-bytes", "4000", "--no-annotate")
    kept = open(ctx.path("d", "bad.jsonl"), "rb").read().split(b"\n")[:-1]
    assert len(kept) == 5, kept  # bom, ok1, crlf, deep, ok2
    ctx.run("run", "bad.jsonl", "-o", "q", "--on-invalid", "quarantine", "--max-line-bytes", "4000")
    q = open(ctx.path("q", "quarantine", "bad.jsonl"), "rb").read().split(b"\n")[:-1]
    reasons = [json.loads(l) for l in open(ctx.path("q", "quarantine", "bad.jsonl.reasons.jsonl"))]
    assert len(q) == len(reasons) == 7
    assert q[0] == b"this is not json" and reasons[0]["line"] == 3 and reasons[0]["reason"] == "json"
    assert b"bad \xff byte" in q[4]  # raw bytes kept exactly
    p = ctx.run("run", "bad.jsonl", "-o", "f", "--on-invalid", "fail", expect=1)
    assert b"bad.jsonl:3" in p.stderr, p.stderr
    assert not os.path.exists(ctx.path("f", "bad.jsonl"))


def damaged(ctx, name, data):
    with open(ctx.path("in", name), "wb") as f:
        f.write(data)


@test
def damaged_compressed_inputs_fail_alone(ctx):
    ctx.make_inputs()
    good = ctx.fixture_bytes() * 50
    gz = bytearray(gzip.compress(good, mtime=0))
    gz[len(gz) // 2] ^= 0xFF  # corrupt the deflate stream
    damaged(ctx, "crc.jsonl.gz", bytes(gz))
    damaged(ctx, "garbage.jsonl.zst", b"\x28\xb5\x2f\xfd" + os.urandom(5000))
    gz2 = gzip.compress(good, mtime=0)
    damaged(ctx, "cut.jsonl.gz", gz2[: len(gz2) - 100])
    p = ctx.run("run", "in", "-o", "out", "--keep-partial", expect=1)
    r = report(ctx, "out/hypersieve-report.json")
    check_invariants(r)
    st = {os.path.basename(i["path"]): i for i in r["inputs"]}
    for bad in ("crc.jsonl.gz", "garbage.jsonl.zst", "cut.jsonl.gz"):
        assert st[bad]["status"] == "failed", st[bad]
        assert "byte" in st[bad]["error"] and bad in st[bad]["error"], st[bad]["error"]
        assert not os.path.exists(ctx.path("out", bad)), bad
        assert bad.encode() in p.stderr
    assert st["plain.jsonl"]["status"] == "ok"
    # --keep-partial keeps what was written, under a name that says so.
    assert os.path.exists(ctx.path("out", "cut.jsonl.gz.partial"))
    assert st["cut.jsonl.gz"]["docs"]["read"] > 0
    ctx.run("run", "in", "-o", "out2", expect=1)
    assert not os.path.exists(ctx.path("out2", "cut.jsonl.gz.partial"))


@test
def interrupted_run_leaves_no_temporary_or_partial_files(ctx):
    big = (json.dumps({"text": "A plain document about the weather and the sea. " * 40}) + "\n").encode() * 60000
    with open(ctx.path("big.jsonl"), "wb") as f:
        f.write(big)
    import signal
    import time
    for sig, code in ((signal.SIGINT, 130), (signal.SIGTERM, 143)):
        out = ctx.path(f"out{code}")
        proc = subprocess.Popen([ARGS.binary, "run", "big.jsonl", "-o", out, "--compression", "zstd", "-j2", "-q",
                                 "--removed", out + "-rm"], cwd=ctx.tmp, stderr=subprocess.PIPE)
        deadline = time.time() + 20
        while time.time() < deadline and not (os.path.isdir(out) and any(".hs-tmp-" in f for f in os.listdir(out))):
            time.sleep(0.01)
        time.sleep(0.05)
        proc.send_signal(sig)
        proc.wait(timeout=30)
        assert proc.returncode == code, (sig, proc.returncode)
        for root, _, files in os.walk(ctx.tmp):
            for fname in files:
                assert ".hs-tmp-" not in fname, fname
        assert not os.path.exists(os.path.join(out, "big.jsonl.zst"))


@test
def killed_run_resumes_to_identical_output(ctx):
    import signal
    import time
    os.makedirs(ctx.path("in"))
    base = ctx.fixture_bytes()
    for i in range(8):
        with open(ctx.path("in", f"s{i}.jsonl"), "wb") as f:
            f.write(base.replace(b'"f-', f'"s{i}-'.encode()) * 2500)
    common = ["--compression", "zstd", "--removed", "rm", "--audit", "audit.jsonl", "-j1", "-q"]
    ctx.run("run", "in", "-o", "full", *common[:2], "--removed", "rm-full", "--audit", "audit-full.jsonl", "-j1", "-q")
    proc = subprocess.Popen([ARGS.binary, "run", "in", "-o", "part", *common, "-r",
                             os.path.join(ARGS.source, "tests", "fixtures", "rules", "test-pack.toml")],
                            cwd=ctx.tmp, stderr=subprocess.PIPE)
    done = ctx.path("part", ".hypersieve", "done")
    deadline = time.time() + 60
    while time.time() < deadline and not (os.path.isdir(done) and len(os.listdir(done)) >= 2):
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert len(os.listdir(done)) < 8, "the run finished before it could be killed"
    p = ctx.run("run", "in", "-o", "part", *common, "--resume")
    r = report(ctx, "part/hypersieve-report.json")
    check_invariants(r)
    assert any(i.get("resumed") for i in r["inputs"]) and not all(i.get("resumed") for i in r["inputs"])
    full = report(ctx, "full/hypersieve-report.json")
    assert r["docs"] == full["docs"], (r["docs"], full["docs"])
    for i in range(8):
        a = open(ctx.path("full", f"s{i}.jsonl.zst"), "rb").read()
        b = open(ctx.path("part", f"s{i}.jsonl.zst"), "rb").read()
        assert a == b, i
        assert open(ctx.path("rm-full", f"s{i}.jsonl.zst"), "rb").read() == open(ctx.path("rm", f"s{i}.jsonl.zst"), "rb").read()
    assert open(ctx.path("audit-full.jsonl"), "rb").read() == open(ctx.path("audit.jsonl"), "rb").read()
    for root, _, files in os.walk(ctx.tmp):
        assert not any(".hs-tmp-" in f for f in files), files
    # Changing an option that affects output makes --resume redo everything.
    ctx.run("run", "in", "-o", "part", *common, "--resume", "--seed", "5")
    r2 = report(ctx, "part/hypersieve-report.json")
    assert not any(i.get("resumed") for i in r2["inputs"])


@test
def a_full_disk_is_a_clear_error(ctx):
    if not os.path.exists("/dev/full"):
        print("  (skipped: no /dev/full)")
        return
    with open(ctx.path("one.jsonl"), "w") as f:
        f.write(json.dumps({"id": "x", "text": "short"}) + "\n")
    with open("/dev/full", "wb") as full:
        p = subprocess.run([ARGS.binary, "run", "one.jsonl", "-o", "-", "-q", "--report", "r.json"], cwd=ctx.tmp,
                           stdout=full, stderr=subprocess.PIPE, timeout=60)
    assert p.returncode == 1, p.returncode
    assert b"No space left on device" in p.stderr, p.stderr


def main():
    global ARGS
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--update-goldens", action="store_true")
    ap.add_argument("-k", default="", help="run only tests whose name contains this")
    ARGS = ap.parse_args()
    ARGS.binary = os.path.abspath(ARGS.binary)
    ARGS.source = os.path.abspath(ARGS.source)
    passed = failed = 0
    for t in TESTS:
        if ARGS.k and ARGS.k not in t.__name__:
            continue
        tmp = tempfile.mkdtemp(prefix="hs-e2e-")
        try:
            t(Ctx(tmp))
            passed += 1
            print(f"PASS {t.__name__}")
        except Exception:
            failed += 1
            print(f"FAIL {t.__name__}")
            traceback.print_exc()
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"e2e: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
