#!/usr/bin/env python3
"""Scaling benchmark: time and peak memory of checkmark on pathological inputs.

    scaling.py [BINARY] [--only SHAPE,...] [--scales 1,10,100] [--timeout 120]

Generates each pathological shape of issue 10 at 1x, 10x and 100x (100x is the size
the issue measured), each in its own temporary git repository, runs BINARY (default
target/release/checkmark) once per size and prints wall time, CPU time (user + system)
and peak resident memory of the checkmark process (GNU /usr/bin/time's figures when it
is installed, else os.wait4's rusage, which then also counts this script's own memory).
On a shared machine judge CPU time, not wall time.

Each 100x run is judged against the target of issue 10 (2 CPU s and 200 MB): the
`target` column says pass or FAIL, and the summary lists the shapes over it.

Exit status: 0 when every shape grows at most about linearly; 1 when a shape's time or
memory grows superlinearly from 10x to 100x (ratio above 15, with a floor of 50 ms and
20 MB so that start-up noise does not count); a run over the target is reported, not
failed (the exit status stays the growth's); 3 when checkmark crashed (exit status other than 0 or 1) or
hit the timeout or the memory cap (--max-mb, 3000 MB by default, so that a runaway
run does not take the machine down); 2 on a set-up error. Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
TIME_BIN = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
TARGET_S = 2.0
TARGET_MB = 200.0
RATIO_LIMIT = 15.0
TIME_FLOOR_S = 0.05
RSS_FLOOR_MB = 20.0


def git(repo: Path, *args: str) -> None:
    env = dict(os.environ, GIT_AUTHOR_NAME="bench", GIT_AUTHOR_EMAIL="bench@example.com",
               GIT_COMMITTER_NAME="bench", GIT_COMMITTER_EMAIL="bench@example.com",
               GIT_AUTHOR_DATE="2025-01-01T00:00:00Z", GIT_COMMITTER_DATE="2025-01-01T00:00:00Z")
    subprocess.run(["git", *args], cwd=repo, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def write(repo: Path, rel: str, text: str) -> None:
    p = repo / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(text.encode())


# ------------------------------------------------------------------------------ shapes
# Each generator writes files into the repository for scale s (1, 10, 100) and returns
# the arguments to pass after `checkmark check`.


def nested_images(repo: Path, s: int) -> list[str]:
    # 1 MB at 100x: `![![![…x](a.png)](a.png)](a.png)`, 10 bytes a level.
    k = 1_000 * s
    write(repo, "doc.md", "# Nested\n\n" + "![" * k + "x" + "](a.png)" * k + "\n")
    return ["doc.md"]


def unclosed_citations(repo: Path, s: int) -> list[str]:
    # 500 KB at 100x of `【F:` (5 bytes each) never closed, on one line.
    write(repo, "doc.md", "# Unclosed\n\n" + "【F:" * (1_000 * s) + "\n")
    return ["doc.md"]


def citations_one_line(repo: Path, s: int) -> list[str]:
    # 100k valid citations on one line at 100x.
    write(repo, "ev.txt", "one\ntwo\n")
    write(repo, "doc.md", "# Citations\n\n" + "【F:ev.txt†L1】 " * (1_000 * s) + "\n")
    return ["doc.md"]


def table_rows(rows: int) -> str:
    out = ["# Register\n\n| Item | Status | Owner | Evidence |\n| --- | --- | --- | --- |\n"]
    for i in range(rows):
        out.append(f"| item-{i} | ✅ Done | ops | `ev/e{i % 100}.txt` |\n")
    return "".join(out)


def table_100k(repo: Path, s: int) -> list[str]:
    for i in range(100):
        write(repo, f"ev/e{i}.txt", "x\n")
    write(repo, "doc.md", table_rows(1_000 * s))
    return ["doc.md"]


def table_1m(repo: Path, s: int) -> list[str]:
    for i in range(100):
        write(repo, f"ev/e{i}.txt", "x\n")
    write(repo, "doc.md", table_rows(10_000 * s))
    return ["doc.md"]


def checked_tasks(repo: Path, s: int) -> list[str]:
    # 100k checked tasks, each citing evidence, at 100x.
    for i in range(100):
        write(repo, f"ev/e{i}.txt", "\n".join(f"line {j}" for j in range(20)) + "\n")
    out = ["# Tasks\n\n## Work\n\n"]
    for i in range(1_000 * s):
        out.append(f"- [x] task {i} done 【F:ev/e{i % 100}.txt†L2-L5】\n")
    write(repo, "doc.md", "".join(out))
    return ["doc.md"]


def prose(repo: Path, s: int) -> list[str]:
    # 20 MB at 100x of paragraphs with code spans, links and headings.
    write(repo, "src/app/main.py", "print('hi')\n" * 10)
    write(repo, "docs/other.md", "# Other\n\n## Setup\n")
    para = ("The service reads `src/app/main.py` and `config/missing.toml` before it starts; "
            "see [setup](docs/other.md#setup), [intro](#section-{n}) and `--flag` for the "
            "details, and `make test` for checks.\n\n")
    out = []
    n = 0
    size = 0
    goal = 200_000 * s
    while size < goal:
        block = f"## Section {n}\n\n" + para.format(n=n) * 4
        out.append(block)
        size += len(block)
        n += 1
    write(repo, "doc.md", "# Prose\n\n" + "".join(out))
    return ["doc.md"]


def realistic(repo: Path, s: int) -> list[str]:
    # The benchmark corpus's documents (10 KB each) concatenated into one file:
    # 21 MB at 100x. The other documents stay, so their links resolve.
    docs = 21 * s
    subprocess.run([sys.executable, str(HERE / "gen_corpus.py"), str(repo), "--docs", str(docs),
                    "--seed", "1", "--force"], check=True, stdout=subprocess.DEVNULL)
    parts = sorted((repo / "docs").rglob("*.md"))
    with open(repo / "docs" / "realistic.md", "wb") as f:
        for p in parts:
            f.write(p.read_bytes())
            f.write(b"\n")
    return ["docs/realistic.md"]


def many_findings(repo: Path, s: int) -> list[str]:
    # 20k findings at 100x: a missing link on each line.
    write(repo, "doc.md", "# Findings\n\n" + "".join(
        f"- see [doc {i}](missing/doc-{i}.md) for item {i}\n" for i in range(200 * s)))
    return ["doc.md"]


def one_row_evidence(repo: Path, s: int) -> list[str]:
    # 20k missing evidence paths in the evidence cell of one done row, at 100x.
    cell = " ".join(f"`../x{i}/a.md`" for i in range(200 * s))
    write(repo, "doc.md", "# Register\n\n| Item | Status | Evidence |\n| --- | --- | --- |\n"
          f"| a | Done | {cell} |\n")
    return ["doc.md"]


def one_row_mentions(repo: Path, s: int) -> list[str]:
    # 20k paths named in the notes cell of one done row, at 100x.
    cell = " ".join(f"`src/m{i}.py`" for i in range(200 * s))
    write(repo, "doc.md", "# Register\n\n| Item | Status | Notes |\n| --- | --- | --- |\n"
          f"| a | Done | removed from {cell} |\n")
    return ["doc.md"]


def one_task_mentions(repo: Path, s: int) -> list[str]:
    # 20k paths named by one checked task item, on one line, at 100x.
    names = " ".join(f"`src/t{i}.py`" for i in range(200 * s))
    write(repo, "doc.md", f"# Tasks\n\n- [x] moved {names}\n")
    return ["doc.md"]


def headings_tasks(repo: Path, s: int) -> list[str]:
    # 50k sections at 100x, each a heading over a checked feature with an open
    # item below it; every tenth heading says roadmap (per-task scans of the
    # headings above were quadratic).
    out = ["# Plan\n\n"]
    for i in range(500 * s):
        title = f"Roadmap {i}" if i % 10 == 0 else f"Section {i}"
        out.append(f"## {title}\n\n- [x] Feature {i}\n  - [ ] follow-up {i}\n\n")
    write(repo, "doc.md", "".join(out))
    return ["doc.md"]


@dataclass
class Shape:
    name: str
    what: str  # at 100x
    gen: Callable[[Path, int], list[str]]
    fmt: str


SHAPES = [
    Shape("nested-images", "1 MB of nested images", nested_images, "json"),
    Shape("unclosed-citation", "500 KB of unclosed 【F:", unclosed_citations, "human"),
    Shape("citations-one-line", "100k citations on one line", citations_one_line, "json"),
    Shape("table-100k", "table of 100k rows", table_100k, "json"),
    Shape("table-1m", "table of 1M rows", table_1m, "json"),
    Shape("checked-tasks", "100k checked tasks with citations", checked_tasks, "json"),
    Shape("prose", "20 MB prose, code spans, links", prose, "json"),
    Shape("realistic", "21 MB realistic checklist", realistic, "json"),
    Shape("row-evidence", "20k evidence paths in one row", one_row_evidence, "json"),
    Shape("row-mentions", "20k paths in a done row's notes", one_row_mentions, "json"),
    Shape("headings-tasks", "50k headings over checked tasks", headings_tasks, "json"),
    Shape("task-mentions", "20k paths in one checked task", one_task_mentions, "json"),
    Shape("findings-human", "20k findings, human output", many_findings, "human"),
    Shape("findings-json", "20k findings, JSON output", many_findings, "json"),
]


# ----------------------------------------------------------------------------- running


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mb: float
    status: str  # "ok", "exit N", "timeout", "signal N"
    input_mb: float
    out_mb: float


def rss_mb(pid: int) -> float:
    """Current resident memory of a process (Linux /proc), 0 when unknown."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def run_once(binary: str, repo: Path, args: list[str], fmt: str, timeout: float,
             max_mb: float) -> Run:
    input_bytes = sum((repo / a).stat().st_size for a in args)
    out_path = repo.parent / "stdout"
    err_path = repo.parent / "stderr"
    time_path = repo.parent / "time"
    cmd = [binary, "check", "--format", fmt, *args]
    # A child forked from this (large) Python process inherits its peak RSS
    # across exec, so ru_maxrss would count the harness: GNU time, a small
    # process, forks checkmark and reports checkmark's own figures.
    if TIME_BIN:
        cmd = [TIME_BIN, "-f", "%U %S %M %x", "-o", str(time_path), *cmd]
    killed: list[tuple[float, float]] = []
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, cwd=repo, stdout=out, stderr=err,
                                env=dict(os.environ, NO_COLOR="1"))
        status = None
        while True:
            pid, wstatus, ru = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - t0 > timeout:
                status = "timeout"
            elif rss_mb(proc.pid) + sum(rss_mb(c) for c in children(proc.pid)) > max_mb:
                status = f"killed above {max_mb:.0f} MB"
            if status:
                # What the killed checkmark used so far, from /proc.
                victims = children(proc.pid) if TIME_BIN else [proc.pid]
                killed = [proc_usage(v) for v in victims]
                for c in children(proc.pid):
                    try:
                        os.kill(c, 9)
                    except OSError:
                        pass
                proc.kill()
                pid, wstatus, ru = os.wait4(proc.pid, 0)
                break
            time.sleep(0.01)
        wall = time.monotonic() - t0
    proc.returncode = 0  # reaped by os.wait4
    cpu, peak = ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024
    if status is not None and killed:
        cpu = sum(k[0] for k in killed)
        peak = max(k[1] for k in killed)
    code = os.WEXITSTATUS(wstatus) if os.WIFEXITED(wstatus) else None
    if TIME_BIN and status is None:
        # "%U %S %M %x", or "Command exited with non-zero status N" / "Command
        # terminated by signal N" first.
        last = time_path.read_text().strip().splitlines()[-1].split()
        cpu, peak, code = float(last[0]) + float(last[1]), int(last[2]) / 1024, int(last[3])
        if code > 128:
            wstatus, code = None, None
            status = f"signal {int(last[3]) - 128}"
    if status is None:
        if code is None and wstatus is not None and os.WIFSIGNALED(wstatus):
            status = f"signal {os.WTERMSIG(wstatus)}"
        elif code is not None:
            status = "ok" if code in (0, 1) else f"exit {code}"
    if status.startswith(("exit", "signal")):
        tail = err_path.read_bytes()[-600:].decode(errors="replace")
        print(f"    checkmark: {status}: {tail.strip()}", file=sys.stderr)
    return Run(wall=wall, cpu=cpu, rss_mb=peak, status=status, input_mb=input_bytes / 1e6,
               out_mb=out_path.stat().st_size / 1e6)


