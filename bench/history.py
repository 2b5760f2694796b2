#!/usr/bin/env python3
"""bench/history.py: the cost of following citations through a long history.

Generates (once, deterministically) a git repository with a long history and
many citations, then runs `checkmark check --format json` in it with each
binary given and prints the CPU time (user + sys of the child) side by side:

    bench/history.py REF_BIN NEW_BIN [--commits 10000] [--citations 2000] [--runs 3]
    bench/history.py REF_BIN NEW_BIN --repo PATH [--runs 3]

With --repo, an existing repository is checked instead (nothing is generated
or written there): a real history (tldr's 21,829 commits) for the rename walk
behind `path/renamed`. Either way the JSON output of every binary must be
byte-identical to the reference's; the script exits 1 when one differs.

The repository (`--work`, default bench/work/history-py-c{commits}-n{citations})
has 200 source files of 300 lines and 100 documents citing them (a quarter of
the citations written as code spans `src/m.py:10-20`, a few as `#L` links);
its history edits the source files (lines inserted above, edited inside,
removed), re-writes citing lines, renames source files (half of the time
updating the citations in the same commit, else leaving them behind), and
touches unrelated files. Commits are made with `git fast-import` (seconds,
not minutes). Python 3 standard library only.

The target (issue 11): the new binary within 2x of the reference's CPU time.
"""

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

SRC_FILES = 200
SRC_LINES = 300
DOCS = 100


