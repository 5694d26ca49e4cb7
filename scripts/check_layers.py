#!/usr/bin/env python3
"""Checks that module dependencies point one way:
base -> io -> record -> match -> model -> rules -> policy -> output -> pipeline -> cli.
A file in module M may include hypersieve/<N>/... only if N comes before M
(or is M). Also: only cli includes CLI11; only pipeline and cli log (spdlog).
Prints "N passed, N failed" (one check per file)."""
import os
import re
import sys

ORDER = ["base", "io", "record", "match", "model", "rules", "policy", "output", "pipeline", "cli"]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def module_of(path):
    parts = path.split(os.sep)
    for m in ORDER:
        if m in parts:
            return m
    return None


def main():
    passed = failed = 0
    for top in ("src", "include/hypersieve"):
        for dirpath, _, files in os.walk(os.path.join(ROOT, top)):
            for f in files:
                if not f.endswith((".cpp", ".hpp")):
                    continue
                path = os.path.join(dirpath, f)
                rel = os.path.relpath(path, ROOT)
                mod = module_of(os.path.relpath(path, os.path.join(ROOT, top)))
                if mod is None:
                    continue
                text = open(path, encoding="utf-8").read()
                errors = []
                for inc in re.findall(r'#include\s+"hypersieve/([a-z_]+)/', text):
                    if inc in ORDER and ORDER.index(inc) > ORDER.index(mod):
                        errors.append(f"{mod} must not include {inc}")
                if "CLI/CLI.hpp" in text and mod != "cli":
                    errors.append("only cli includes CLI11")
                if "spdlog/" in text and mod not in ("pipeline", "cli"):
                    errors.append("only pipeline and cli log")
                if errors:
                    failed += 1
                    print(f"FAIL {rel}: {'; '.join(errors)}")
                else:
                    passed += 1
    print(f"layers: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
