#!/bin/sh
# Fills fuzz/corpus/parse_fix/ (git-ignored) with the seed documents: the
# committed hand-written seeds in fuzz/seeds/, the checklist seeds of
# tests/data/seeds/, and the saved regressions in fuzz/regressions/.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/corpus/parse_fix"
mkdir -p "$out"
cp "$here"/seeds/* "$out"/
cp "$here"/../tests/data/seeds/* "$out"/
if ls "$here"/regressions/* >/dev/null 2>&1; then
    cp "$here"/regressions/* "$out"/
fi
echo "corpus: $(ls "$out" | wc -l) files in $out"
