#!/usr/bin/env python3
"""Signature-preserving minimizer for parse_fix crashes.

`cargo fuzz tmin` keeps any crash, so it can drift from one bug to another.
This keeps only candidates whose panic message matches SIGNATURE (a Python
regular expression such as "table count changed" or "facts\\.rs"):

    python3 fuzz/minimize.py CRASH_FILE SIGNATURE OUT_FILE

It runs the built target binary (`cargo fuzz build parse_fix` first) once per
candidate: line-level delta debugging, then byte-level, to a fixed point.
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.environ.get(
    "PARSE_FIX_BIN",
    os.path.join(HERE, "target/x86_64-unknown-linux-gnu/release/parse_fix"),
)


def fails(data: bytes, sig: str) -> bool:
    with tempfile.NamedTemporaryFile(delete=False) as f:
        f.write(data)
        path = f.name
    try:
        r = subprocess.run([BIN, path], capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return False
    finally:
        os.unlink(path)
    err = r.stderr.decode("utf-8", "replace")
    i = err.find("panicked at")
    return r.returncode != 0 and i >= 0 and re.search(sig, err[i : i + 4000]) is not None


def ddmin(units, sig, join):
    n = 2
    while len(units) >= 2:
        chunk = max(1, len(units) // n)
        reduced = False
        for start in range(0, len(units), chunk):
            cand = units[:start] + units[start + chunk :]
            if cand and fails(join(cand), sig):
                units = cand
                n = max(n - 1, 2)
                reduced = True
                break
        if not reduced:
            if chunk == 1:
                break
            n = min(len(units), n * 2)
    return units


def main():
    src, sig, out = sys.argv[1], sys.argv[2], sys.argv[3]
    data = open(src, "rb").read()
    assert fails(data, sig), "the input does not fail with that signature"
    while True:
        before = data
        lines = data.splitlines(keepends=True)
        data = b"".join(ddmin(lines, sig, b"".join))
        data = bytes(ddmin(list(data), sig, bytes))
        if data == before:
            break
    open(out, "wb").write(data)
    print(repr(data))


if __name__ == "__main__":
    main()
