#!/usr/bin/env bash
# bench/run.sh: end-to-end benchmark of the checkmark binary (see bench/README.md).
#
# Builds `cargo build --release`, generates (or reuses) the corpora under bench/work/,
# and prints a table of wall times, throughput and peak memory.
# Exit status: 0 when every run of checkmark exited 0 or 1 (figures printed, targets
# or not), 3 when checkmark crashed or failed (any other exit status), 2 on a set-up
# error.
#
# Settings (environment variables):
#   BENCH_DOCS=5000      checklist documents per corpus
#   BENCH_SEED=1         generator seed
#   BENCH_RUNS=5         timed runs per scenario
#   BENCH_TRACKED=100000 tracked files in the "big repository" corpus
#   BENCH_COMMITS=10000  commits in the "long history" corpus
#   BENCH_WORK=bench/work  where corpora and results go (git-ignored)
#   BENCH_NO_BUILD=1     use the existing target/release/checkmark
#   BENCH_BIN=PATH       benchmark this binary instead (implies nothing about building)
#   BENCH_ONLY="check fix staged history"  the scenarios to run

set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DOCS=${BENCH_DOCS:-5000}
SEED=${BENCH_SEED:-1}
RUNS=${BENCH_RUNS:-5}
TRACKED=${BENCH_TRACKED:-100000}
COMMITS=${BENCH_COMMITS:-10000}
WORK=${BENCH_WORK:-$ROOT/bench/work}
ONLY=${BENCH_ONLY:-check fix staged history}
TARGET_MBPS=50
TARGET_RSS_MB=200

die() { echo "run.sh: $*" >&2; exit 2; }
note() { echo "# $*" >&2; }
want() { [[ " $ONLY " == *" $1 "* ]]; }

command -v python3 >/dev/null || die "python3 is required (bench/gen_corpus.py)"
command -v git >/dev/null || die "git is required"
mkdir -p "$WORK" || die "cannot create $WORK"
WORK=$(cd "$WORK" && pwd)

# ---------------------------------------------------------------------------- build
if [[ -z "${BENCH_NO_BUILD:-}" ]]; then
    note "cargo build --release"
    (cd "$ROOT" && cargo build --release --quiet) || die "cargo build --release failed"
