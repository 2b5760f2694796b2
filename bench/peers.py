#!/usr/bin/env python3
"""checkmark side by side with its peers, on real and generated corpora.

    bench/peers.py CORPORA [--bin BIN] [--reference-bin REF] [--runs 3]
                   [--only NAME,...] [--no-peers]

CORPORA is a folder whose sub-folders are git repositories (the corpora: see
bench/README.md for how to make them). In each, in one run and interleaved (run 1 of
every tool, then run 2, ...), it runs

    checkmark check --format json                                   (BIN)
    lychee --offline --include-fragments --no-progress --extensions md,markdown,mdx .
    rumdl check --no-cache --silent .

and prints, per corpus and tool, the median CPU time (user + system of the child and
its children, from os.wait4), the median wall time and the highest peak resident
memory (GNU time's "%M" when /usr/bin/time is installed; otherwise the child's
ru_maxrss, which on Linux counts the harness's own memory at fork as a floor), then
checkmark's CPU ratio to each peer and whether the goals of issue 12 are met.

A peer that is not installed (not on PATH) is skipped with a note. With
--reference-bin, that binary also runs once per corpus with the same command, and its
JSON output must be byte-identical to BIN's: a speed change must not change a finding.
Both then run once more with the human format (`check`, NO_COLOR=1), whose stdout and
stderr (the summary line: files checked) must be byte-identical too.

Exit status: 0 when every checkmark run exited 0 or 1 and outputs are identical; 1 when
an output differs from the reference; 3 when checkmark crashed (another exit status);
2 on a usage error. Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MD_SUFFIXES = (".md", ".markdown", ".mdx")

# Goals of issue 12: checkmark's CPU time at most this share of the peer's.
LYCHEE_GOAL = {"gen-5k": 0.5, "tldr": 0.5, "PowerShell-Docs": 0.4}
RUMDL_GOAL = 0.15
RSS_GOAL_MIB = {"gen-5k": 60}
SCALING_GOAL = 1.05  # 20k documents within 1.05x of 4 x 5k


@dataclass
class Run:
    cpu: float
    wall: float
    rss_kib: int
    rc: int


@dataclass
class Tool:
    name: str
    argv: list[str]
    keep_output: bool = False
    runs: dict[str, list[Run]] = field(default_factory=dict)


def measure(argv: list[str], cwd: Path, stdout_path: str | None, time_bin: str | None) -> Run:
    """Runs argv in cwd; CPU from os.wait4, peak RSS from GNU time when available."""
    with tempfile.NamedTemporaryFile(prefix="peers-time-", delete=False) as tf:
        time_out = tf.name
    cmd = [time_bin, "-f", "%M", "-o", time_out, *argv] if time_bin else argv
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    start = time.perf_counter()
    try:
        p = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.PIPE)
        # Drain stderr without letting it block the child (lychee writes a lot).
        err = p.stderr.read() if p.stderr else b""
        _, status, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if stdout_path:
            out.close()
    wall = time.perf_counter() - start
    rc = os.waitstatus_to_exitcode(status)
    rss = ru.ru_maxrss
    if time_bin:
        try:
            text = Path(time_out).read_text()
            lines = [ln for ln in text.splitlines() if ln.strip()]
            if "Command terminated by signal" in text:
                rc = 128 + int(text.split("signal", 1)[1].split()[0])
            elif "Command exited with non-zero status" in text:
                rc = int(text.split("status", 1)[1].split()[0])
            rss = int(lines[-1])
        except (OSError, ValueError, IndexError):
            pass
    os.unlink(time_out)
    if rc < 0:
        rc = 128 - rc
    run = Run(cpu=ru.ru_utime + ru.ru_stime, wall=wall, rss_kib=rss, rc=rc)
    run.stderr = err  # type: ignore[attr-defined]
    return run


def markdown_size(corpus: Path) -> tuple[int, int]:
    """(files, bytes) of the tracked Markdown checkmark selects by default."""
    out = subprocess.run(
        ["git", "ls-files", "-z"], cwd=corpus, capture_output=True, check=True
    ).stdout
    files = total = 0
    for raw in out.split(b"\0"):
        name = raw.decode("utf-8", "replace")
        if name.endswith(MD_SUFFIXES):
            p = corpus / name
            if p.is_file():
                files += 1
                total += p.stat().st_size
    return files, total


def generated_docs(corpus: Path) -> int | None:
    """Documents of a corpus made by gen_corpus.py (its manifest), else None."""
    try:
        return int(json.loads((corpus / ".git/bench-corpus.json").read_text())["markdown_files"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def compare_outputs(new: bytes, ref: bytes) -> str:
    if new == ref:
        try:
            n = len(json.loads(new).get("diagnostics", []))
        except ValueError:
            n = "?"
        return f"identical ({n} findings, {len(new):,} bytes)"
    a, b = new.splitlines(), ref.splitlines()
    line = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return (
        f"DIFFERENT: {len(new):,} vs {len(ref):,} bytes; first difference at line {line + 1}: "
        f"new {a[line][:120]!r} / reference {b[line][:120]!r}"
        if line < min(len(a), len(b))
        else f"DIFFERENT: {len(a)} vs {len(b)} lines (one is a prefix of the other)"
    )


def human_output(bin_: Path, corpus: Path) -> bytes:
    """The human report of `bin_ check` in corpus (stdout, then stderr: its summary line)."""
    env = dict(os.environ, NO_COLOR="1")
    p = subprocess.run([str(bin_), "check"], cwd=corpus, capture_output=True, env=env)
    return p.stdout + b"\n--- stderr, exit " + str(p.returncode).encode() + b" ---\n" + p.stderr


def compare_human(new: bytes, ref: bytes) -> str:
    if new == ref:
        return f"identical ({len(new):,} bytes)"
    a, b = new.splitlines(), ref.splitlines()
    line = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    if line < min(len(a), len(b)):
        return (f"DIFFERENT: {len(new):,} vs {len(ref):,} bytes; first difference at line {line + 1}: "
                f"new {a[line][:120]!r} / reference {b[line][:120]!r}")
    return f"DIFFERENT: {len(a)} vs {len(b)} lines (one is a prefix of the other)"


def fmt_mib(kib: int) -> str:
    return f"{kib / 1024:.1f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", type=Path, help="folder of corpora (git repositories)")
    ap.add_argument("--bin", type=Path, default=ROOT / "target/release/checkmark")
    ap.add_argument("--reference-bin", type=Path, help="a checkmark whose JSON output must be identical")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per tool and corpus (default 3)")
    ap.add_argument("--only", help="comma-separated corpus names (default: every sub-folder)")
    ap.add_argument("--no-peers", action="store_true", help="run checkmark only")
    args = ap.parse_args()

    if not args.corpora.is_dir():
        print(f"peers.py: {args.corpora} is not a folder", file=sys.stderr)
        return 2
    bin_ = args.bin.resolve()
    if not os.access(bin_, os.X_OK):
        print(f"peers.py: {bin_} is not an executable (build it: cargo build --release)", file=sys.stderr)
        return 2
    names = args.only.split(",") if args.only else sorted(
        p.name for p in args.corpora.iterdir() if (p / ".git").exists()
    )
    corpora = [args.corpora.resolve() / n for n in names]
    for c in corpora:
        if not (c / ".git").exists():
            print(f"peers.py: {c} is not a git repository", file=sys.stderr)
            return 2
    time_bin = shutil.which("time", path="/usr/bin:/bin") if Path("/usr/bin/time").exists() else None

    tools = [Tool("checkmark", [str(bin_), "check", "--format", "json"], keep_output=True)]
    notes = []
    if not args.no_peers:
        lychee = shutil.which("lychee") or (
            str(Path.home() / ".cargo/bin/lychee") if (Path.home() / ".cargo/bin/lychee").exists() else None
        )
        if lychee:
            tools.append(Tool("lychee", [lychee, "--offline", "--include-fragments", "--no-progress",
                                         "--extensions", "md,markdown,mdx", "."]))
        else:
            notes.append("lychee is not installed (cargo install lychee --locked): skipped")
        rumdl = shutil.which("rumdl")
        if rumdl:
            tools.append(Tool("rumdl", [rumdl, "check", "--no-cache", "--silent", "."]))
        else:
            notes.append("rumdl is not installed (pip install rumdl): skipped")

    versions = {}
    for t in tools:
        try:
            v = subprocess.run([t.argv[0], "--version"], capture_output=True, text=True, timeout=10)
            versions[t.name] = (v.stdout or v.stderr).strip().splitlines()[0]
        except (OSError, subprocess.SubprocessError, IndexError):
            versions[t.name] = "?"

    load_start = os.getloadavg()
    crashed = False
    differs = False
    sizes = {c.name: markdown_size(c) for c in corpora}
    identity = {}
    tmp = Path(tempfile.mkdtemp(prefix="peers-"))
    try:
        for c in corpora:
            if args.reference_bin:
                ref = tmp / f"{c.name}.ref.json"
                r = measure([str(args.reference_bin.resolve()), "check", "--format", "json"], c, str(ref), None)
                if r.rc not in (0, 1):
                    identity[c.name] = f"reference exited {r.rc}"
                    differs = True
        for i in range(args.runs):
            for c in corpora:
                for t in tools:
                    out = str(tmp / f"{c.name}.{t.name}.out") if t.keep_output else None
                    r = measure(t.argv, c, out, time_bin)
                    t.runs.setdefault(c.name, []).append(r)
                    if t.name == "checkmark" and r.rc not in (0, 1):
                        crashed = True
                        print(f"peers.py: checkmark exited {r.rc} in {c}:\n"
                              + r.stderr.decode("utf-8", "replace")[-2000:], file=sys.stderr)  # type: ignore[attr-defined]
                    print(f"  run {i + 1}/{args.runs} {c.name:<16} {t.name:<9} cpu {r.cpu:6.2f} s  "
                          f"wall {r.wall:6.2f} s  rss {fmt_mib(r.rss_kib):>6} MiB  rc {r.rc}", file=sys.stderr)
        if args.reference_bin:
            for c in corpora:
                if c.name in identity:
                    continue
                new = (tmp / f"{c.name}.checkmark.out").read_bytes()
                ref = (tmp / f"{c.name}.ref.json").read_bytes()
                identity[c.name] = compare_outputs(new, ref)
                differs |= new != ref
                # The human report too: its summary line counts the files checked.
                h_new = human_output(bin_, c)
                h_ref = human_output(args.reference_bin.resolve(), c)
                identity[c.name] += f"; human report {compare_human(h_new, h_ref)}"
                differs |= h_new != h_ref
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    med = lambda runs: statistics.median(r.cpu for r in runs)  # noqa: E731
    print()
    print("## checkmark and its peers, side by side")
    print()
    print(f"- machine: {os.cpu_count()} cores, load average at start {load_start[0]:.2f}, "
          f"at end {os.getloadavg()[0]:.2f}; {args.runs} interleaved runs per tool; page cache warm after run 1")
    for t in tools:
        print(f"- {t.name}: `{' '.join(Path(t.argv[0]).name if j == 0 else a for j, a in enumerate(t.argv))}` ({versions[t.name]})")
    print(f"- CPU s: median user + system; wall s: median; RSS: highest peak resident memory, MiB "
          f"({'GNU time %M' if time_bin else 'ru_maxrss: includes the harness at fork as a floor'})")
    for n in notes:
        print(f"- {n}")
    print()
    head = ["corpus", ".md files", ".md MB"]
    for t in tools:
        head += [f"{t.name} CPU s", f"{t.name} wall s", f"{t.name} RSS MiB"]
    head += [f"checkmark/{t.name} CPU" for t in tools[1:]]
    print("| " + " | ".join(head) + " |")
    print("|" + " --- |" + " ---: |" * (len(head) - 1))
    verdicts = []
    for c in corpora:
        files, size = sizes[c.name]
        row = [c.name, f"{files:,}", f"{size / 1e6:.1f}"]
        for t in tools:
            runs = t.runs[c.name]
            row += [f"{med(runs):.2f}", f"{statistics.median(r.wall for r in runs):.2f}",
                    fmt_mib(max(r.rss_kib for r in runs))]
        cm = med(tools[0].runs[c.name])
        for t in tools[1:]:
            peer = med(t.runs[c.name])
            ratio = cm / peer if peer > 0 else float("inf")
            row.append(f"{ratio:.2f}x")
            goal = LYCHEE_GOAL.get(c.name) if t.name == "lychee" else RUMDL_GOAL
            if goal is not None:
                verdicts.append(f"{c.name}: CPU <= {goal}x {t.name}: {ratio:.2f}x, {'met' if ratio <= goal else 'NOT met'}")
        if c.name in RSS_GOAL_MIB:
            rss = max(r.rss_kib for r in tools[0].runs[c.name]) / 1024
            goal = RSS_GOAL_MIB[c.name]
            verdicts.append(f"{c.name}: peak RSS <= {goal} MiB: {rss:.1f} MiB, {'met' if rss <= goal else 'NOT met'}")
        print("| " + " | ".join(row) + " |")
    print()
    # Scaling: generated corpora of N and k*N documents (gen_corpus.py manifests).
    gen = sorted((d, c.name) for c in corpora if (d := generated_docs(c)))
    for (d1, n1), (d2, n2) in ((a, b) for a in gen for b in gen if b[0] > a[0]):
        k = d2 / d1
        ratio = med(tools[0].runs[n2]) / (k * med(tools[0].runs[n1]))
        rss1 = max(r.rss_kib for r in tools[0].runs[n1]) / 1024
        rss2 = max(r.rss_kib for r in tools[0].runs[n2]) / 1024
        verdicts.append(
            f"scaling {n1} -> {n2} ({k:g}x documents): CPU {ratio:.3f}x of {k:g} x {n1}"
            f"{' (goal <= ' + str(SCALING_GOAL) + 'x: ' + ('met' if ratio <= SCALING_GOAL else 'NOT met') + ')' if k == 4 else ''}"
            f"; peak RSS {rss1:.1f} -> {rss2:.1f} MiB ({rss2 / rss1:.2f}x)"
        )
    for v in verdicts:
        print(f"- {v}")
    for name, verdict in identity.items():
        print(f"- output of {name} vs reference `{args.reference_bin}`: {verdict}")
    if crashed:
        return 3
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main())
