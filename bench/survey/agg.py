#!/usr/bin/env python3
"""Per-rule counts of a precision survey, before and after a change.

usage: agg.py SURVEY_DIR [SURVEY_DIR ...]

Each SURVEY_DIR (e.g. /work/s38a) holds:
  before/REPO.json   `checkmark check --format json` of the before binary, run at the checkout's root
  after/REPO.json    the same with the after binary
  verdicts.tsv       repo<TAB>rule<TAB>file<TAB>line<TAB>column<TAB>T|F<TAB>reason
                     one line per judged finding of the BEFORE run (lines starting with # ignored)

A judged finding is "kept" when the after run has a finding of the same rule,
file, line and column. Prints a Markdown table: findings before -> after,
judged TRUE/FALSE, TRUE kept, FALSE kept, and lists every judged-TRUE finding
that is lost.
"""
import json
import os
import sys
from collections import Counter, defaultdict


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return []
    return data.get("diagnostics", [])


def key(d):
    return (d["rule"], d["file"], int(d["line"]), int(d["column"]))


def main(dirs):
    before_n = Counter()
    after_n = Counter()
    judged = defaultdict(lambda: [0, 0, 0, 0])  # T, F, T kept, F kept
    lost = []
    for sdir in dirs:
        afters = {}
        for side, counter in (("before", before_n), ("after", after_n)):
            d = os.path.join(sdir, side)
            if not os.path.isdir(d):
                continue
            for name in sorted(os.listdir(d)):
                if not name.endswith(".json"):
                    continue
                diags = load(os.path.join(d, name))
                for x in diags:
                    counter[x["rule"]] += 1
                if side == "after":
                    afters[name[:-5]] = {key(x) for x in diags}
        vfile = os.path.join(sdir, "verdicts.tsv")
        if not os.path.exists(vfile):
            continue
        with open(vfile, encoding="utf-8") as f:
            for raw in f:
                if not raw.strip() or raw.startswith("#"):
                    continue
                parts = raw.rstrip("\n").split("\t")
                if len(parts) < 6:
                    print(f"bad verdict line in {vfile}: {raw!r}", file=sys.stderr)
                    continue
                repo, rule, file, line, col, verdict = parts[:6]
                k = (rule, file, int(line), int(col))
                kept = k in afters.get(repo, set())
                j = judged[rule]
                if verdict.strip().upper().startswith("T"):
                    j[0] += 1
                    j[2] += kept
                    if not kept:
                        lost.append((os.path.basename(sdir), repo) + k)
                else:
                    j[1] += 1
                    j[3] += kept
    rules = sorted(set(before_n) | set(after_n) | set(judged))
    print("| rule | findings before → after | judged TRUE / FALSE | TRUE kept | FALSE kept |")
    print("| --- | --- | --- | --- | --- |")
    tot = [0, 0, 0, 0, 0, 0]
    for r in rules:
        t, f, tk, fk = judged[r]
        print(f"| {r} | {before_n[r]} → {after_n[r]} | {t} / {f} | {tk}/{t} | {fk}/{f} |")
        for i, v in enumerate((before_n[r], after_n[r], t, f, tk, fk)):
            tot[i] += v
    print(f"| **all** | **{tot[0]} → {tot[1]}** | **{tot[2]} / {tot[3]}** | **{tot[4]}/{tot[2]}** | **{tot[5]}/{tot[3]}** |")
    if tot[2] + tot[3]:
        pb = tot[2] / (tot[2] + tot[3])
        pa = tot[4] / (tot[4] + tot[5]) if tot[4] + tot[5] else 1.0
        print(f"\njudged precision before {pb:.2f}, after {pa:.2f}")
    if lost:
        print("\nLOST judged-TRUE findings:")
        for x in lost:
            print("  ", *x)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
