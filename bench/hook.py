#!/usr/bin/env python3
"""The pre-commit hook and one-path speed on a 100,000-file repository (issue 12).

Builds the repository once with bench/gen_corpus.py (5,000 checklists plus
vendor files up to --tracked files in all) under --work (default
/work/bench-hook, outside the checkout; reused when its manifest exists), then
prints the CPU time (user + system) and the wall-clock time, each the median
of --runs runs after one warm-up run, of:

- `checkmark hook` with nothing staged;
- `checkmark hook` for a code-only commit (one vendor file changed and staged);
- `checkmark hook` for a one-document edit (one checklist changed and staged);
- the same with a broken link in the added line (a finding to report);
- `checkmark check PATH` of that one checklist (working tree, nothing staged);

for the binary under test and, with --reference-bin, a reference binary side by
side, and `git diff --cached` for scale. Each scenario is set up from HEAD
and undone afterwards, so an interrupted run leaves nothing behind but a
changed file (`git reset --hard` in the repository repairs it). The
checkmark outputs of the two binaries are compared per scenario (for the
hook, its JSON report too) and a difference is printed. Python 3 standard library only.

    bench/hook.py [--bin target/release/checkmark] [--reference-bin PATH]
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET_MS = 50


def sh(repo, *args, check=True):
    return subprocess.run(args, cwd=repo, check=check, capture_output=True)


def ensure_repo(work, docs, tracked):
    repo = os.path.join(work, f"repo-d{docs}-t{tracked}")
    if os.path.exists(os.path.join(repo, ".git", "bench-corpus.json")):
        print(f"# reusing {repo}", file=sys.stderr)
        return repo
    os.makedirs(work, exist_ok=True)
    # gen_corpus.py tracks the documents and their evidence (6,711 files for 5,000
    # documents at seed 1) plus --files vendor files: probe the base count first.
    probe = os.path.join(work, f"probe-d{docs}")
    if not os.path.exists(os.path.join(probe, ".git", "bench-corpus.json")):
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_corpus.py"), probe,
                        "--docs", str(docs), "--force"], check=True)
    with open(os.path.join(probe, ".git", "bench-corpus.json")) as f:
        base = json.load(f)["tracked_files"]
    print(f"# generating {repo}", file=sys.stderr)
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_corpus.py"), repo,
                    "--docs", str(docs), "--files", str(max(0, tracked - base)), "--force"],
                   check=True)
    return repo


def cpu_of(cmd, cwd):
    """Runs cmd; returns (CPU seconds of the child, exit code, stdout, wall
    seconds). The CPU time is the growth of RUSAGE_CHILDREN (user + system,
    microseconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode not in (0, 1):
        sys.exit(f"hook.py: {' '.join(cmd)} exited {p.returncode}:\n{p.stderr.decode(errors='replace')}")
    return cpu, p.returncode, p.stdout, wall


def median_cpu(cmd, cwd, runs):
    """(median CPU seconds, exit code, stdout, median wall seconds)."""
    _, rc, out, _ = cpu_of(cmd, cwd)  # warm-up (page cache, binary)
    runs = [cpu_of(cmd, cwd) for _ in range(runs)]
    return (statistics.median(r[0] for r in runs), rc, out,
            statistics.median(r[3] for r in runs))


class Scenario:
    def __init__(self, name, setup, undo, args):
        self.name, self.setup, self.undo, self.args = name, setup, undo, args


def scenarios(repo):
    with open(os.path.join(repo, ".git", "bench-corpus.json")) as f:
        doc = json.load(f)["sample_document"]
    vendor = sh(repo, "git", "ls-files", "vendor").stdout.decode().split("\n", 1)[0]

    def edit(path, line):
        def setup():
            with open(os.path.join(repo, path), "ab") as f:
                f.write(line)
            sh(repo, "git", "add", "--", path)
        return setup

    def restore(path):
        def undo():
            sh(repo, "git", "reset", "-q", "--", path)
            sh(repo, "git", "checkout", "-q", "--", path)
        return undo

    nothing = lambda: None  # noqa: E731
    return [
        Scenario("hook, nothing staged", nothing, nothing, ["hook"]),
        Scenario(f"hook, code-only commit ({vendor})", edit(vendor, b"# one more line\n"),
                 restore(vendor), ["hook"]),
        Scenario(f"hook, one-document edit ({doc})",
                 edit(doc, b"\n- [ ] Re-run the parity suite after the staged edit.\n"),
                 restore(doc), ["hook"]),
        # The same edit with a broken link: the hook reports it (exit 1), so
        # the comparison of the two binaries covers a finding too.
        Scenario("hook, one-document edit with a broken link",
                 edit(doc, b"\n- [ ] Re-run it, as [the plan](no-such-plan.md) says.\n"),
                 restore(doc), ["hook"]),
        Scenario("check PATH, one document", nothing, nothing, ["check", doc]),
    ], doc


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "checkmark"))
    ap.add_argument("--reference-bin")
    ap.add_argument("--work", default="/work/bench-hook")
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--tracked", type=int, default=100000)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    bins = [("new", os.path.abspath(a.bin))]
    if a.reference_bin:
        bins.insert(0, ("reference", os.path.abspath(a.reference_bin)))
    for _, b in bins:
        if not os.access(b, os.X_OK):
            sys.exit(f"hook.py: no binary at {b} (cargo build --release)")
    repo = ensure_repo(a.work, a.docs, a.tracked)
    if sh(repo, "git", "status", "--porcelain", "--untracked-files=no").stdout.strip():
        sys.exit(f"hook.py: {repo} has changes; `git -C {repo} reset -q --hard` first")
    runs, differ = [], []
    for sc in scenarios(repo)[0]:
        sc.setup()
        try:
            row, outs = [sc.name], []
            for _, b in bins:
                cpu, rc, out, wall = median_cpu([b] + sc.args + ["--format", "json"] * (sc.args[0] == "check"), repo, a.runs)
                row.append(f"{cpu * 1000:.0f} ms CPU, {wall * 1000:.0f} ms wall (exit {rc})")
                outs.append(out)
            if sc.args[0] == "hook":
                # The hook prints nothing when the commit introduces nothing:
                # its JSON report (what was judged, and the findings) is
                # compared as well, untimed.
                for _, b in bins:
                    outs.append(cpu_of([b] + sc.args + ["--format", "json"], repo)[2])
            if len(bins) == 2 and outs[0::2] != outs[1::2]:
                differ.append(sc.name)
            git, _, _, _ = median_cpu(["git", "diff", "--cached", "--quiet"], repo, a.runs)
            row.append(f"{git * 1000:.0f} ms")
        finally:
            sc.undo()
        runs.append(row)
    head = ["scenario (CPU = user + sys; medians of %d)" % a.runs] + [n for n, _ in bins] + ["git diff --cached"]
    print("| " + " | ".join(head) + " |")
    print("|" + " --- |" * len(head))
    for r in runs:
        print("| " + " | ".join(r) + " |")
    print(f"\ntarget: every checkmark CPU figure <= {TARGET_MS} ms; {len(bins)} binaries: "
          + ", ".join(f"{n} = {b}" for n, b in bins))
    if differ:
        print("output differs between the binaries in: " + "; ".join(differ))
    elif len(bins) == 2:
        print("output identical between the binaries in every scenario")


if __name__ == "__main__":
    main()
