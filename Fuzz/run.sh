#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/Package.swift) and runs each for
# FUZZ_SECONDS (default 60). Usage: Fuzz/run.sh [TARGET…] (default: all).
#
# Seeds are Fuzz/corpus/<target>/ (small valid files, kept in git), tokens
# Fuzz/dict/<target>.dict; what the
# fuzzer learns goes to Fuzz/.work/<target>/ (kept between runs, not in git);
# a crasher is written to Fuzz/crashes/<target>-crash-… and the script exits 1.
# The executions of every target are summed on the last line.
set -euo pipefail
cd "$(dirname "$0")"
SWIFT="${SWIFT:-swift}"
FUZZ_SECONDS="${FUZZ_SECONDS:-60}"
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then TARGETS=(facts facts-json actorgraph-json gdelt article article-html graphml); fi

"$SWIFT" build -c debug --product ActorGraphFuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
  -Xcc -fsanitize=fuzzer-no-link,address 2>&1 | grep -v "Cannot export local symbol" | tail -3
BIN="$("$SWIFT" build -c debug --show-bin-path)/ActorGraphFuzz"

mkdir -p crashes .work
total=0
failed=0
for target in "${TARGETS[@]}"; do
  mkdir -p ".work/$target"
  log=".work/$target.log"
  # -max_len: our inputs are text files; 64 KiB lets the fuzzer build deep and aliased documents.
  # -rss_limit_mb / -timeout: exhausting memory or hanging on one input counts as a crash.
  dict=()
  if [ -f "dict/$target.dict" ]; then dict=(-dict="dict/$target.dict"); fi
  if FUZZ_TARGET="$target" "$BIN" ".work/$target" "corpus/$target" "${dict[@]}" \
       -max_total_time="$FUZZ_SECONDS" -max_len=65536 -rss_limit_mb=2048 -timeout=20 \
       -artifact_prefix="crashes/$target-" -print_final_stats=1 >"$log" 2>&1; then
    status=ok
  else
    status=CRASH
    failed=1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  total=$((total + runs))
  echo "$target: $status, $runs executions in ${FUZZ_SECONDS}s (log: Fuzz/$log)"
done
echo "total: $total executions"
exit $failed