def generate(repo: Path, commits: int, citations: int, seed: int) -> None:
    rng = random.Random(seed)
    src = {f"src/pkg{i % 10}/mod_{i}.py": [f"def f_{i}_{j}(): return {j}" for j in range(SRC_LINES)]
           for i in range(SRC_FILES)}
    paths = sorted(src)
    per_doc = max(1, citations // DOCS)

    def cite(path: str, k: int) -> str:
        n = len(src[path])
        a = rng.randint(1, max(1, n - 12))
        b = min(n, a + rng.randint(0, 10))
        form = k % 8
        if form in (1, 5):
            return f"`{path}:{a}-{b}`"
        if form == 3:
            return f"`{path}:{a}`"
        if form == 7:
            return f"[code](../{path}#L{a}-L{b})"
        return f"【F:{path}†L{a}-L{b}】"

    docs = {}
    for d in range(DOCS):
        lines = [f"# Document {d}", ""]
        for k in range(per_doc):
            lines.append(f"- [x] Item {k} is done. {cite(rng.choice(paths), k)}")
        docs[f"docs/doc_{d}.md"] = lines

    out = []
    mark = 0

    def blob(text: str) -> str:
        data = text.encode()
        return f"data {len(data)}\n" + text

    def commit(files: dict, deletes: list, msg: str, t: int) -> None:
        nonlocal mark
        mark += 1
        out.append(f"commit refs/heads/main\nmark :{mark}\n"
                   f"author bench <b@b> {t} +0000\ncommitter bench <b@b> {t} +0000\n")
        out.append(blob(msg + "\n"))
        if mark > 1:
            out.append(f"from :{mark - 1}\n")
        for p in deletes:
            out.append(f"D {p}\n")
        for p, text in files.items():
            out.append(f"M 100644 inline {p}\n")
            out.append(blob(text))
            out.append("\n")
        out.append("\n")

    t0 = 1_600_000_000
    everything = {p: "\n".join(v) + "\n" for p, v in {**src, **docs}.items()}
    everything["other/notes.txt"] = "start\n"
    commit(everything, [], "Initial", t0)
    for c in range(1, commits):
        t = t0 + c * 60
        r = rng.random()
        if r < 0.70:
            p = rng.choice(paths)
            lines = src[p]
            i = rng.randrange(len(lines))
            op = rng.random()
            if op < 0.5:
                lines.insert(i, f"# inserted in commit {c}")
            elif op < 0.85:
                lines[i] = lines[i] + f"  # edited {c}"
            elif len(lines) > 50:
                del lines[i]
            commit({p: "\n".join(lines) + "\n"}, [], f"Edit {p}", t)
        elif r < 0.82:
            d = rng.choice(sorted(docs))
            lines = docs[d]
            k = rng.randrange(2, len(lines))
            lines[k] = f"- [x] Item {k} re-checked in {c}. {cite(rng.choice(paths), k)}"
            commit({d: "\n".join(lines) + "\n"}, [], f"Update {d}", t)
        elif r < 0.85:
            old = rng.choice(paths)
            new = old.replace(".py", f"_r{c}.py")
            src[new] = src.pop(old)
            paths = sorted(src)
            files = {new: "\n".join(src[new]) + "\n"}
            if rng.random() < 0.5:
                for d, lines in docs.items():
                    if any(old in l for l in lines):
                        docs[d] = [l.replace(old + "†", new + "†").replace(old + ":", new + ":")
                                   .replace(old + "#", new + "#") for l in lines]
                        files[d] = "\n".join(docs[d]) + "\n"
            commit(files, [old], f"Rename {old}", t)
        else:
            commit({"other/notes.txt": f"note {c}\n"}, [], "Notes", t)

    repo.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    stream = "".join(out).encode()
    subprocess.run(["git", "fast-import", "--quiet"], input=stream, cwd=repo, check=True)
    subprocess.run(["git", "checkout", "-q", "-f", "main"], cwd=repo, check=True)
    (repo / ".git" / "bench-history.done").write_text("ok\n")


def cpu_of(binary: str, repo: Path) -> tuple[float, float, int, bytes]:
    """(user+sys seconds, wall seconds, findings, output) of one `check` run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    p = subprocess.run([binary, "check", "--format", "json"], cwd=repo,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode not in (0, 1):
        sys.exit(f"{binary} exited {p.returncode}: {p.stderr.decode(errors='replace')[:2000]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    findings = p.stdout.count(b'"rule":')
    return cpu, wall, findings, p.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("binaries", nargs="+", help="checkmark binaries (reference first)")
    ap.add_argument("--commits", type=int, default=10000)
    ap.add_argument("--citations", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", type=Path, default=None)
    ap.add_argument("--repo", type=Path, default=None,
                    help="an existing repository to check (nothing is generated)")
    a = ap.parse_args()
    a.binaries = [str(Path(b).resolve()) for b in a.binaries]
    root = Path(__file__).resolve().parent
    repo = a.repo or a.work or root / "work" / f"history-py-c{a.commits}-n{a.citations}-s{a.seed}"
    if a.repo is not None:
        if not (repo / ".git").exists():
            sys.exit(f"{repo} is not a git repository (no .git)")
    elif not (repo / ".git" / "bench-history.done").exists():
        print(f"# generating {repo} ({a.commits} commits, {a.citations} citations)", file=sys.stderr)
        generate(repo, a.commits, a.citations, a.seed)
    rows = []
    outputs = []
    for b in a.binaries:
        cpu_of(b, repo)  # warm the page cache
        runs = [cpu_of(b, repo) for _ in range(a.runs)]
        cpus = [r[0] for r in runs]
        rows.append((b, statistics.median(cpus), min(cpus), statistics.median(r[1] for r in runs), runs[0][2]))
        outputs.append(runs[0][3])
    if a.repo is not None:
        commits = subprocess.run(["git", "rev-list", "--count", "--first-parent", "HEAD"], cwd=repo,
                                 stdout=subprocess.PIPE, text=True).stdout.strip()
        print(f"check on {repo}: {commits} first-parent commits, median of {a.runs} runs")
    else:
        print(f"check on {repo.name}: {a.commits} commits, {a.citations} citations, median of {a.runs} runs")
    print(f"{'binary':<60} {'cpu s (median)':>14} {'cpu s (min)':>11} {'wall s':>7} {'findings':>8}")
    for b, med, mn, wall, n in rows:
        print(f"{b:<60} {med:>14.2f} {mn:>11.2f} {wall:>7.2f} {n:>8}")
    if len(rows) > 1 and rows[0][1] > 0:
        for b, med, *_ in rows[1:]:
            ratio = med / rows[0][1]
            print(f"{Path(b).name} / reference: {ratio:.2f}x (target: within 2x) {'OK' if ratio <= 2 else 'OVER'}")
    differ = [b for b, out in zip(a.binaries[1:], outputs[1:]) if out != outputs[0]]
    for b in differ:
        print(f"OUTPUT DIFFERS: {b} (JSON not byte-identical to the reference's)")
    if len(outputs) > 1 and not differ:
        print("outputs: byte-identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
