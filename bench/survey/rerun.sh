#!/bin/bash
# Reruns a survey's checkouts with another binary, for agg.py's "after" of a
# later commit: rerun.sh BIN OUT SURVEY_DIR...
# For each SURVEY_DIR (with before/NAME.json, repos/NAME/, verdicts.tsv) it
# writes OUT/<basename>/{before -> SURVEY_DIR/before, verdicts.tsv ->
# SURVEY_DIR/verdicts.tsv, after/NAME.json, after/NAME.err (its stderr: the
# run's notes)}; then
#   python3 bench/survey/agg.py OUT/<basename> ...
set -u
BIN=$1; OUT=$2; shift 2
for s in "$@"; do
  d="$OUT/$(basename "$s")"
  rm -rf "$d"; mkdir -p "$d/after"
  ln -s "$s/before" "$d/before"; ln -s "$s/verdicts.tsv" "$d/verdicts.tsv"
  for j in "$s"/before/*.json; do
    n=$(basename "$j" .json)
    if [ -d "$s/repos/$n" ]; then
      (cd "$s/repos/$n" && "$BIN" check --format json > "$d/after/$n.json" 2> "$d/after/$n.err")
    fi
  done
done