fi
BIN=${BENCH_BIN:-${CARGO_TARGET_DIR:-$ROOT/target}/release/checkmark}
[[ "$BIN" = /* ]] || BIN=$ROOT/$BIN
[[ -x "$BIN" ]] || die "no binary at $BIN"

# ------------------------------------------------------------------ peak memory tool
TIME_BIN=""
if [[ -x /usr/bin/time ]]; then
    TIME_BIN=/usr/bin/time
elif [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    note "installing GNU time (apt-get install -y time)"
    apt-get install -y -qq time >/dev/null 2>&1 && TIME_BIN=/usr/bin/time
fi
if [[ -z "$TIME_BIN" ]]; then
    note "/usr/bin/time unavailable: peak memory is read with os.wait4 (ru_maxrss) instead"
fi

# ---------------------------------------------------------------------------- corpora
manifest() { # DIR KEY -> value from the generator's manifest
    python3 -c 'import json,sys; print(json.load(open(sys.argv[1]+"/.git/bench-corpus.json"))[sys.argv[2]])' "$1" "$2"
}
ensure_corpus() { # DIR ARGS...
    local dir=$1; shift
    if [[ -f "$dir/.git/bench-corpus.json" ]]; then
        note "reusing $dir"
        return 0
    fi
    note "generating $dir ($*)"
    python3 "$ROOT/bench/gen_corpus.py" "$dir" --force "$@" >&2 || die "gen_corpus.py failed for $dir"
}

MAIN=$WORK/corpus-d$DOCS-s$SEED
ensure_corpus "$MAIN" --docs "$DOCS" --seed "$SEED"
MD_BYTES=$(manifest "$MAIN" markdown_bytes)
BASE_TRACKED=$(manifest "$MAIN" tracked_files)

BIG=""
if want staged; then
    EXTRA=$((TRACKED - BASE_TRACKED))
    ((EXTRA < 0)) && EXTRA=0
    BIG=$WORK/tracked-d$DOCS-s$SEED-t$TRACKED
    ensure_corpus "$BIG" --docs "$DOCS" --seed "$SEED" --files "$EXTRA"
fi
HIST=""
if want history; then
    HIST=$WORK/history-d$DOCS-s$SEED-c$COMMITS
    ensure_corpus "$HIST" --docs "$DOCS" --seed "$SEED" --commits "$COMMITS"
fi

# ---------------------------------------------------------------------------- runner
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
CRASHED=0
ROWS=()
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# run_rss OUT ERR CMD... : runs CMD in the current directory, stdout to OUT, stderr
# to ERR; sets RC and RSS_KB.
run_rss() {
    local out=$1 err=$2; shift 2
    if [[ -n "$TIME_BIN" ]]; then
        "$TIME_BIN" -v -o "$TMP/time" "$@" >"$out" 2>"$err"
        RC=$?
        RSS_KB=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$TMP/time")
        if grep -q "Command terminated by signal" "$TMP/time"; then
            RC=$((128 + $(sed -n 's/.*Command terminated by signal \([0-9]*\).*/\1/p' "$TMP/time")))
        fi
    else
        RSS_KB=$(python3 - "$out" "$err" "$@" <<'EOF'
import os, subprocess, sys
out, err, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
with open(out, "wb") as o, open(err, "wb") as e:
    p = subprocess.Popen(cmd, stdout=o, stderr=e)
    _, status, ru = os.wait4(p.pid, 0)
print(ru.ru_maxrss)
code = os.waitstatus_to_exitcode(status)
sys.exit(code if code >= 0 else 128 - code)
EOF
        )
        RC=$?
    fi
    RSS_KB=${RSS_KB:-0}
}

crashed() { # RC -> true when it is not 0 or 1
    [[ $1 -ne 0 && $1 -ne 1 ]]
}

# bench NAME BYTES DIR CMD... : one untimed warm-up run (which also measures peak
# memory and keeps stdout in $TMP/warm.out), then $RUNS timed runs (stdout to
# /dev/null). Appends a row to ROWS.
bench() {
    local name=$1 bytes=$2 dir=$3; shift 3
    note "$name: $*  (in $dir)"
    local rc_seen=""
    (cd "$dir" && run_rss "$TMP/warm.out" "$TMP/warm.err" "$@"; echo "$RC $RSS_KB" >"$TMP/warm.rc")
    local rc rss
    read -r rc rss <"$TMP/warm.rc"
    rc_seen=$rc
    if crashed "$rc"; then
        echo "run.sh: CRASH: \`$*\` in $dir exited $rc; stderr:" >&2
        tail -n 20 "$TMP/warm.err" >&2
        CRASHED=1
        ROWS+=("$name|-|-|-|-|-|-|CRASH rc=$rc")
        return 1
    fi
    local times=() cpus=() r w u sy
    local TIMEFORMAT='%3R %3U %3S'
    for ((i = 0; i < RUNS; i++)); do
        # bash's `time` keyword: wall, user and system seconds of the child, to the ms.
        # (No `exec` here: bash prints nothing for `time ( exec cmd )`.)
        (cd "$dir" && { time "$@" >/dev/null 2>"$TMP/run.err"; } 2>"$TMP/t")
        r=$?
        if crashed "$r"; then
            echo "run.sh: CRASH: \`$*\` in $dir exited $r on timed run $((i + 1)); stderr:" >&2
            tail -n 20 "$TMP/run.err" >&2
            CRASHED=1
            ROWS+=("$name|-|-|-|-|-|-|CRASH rc=$r")
            return 1
        fi
        read -r w u sy < <(tail -n 1 "$TMP/t")
        times+=("$w")
        cpus+=("$(awk -v a="$u" -v b="$sy" 'BEGIN {printf "%.3f", a + b}')")
    done
    local stats cpu
    stats=$(printf '%s\n' "${times[@]}" | sort -g | awk -v bytes="$bytes" '
        { t[NR] = $1 }
        END {
            med = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
            mbps = (bytes >= 1e6 && med > 0) ? sprintf("%.1f", bytes / 1e6 / med) : "-"
            printf "%.3f|%.3f|%s", t[1], med, mbps
        }')
    cpu=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '
        { t[NR] = $1 }
        END { printf "%.3f", (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }')
    ROWS+=("$name|$(awk -v b="$bytes" 'BEGIN { printf (b <= 0 ? "-" : b < 1e6 ? "%.2f" : "%.1f"), b / 1e6 }')|$stats|$cpu|$(awk -v k="$rss" 'BEGIN {printf "%.1f", k / 1024}')|exit $rc_seen")
    LAST_MEDIAN=$(cut -d'|' -f2 <<<"$stats")
    LAST_MBPS=$(cut -d'|' -f3 <<<"$stats")
    LAST_CPU=$cpu
    LAST_RSS_MB=$(awk -v k="$rss" 'BEGIN {printf "%.1f", k / 1024}')
    return 0
}

# json_summary FILE [CORPUS] : "files_checked=N diagnostics=M (rule counts)" from
# checkmark's JSON; with CORPUS, also whether the counts match what the generator planted.
json_summary() {
    python3 - "$1" "${2:-}" <<'EOF'
import collections, json, sys
try:
    d = json.load(open(sys.argv[1]))
except Exception as e:
    print(f"invalid JSON output: {e}")
    sys.exit(0)
c = collections.Counter(x["rule"] for x in d.get("diagnostics", []))
rules = ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
line = f"files_checked={d.get('files_checked')} diagnostics={len(d.get('diagnostics', []))} ({rules})"
if sys.argv[2]:
    planted = json.load(open(sys.argv[2] + "/.git/bench-corpus.json"))["broken"]
    diff = [f"{r}: planted {planted.get(r, 0)}, found {c.get(r, 0)}"
            for r in sorted(set(planted) | set(c)) if planted.get(r, 0) != c.get(r, 0)]
    line += "; planted broken references: " + (
        f"{sum(planted.values())}, every rule's count matches" if not diff
        else "; ".join(diff) + " (other rules may fire legitimately)")
print(line)
EOF
}

SANITY=()
CHECK_MBPS=""
CHECK_RSS=""
CHECK_CPU=""

# ------------------------------------------------------------ 1. check, whole corpus
if want check; then
    if bench "check --format json ($DOCS docs)" "$MD_BYTES" "$MAIN" "$BIN" check --format json; then
        CHECK_MBPS=$LAST_MBPS
        CHECK_RSS=$LAST_RSS_MB
        CHECK_CPU=$LAST_CPU
        SANITY+=("check: $(json_summary "$TMP/warm.out" "$MAIN")")
    fi
fi

# ------------------------------------------------------------------ 2. fix --diff
if want fix; then
    (cd "$MAIN" && "$BIN" fix --diff >"$TMP/fix.out" 2>"$TMP/fix.err"; echo $? >"$TMP/fix.rc")
    FIX_RC=$(cat "$TMP/fix.rc")
    if grep -q "not available yet" "$TMP/fix.err"; then
        note "fix --diff: skipped ($(head -n1 "$TMP/fix.err"))"
        ROWS+=("fix --diff ($DOCS docs)|-|-|-|-|-|-|skipped (not available yet)")
    elif crashed "$FIX_RC"; then
        echo "run.sh: CRASH: \`checkmark fix --diff\` exited $FIX_RC; stderr:" >&2
        tail -n 20 "$TMP/fix.err" >&2
        CRASHED=1
        ROWS+=("fix --diff ($DOCS docs)|-|-|-|-|-|-|CRASH rc=$FIX_RC")
    else
        bench "fix --diff ($DOCS docs)" "$MD_BYTES" "$MAIN" "$BIN" fix --diff
        if [[ -n "$(git -C "$MAIN" status --porcelain --untracked-files=no)" ]]; then
            SANITY+=("fix --diff: WARNING: the working tree changed (fix --diff must write nothing)")
            git -C "$MAIN" checkout -q -- . 2>/dev/null
        else
            SANITY+=("fix --diff: $(grep -c '^+++ ' "$TMP/warm.out" || true) files in the diff; working tree unchanged")
        fi
    fi
fi

# ------------------------------------------- 3. check --staged, 100,000 tracked files
if want staged; then
    DOC=$(manifest "$BIG" sample_document)
    # One changed, staged checklist, as a pre-commit hook sees it. Rebuilt from HEAD
    # each time, so an interrupted run leaves nothing that changes the next one.
    git -C "$BIG" show "HEAD:$DOC" >"$BIG/$DOC" &&
        printf '\n- [ ] Re-run the parity suite after the staged edit.\n' >>"$BIG/$DOC" &&
        git -C "$BIG" add -- "$DOC" || die "cannot stage a change in $BIG"
    BIG_TRACKED=$(manifest "$BIG" tracked_files)
    DOC_BYTES=$(wc -c <"$BIG/$DOC")
    if bench "check --staged 1 path (${BIG_TRACKED} files)" "$DOC_BYTES" "$BIG" "$BIN" check --staged --format json "$DOC"; then
        SANITY+=("staged, 1 path: $(json_summary "$TMP/warm.out")")
    fi
    if bench "check --staged no paths (${BIG_TRACKED} files)" "$MD_BYTES" "$BIG" "$BIN" check --staged --format json; then
        SANITY+=("staged, no paths: $(json_summary "$TMP/warm.out" "$BIG")")
    fi
    git -C "$BIG" reset -q -- "$DOC" && git -C "$BIG" checkout -q -- "$DOC"
fi

# ----------------------------------------------------------- 4. 10,000-commit history
if want history; then
    HIST_COMMITS=$(manifest "$HIST" commits)
    if bench "check --format json ($HIST_COMMITS commits)" "$(manifest "$HIST" markdown_bytes)" "$HIST" "$BIN" check --format json; then
        SANITY+=("history: $(json_summary "$TMP/warm.out" "$HIST")")
    fi
fi

# ---------------------------------------------------------------------------- report
CPU=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null)
MEM=$(awk '/^MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo 2>/dev/null)
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)
DIRTY=$([[ -n "$(git -C "$ROOT" status --porcelain -- src Cargo.toml Cargo.lock 2>/dev/null)" ]] && echo " (src modified)")
{
    echo
    echo "## checkmark benchmark"
    echo
    echo "- machine: $(nproc) cores ($CPU), $MEM RAM, $(uname -sr); load average at start $LOAD_START, at end $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
    echo "- checkmark: $("$BIN" --version 2>/dev/null) at commit $COMMIT$DIRTY, $BIN"
    echo "- corpus: $DOCS documents, $(awk -v b="$MD_BYTES" 'BEGIN {printf "%.1f", b / 1e6}') MB of Markdown (MB = 10^6 bytes), seed $SEED; $RUNS timed runs per row after one untimed warm-up run; page cache warm"
    echo
    echo "| scenario | Markdown MB | min s | median s | MB/s (median) | CPU s (median) | max RSS MB | result |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
    for row in "${ROWS[@]}"; do
        echo "| ${row//|/ | } |"
    done
    echo
    if [[ -n "$CHECK_MBPS" ]]; then
        verdict() { awk -v v="$1" -v t="$2" -v dir="$3" 'BEGIN { ok = (dir == "ge") ? v >= t : v < t; print ok ? "met" : "NOT met" }'; }
        echo "Targets: check >= $TARGET_MBPS MB/s: $CHECK_MBPS MB/s, $(verdict "$CHECK_MBPS" "$TARGET_MBPS" ge);" \
            "peak memory < $TARGET_RSS_MB MB: $CHECK_RSS MB, $(verdict "$CHECK_RSS" "$TARGET_RSS_MB" lt)."
        echo
        echo "CPU-bound ceiling: $(awk -v b="$MD_BYTES" -v c="$CHECK_CPU" -v n="$(nproc)" 'BEGIN { if (c > 0) printf "%.1f", b / 1e6 / (c / n); else printf "-" }') MB/s" \
            "(Markdown MB / (CPU s / $(nproc) cores): the wall-clock figure if the cores were idle and the work split perfectly;" \
            "compare it with MB/s when the load average above is high)."
        echo
    fi
    for s in "${SANITY[@]}"; do echo "- $s"; done
} | tee "$WORK/last-results.md"

if ((CRASHED)); then
    echo "run.sh: checkmark crashed or failed in at least one scenario (see above)" >&2
    exit 3
fi
exit 0
