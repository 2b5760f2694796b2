#!/usr/bin/env python3
"""Two checkmark binaries, interleaved, on the same corpora: the CPU time of a
speed change, and whether it changed a byte of the output.

    bench/abtime.py RUNS OLD NEW DIR [DIR ...]

In each DIR (a git repository), runs `OLD check --format json` and `NEW check
--format json` alternately RUNS times each (so that load on a shared machine
falls on both alike), and prints the median CPU time (user + system, from
os.wait4) of each, NEW/OLD, and whether their JSON outputs are byte-identical.
Exit status 1 when an output differs. Python 3 standard library only.
"""

import hashlib
import os
import statistics
import subprocess
import sys


def run(binary: str, cwd: str) -> tuple[float, str]:
    p = subprocess.Popen(
        [binary, "check", "--format", "json"],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert p.stdout is not None
    digest = hashlib.sha1(p.stdout.read()).hexdigest()
    _, _, usage = os.wait4(p.pid, 0)
    return usage.ru_utime + usage.ru_stime, digest


def main(argv: list[str]) -> int:
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    runs, old, new, dirs = int(argv[0]), argv[1], argv[2], argv[3:]
    differ = False
    for d in dirs:
        cpu: dict[str, list[float]] = {old: [], new: []}
        out: dict[str, set[str]] = {old: set(), new: set()}
        for _ in range(runs):
            for b in (old, new):
                t, h = run(b, d)
                cpu[b].append(t)
                out[b].add(h)
        a, b = statistics.median(cpu[old]), statistics.median(cpu[new])
        same = out[old] == out[new] and len(out[old]) == 1
        differ |= not same
        print(
            f"{os.path.basename(os.path.abspath(d))}: OLD {a:.3f} s  NEW {b:.3f} s  "
            f"NEW/OLD {b / a if a else float('nan'):.3f}  output identical: {same}"
        )
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
