#!/usr/bin/env bash
# Benchmark of the history-backed features: `citation/stale` (blames) and
# `fix` with `dates_from_git` (one history walk).
#
# Builds, with `git fast-import` (a few seconds), a repository of COMMITS
# commits (default 10,000) over FILES source files of 400 lines, each commit
# editing a few lines of one file; a checklist, written early and partly
# re-written every 1,000 commits, cites ranges of every file (CITES citations)
# and has a readiness table (evidence + Last Updated) with one row per file.
# Then times `checkmark check` with the rule on and off, and `fix --diff` with
# dates from git.
#
#   bench/stale.sh                 # build in release mode, 10,000 commits
#   COMMITS=2000 bench/stale.sh    # smaller
#   KEEP=/tmp/big bench/stale.sh   # keep the generated repository there
set -euo pipefail
cd "$(dirname "$0")/.."
COMMITS=${COMMITS:-10000}
FILES=${FILES:-50}
CITES=${CITES:-200}
cargo build --release --quiet
BIN=$PWD/target/release/checkmark
REPO=${KEEP:-$(mktemp -d)}
[ -n "${KEEP:-}" ] || trap 'rm -rf "$REPO"' EXIT
rm -rf "$REPO" && mkdir -p "$REPO"
git init -q -b main "$REPO"

python3 - "$COMMITS" "$FILES" "$CITES" > "$REPO/stream" <<'PY'
import sys
commits, files, cites = (int(a) for a in sys.argv[1:4])
out = sys.stdout.buffer
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (1 << 31)
    return seed % n
content = [[f"# file {f} line {l}" for l in range(1, 401)] for f in range(files)]
def blob(lines):
    data = ("\n".join(lines) + "\n").encode()
    return b"data %d\n" % len(data) + data
# Citations: CITES ranges spread over the files; the sentence carries a revision
# marker so that parts of the checklist can be re-written later.
cite = [(i % files, 1 + rnd(380), 1 + rnd(15)) for i in range(cites)]
def checklist(rev, rewritten):
    lines = ["# Readiness", "", "## Claims", ""]
    for i, (f, a, n) in enumerate(cite):
        r = rev if i in rewritten else 0
        lines.append(f"- [x] Claim {i} (rev {r}) holds.【F:src/mod{f}.py†L{a}-L{a+n}】")
    lines += ["", "## Table", "", "| Item | Status | Evidence | Last Updated |", "| --- | --- | --- | --- |"]
    for f in range(files):
        lines.append(f"| mod{f} | ✅ Done | `src/mod{f}.py` | 2020-01-01 |")
    # Evidence untouched since the first commit: the history walk goes to the root.
    lines.append("| ancient | ✅ Done | `ancient/notes.txt` | 2020-01-01 |")
    return lines
rewritten = set()
t = 1_600_000_000
for c in range(1, commits + 1):
    t += 300
    msg = f"commit {c}".encode()
    out.write(b"commit refs/heads/main\nmark :%d\n" % c)
    out.write(b"committer t <t@t> %d +0000\n" % t)
    out.write(b"data %d\n%s\n" % (len(msg), msg))
    if c > 1:
        out.write(b"from :%d\n" % (c - 1))
    if c == 1:
        for f in range(files):
            out.write(b"M 100644 inline src/mod%d.py\n" % f + blob(content[f]))
        out.write(b"M 100644 inline ancient/notes.txt\n" + blob(["written once"]))
    else:
        f = rnd(files)
        for _ in range(1 + rnd(3)):
            l = rnd(400)
            content[f][l] = f"# file {f} line {l + 1} edited in {c}"
        out.write(b"M 100644 inline src/mod%d.py\n" % f + blob(content[f]))
    if c == 100 or (c % 1000 == 0):
        if c != 100:
            rewritten |= {rnd(cites) for _ in range(cites // 10)}
        out.write(b"M 100644 inline docs/readiness.md\n" + blob(checklist(c, rewritten)))
    out.write(b"\n")
PY
start=$(date +%s.%N)
git -C "$REPO" fast-import --quiet < "$REPO/stream"
rm "$REPO/stream"
git -C "$REPO" checkout -q main
echo "built $COMMITS commits in $(echo "$(date +%s.%N) - $start" | bc) s ($(git -C "$REPO" count-objects -vH | grep size-pack))"

cat > "$REPO/off.toml" <<'TOML'
[rules]
"citation/stale" = "off"
TOML
cat > "$REPO/dates.toml" <<'TOML'
[fix]
dates_from_git = true
TOML

t() { # label, command...: the best of 3 runs
  local label=$1; shift
  local best="" s e d
  for _ in 1 2 3; do
    s=$(date +%s.%N)
    "$@" > "$REPO/out.txt" 2>/dev/null || true
    e=$(date +%s.%N)
    d=$(echo "$e - $s" | bc)
    if [ -z "$best" ] || [ "$(echo "$d < $best" | bc)" = 1 ]; then best=$d; fi
  done
  printf '%-44s %6.2f s\n' "$label" "$best"
}
cd "$REPO"
t "check (citation/stale on)" "$BIN" check docs/readiness.md --format json
echo "  stale findings: $(grep -c '"citation/stale"' out.txt)"
t "check (citation/stale off)" "$BIN" check docs/readiness.md --format json --config off.toml
t "check --rev HEAD (citation/stale on)" "$BIN" check docs/readiness.md --rev HEAD --format json
t "fix --diff (dates_from_git)" "$BIN" fix docs/readiness.md --diff --config dates.toml
echo "  date cells changed: $(grep -c '^+| ' out.txt)"