def proc_usage(pid: int) -> tuple[float, float]:
    """CPU seconds and peak resident MB of a live process (Linux /proc)."""
    cpu, peak = 0.0, 0.0
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return cpu, peak


def children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(x) for x in f.read().split()]
    except (OSError, ValueError):
        return []


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("binary", nargs="?", default="target/release/checkmark")
    ap.add_argument("--only", default="", help="comma-separated shape names")
    ap.add_argument("--scales", default="1,10,100", help="comma-separated scales")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per run")
    ap.add_argument("--keep", type=Path, default=None,
                    help="generate the repositories under this folder (SHAPE-SCALEx), keep them, "
                         "and run nothing (for profiling)")
    ap.add_argument("--max-mb", type=float, default=3000.0,
                    help="kill a run whose resident memory passes this (MB)")
    a = ap.parse_args()
    binary = shutil.which(a.binary) or a.binary
    binary = str(Path(binary).resolve())
    if not os.access(binary, os.X_OK):
        print(f"scaling.py: no executable at {binary}", file=sys.stderr)
        return 2
    scales = [int(x) for x in a.scales.split(",")]
    only = {x for x in a.only.split(",") if x}
    unknown = only - {s.name for s in SHAPES}
    if unknown:
        print(f"scaling.py: unknown shape(s) {', '.join(sorted(unknown))}; known: "
              f"{', '.join(s.name for s in SHAPES)}", file=sys.stderr)
        return 2
    shapes = [s for s in SHAPES if not only or s.name in only]

    if a.keep:
        for shape in shapes:
            for s in scales:
                repo = a.keep / f"{shape.name}-{s}x"
                if repo.exists():
                    shutil.rmtree(repo)
                repo.mkdir(parents=True)
                args = shape.gen(repo, s)
                if not (repo / ".git").exists():
                    git(repo, "init", "-q", "-b", "main")
                git(repo, "add", "-A")
                git(repo, "commit", "-q", "--allow-empty", "-m", "scaling")
                print(f"{repo}: checkmark check --format {shape.fmt} {' '.join(args)}")
        return 0
    print(f"binary: {binary}")
    print("| shape (at 100x) | scale | input MB | format | wall s | CPU s | peak MB | status "
          "| target |")
    print("| --- | ---: | ---: | --- | ---: | ---: | ---: | --- | --- |")
    superlinear: list[str] = []
    failed: list[str] = []
    over: list[str] = []
    for shape in shapes:
        runs: dict[int, Run] = {}
        for s in scales:
            with tempfile.TemporaryDirectory(prefix="cm-scaling-") as tmp:
                repo = Path(tmp) / "repo"
                repo.mkdir()
                args = shape.gen(repo, s)
                if not (repo / ".git").exists():
                    git(repo, "init", "-q", "-b", "main")
                git(repo, "add", "-A")
                git(repo, "commit", "-q", "--allow-empty", "-m", "scaling")
                r = run_once(binary, repo, args, shape.fmt, a.timeout, a.max_mb)
            runs[s] = r
            wall = f">{a.timeout:.0f}" if r.status == "timeout" else f"{r.wall:.2f}"
            if r.status.startswith("killed"):
                wall = f"{r.wall:.2f}"
            # CPU time, not wall time: on a shared machine the wall clock
            # measures the neighbours. The target holds at the size.
            missed = r.status != "ok" or r.cpu > TARGET_S or r.rss_mb > TARGET_MB
            verdict = ("FAIL" if missed else "pass") if s == 100 else ""
            print(f"| {shape.name}: {shape.what} | {s}x | {r.input_mb:.2f} | {shape.fmt} | "
                  f"{wall} | {r.cpu:.2f} | {r.rss_mb:.0f} | {r.status} | {verdict} |", flush=True)
            if r.status != "ok":
                failed.append(f"{shape.name} {s}x: {r.status}")
                break
            if s == 100 and missed:
                over.append(f"{shape.name}: {r.cpu:.2f} CPU s, {r.rss_mb:.0f} MB")
        if 10 in runs and 100 in runs and runs[100].status == "ok":
            lo, hi = runs[10], runs[100]
            t_ratio = max(hi.cpu, TIME_FLOOR_S) / max(lo.cpu, TIME_FLOOR_S)
            m_ratio = max(hi.rss_mb, RSS_FLOOR_MB) / max(lo.rss_mb, RSS_FLOOR_MB)
            if t_ratio > RATIO_LIMIT or m_ratio > RATIO_LIMIT:
                superlinear.append(f"{shape.name}: 10x→100x CPU ×{t_ratio:.1f}, "
                                   f"memory ×{m_ratio:.1f}")
    print()
    for line in over:
        print(f"over target ({TARGET_S:.0f} CPU s, {TARGET_MB:.0f} MB): {line}")
    if 100 in scales and not over and not failed:
        print(f"every shape within target ({TARGET_S:.0f} CPU s, {TARGET_MB:.0f} MB) at 100x")
    for line in superlinear:
        print(f"superlinear: {line}")
    for line in failed:
        print(f"failed: {line}")
    if failed:
        return 3
    if superlinear:
        return 1
    print("all shapes grow at most linearly")
    return 0


if __name__ == "__main__":
    sys.exit(main())
