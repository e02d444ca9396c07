#!/usr/bin/env bash
# Extracts every article (.txt) of a corpus folder with `actorgraph extract`
# into OUT_DIR/<stem>.json and scores the result with the shared scorer.
# usage: scripts/eval.sh [CORPUS_DIR] [OUT_DIR]   (default ../shared/corpus, eval-out)
#        VERBOSE=1 scripts/eval.sh               (lists misses and false positives)
set -euo pipefail
cd "$(dirname "$0")/.."
DEFAULT_CORPUS=../shared/corpus
[ -d "$DEFAULT_CORPUS" ] || [ ! -d ../../shared/corpus ] || DEFAULT_CORPUS=../../shared/corpus
CORPUS="${1:-$DEFAULT_CORPUS}"
OUT="${2:-eval-out}"
SCORER="${SCORER:-$(dirname "$CORPUS")/tools/score_extraction.py}"
[ -f "$SCORER" ] || SCORER="$(dirname "$DEFAULT_CORPUS")/tools/score_extraction.py"
swift build --product actorgraph >/dev/null
BIN="$(swift build --show-bin-path)/actorgraph"
mkdir -p "$OUT"
for f in "$CORPUS"/*.txt; do
    stem="$(basename "${f%.*}")"
    "$BIN" extract "$f" -o "$OUT/$stem.json"
done
python3 "$SCORER" "$CORPUS/answer_keys.json" "$OUT" ${VERBOSE:+--verbose}
# The relations of each hand-made facts file whose article is in the corpus.
for facts in graphs/*/facts.yaml; do
    [ -f "$facts" ] || continue
    echo
    python3 scripts/compare_facts.py "$facts" "$OUT" ${VERBOSE:+--verbose}
done
