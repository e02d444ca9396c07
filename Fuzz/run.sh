#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/Package.swift) and runs each for
# FUZZ_SECONDS (default 60). Usage: Fuzz/run.sh [TARGET…] (default: all).
#
# The build is optimized (FUZZ_CONFIG=release; `debug` also works): Swift's
# debug code runs the extractor about 20 times slower, and assertions,
# preconditions, bounds and overflow checks stay on at -O. While fuzzing,
# LeakSanitizer is off (-detect_leaks=0: its whole-heap scan after every
# input that allocates more than it frees cut GraphML to 5 executions a
# second); after each target, a leak pass runs every input of its corpus once
# in one process with leak detection on, and a leak there fails the target.
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
FUZZ_CONFIG="${FUZZ_CONFIG:-release}"
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then TARGETS=(facts facts-json actorgraph-json gdelt article article-html graphml); fi

# FUZZ_BUILD=0 skips the build (to run two lists of targets side by side from one build).
if [ "${FUZZ_BUILD:-1}" != 0 ]; then
  "$SWIFT" build -c "$FUZZ_CONFIG" --product ActorGraphFuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
    -Xcc -fsanitize=fuzzer-no-link,address 2>&1 | grep -v "Cannot export local symbol" | tail -3
fi
BIN="$("$SWIFT" build -c "$FUZZ_CONFIG" --show-bin-path)/ActorGraphFuzz"

mkdir -p crashes .work
# Leaks in Foundation, not ours, each shown by a program without ActorGraph (suppressions/).
export LSAN_OPTIONS="suppressions=$PWD/suppressions/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
total=0
failed=0
for target in "${TARGETS[@]}"; do
  mkdir -p ".work/$target"
  log=".work/$target.log"
  # -max_len: our inputs are text files; 64 KiB lets the fuzzer build deep and aliased documents.
  # -rss_limit_mb / -timeout: exhausting memory or hanging on one input counts as a crash.
  dict=()
  if [ -f "dict/$target.dict" ]; then dict=(-dict="dict/$target.dict"); fi
  # The extractor runs at about 30 KB/s under AddressSanitizer: shorter articles, more of them.
  max_len=65536
  case "$target" in article*) max_len=16384 ;; esac
  started=$SECONDS
  # /usr/bin/time: the CPU seconds the fuzzer had, which on a shared machine say more than the wall time.
  if /usr/bin/time -f '%U %S' -o ".work/$target.cpu" env FUZZ_TARGET="$target" "$BIN" ".work/$target" "corpus/$target" "${dict[@]}" \
       -max_total_time="$FUZZ_SECONDS" -max_len="$max_len" -rss_limit_mb=2048 -timeout=20 \
       -detect_leaks=0 -artifact_prefix="crashes/$target-" -print_final_stats=1 >"$log" 2>&1; then
    status=ok
  else
    status=CRASH
    failed=1
  fi
  took=$((SECONDS - started))
  cpu=$(awk '/^[0-9.]+ [0-9.]+$/ { printf "%d", $1 + $2 }' ".work/$target.cpu")
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  total=$((total + runs))
  # The leak pass: every input kept for this target, once, then LeakSanitizer's check at exit.
  inputs=$(find ".work/$target" "corpus/$target" -type f | wc -l)
  if find ".work/$target" "corpus/$target" -type f -print0 \
       | FUZZ_TARGET="$target" xargs -0 "$BIN" -detect_leaks=1 -timeout=20 -rss_limit_mb=2048 >".work/$target.leaks.log" 2>&1; then
    leaks="no leaks in $inputs inputs"
  else
    leaks="LEAK or crash in the leak pass (log: Fuzz/.work/$target.leaks.log)"
    status=CRASH
    failed=1
  fi
  echo "$target: $status, $runs executions in ${took}s (${cpu:-?} s of CPU), $leaks (log: Fuzz/$log)"
done
echo "total: $total executions"
exit $failed
