#!/usr/bin/env bash
# Extracts every article of a corpus folder and scores the result.
# usage: scripts/eval.sh [CORPUS_DIR] [OUT_DIR]   (default ../shared/corpus, eval-out)
set -euo pipefail
cd "$(dirname "$0")/.."
DEFAULT_CORPUS=../shared/corpus
[ -d "$DEFAULT_CORPUS" ] || [ ! -d ../../shared/corpus ] || DEFAULT_CORPUS=../../shared/corpus
CORPUS="${1:-$DEFAULT_CORPUS}"
OUT="${2:-eval-out}"
SCORER="${SCORER:-$CORPUS/../tools/score_extraction.py}"
[ -f "$SCORER" ] || SCORER="$(dirname "$DEFAULT_CORPUS")/tools/score_extraction.py"
mkdir -p "$OUT"
CORPUS_ABS="$(cd "$CORPUS" && pwd)"
OUT_ABS="$(cd "$OUT" && pwd)"
if swift build --product actorgraph >/dev/null 2>&1 && "$(swift build --show-bin-path)/actorgraph" extract --help 2>&1 | grep -qi "usage.*extract"; then
    BIN="$(swift build --show-bin-path)/actorgraph"
    for f in "$CORPUS_ABS"/*.txt; do
        stem="$(basename "${f%.*}")"
        "$BIN" extract "$f" -o "$OUT_ABS/$stem.json"
    done
else
    # No `extract` command yet: the test harness writes the same files.
    ACTORGRAPH_EVAL_IN="$CORPUS_ABS" ACTORGRAPH_EVAL_OUT="$OUT_ABS" \
        swift test --filter ActorGraphExtractionTests.evalCorpusWhenAsked >/dev/null
fi
python3 "$SCORER" "$CORPUS_ABS/answer_keys.json" "$OUT_ABS" ${VERBOSE:+--verbose}
