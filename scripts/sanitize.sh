#!/usr/bin/env bash
# Builds every test target and the actorgraph binary with a sanitizer and
# runs the whole test suite: AddressSanitizer, then ThreadSanitizer.
# Usage: scripts/sanitize.sh [address|thread]…   (`make sanitize` runs both,
# `make sanitize SANITIZER=thread` one)
# SANITIZE_FILTER=REGEX runs only the matching tests (swift test --filter).
# On a shared machine: nice -n 19 scripts/sanitize.sh.
#
# Each sanitizer builds in its own scratch path (.build/sanitize-<name>), so
# the ordinary debug build is not thrown away; the command-line tests run the
# sanitized binary of that build (ACTORGRAPH_BINARY). SwiftPM's --sanitize
# instruments the C targets too (libyaml, the Graphviz shim).
#
# Volume does not find more memory errors or races, and instrumented code is
# 2–15× slower, so the heavy tests run smaller here unless told otherwise:
# ACTORGRAPH_CRASH_KILLS (10), ACTORGRAPH_CRASH_DOCUMENTS (60),
# ACTORGRAPH_BIG_INPUT_MB (1). ACTORGRAPH_SANITIZER names the sanitizer for
# the tests whose measure means nothing under one (peak memory).
set -uo pipefail
cd "$(dirname "$0")/.."
SWIFT="${SWIFT:-swift}"
SANITIZERS=("$@")
if [ ${#SANITIZERS[@]} -eq 0 ]; then SANITIZERS=(address thread); fi
export ACTORGRAPH_CRASH_KILLS="${ACTORGRAPH_CRASH_KILLS:-10}"
export ACTORGRAPH_CRASH_DOCUMENTS="${ACTORGRAPH_CRASH_DOCUMENTS:-60}"
export ACTORGRAPH_BIG_INPUT_MB="${ACTORGRAPH_BIG_INPUT_MB:-1}"
# AddressSanitizer stops at the first error (it cannot go on after most);
# LeakSanitizer reports the Swift runtime's and Foundation's process-lifetime
# caches, which are not leaks of ours (the fuzzers' leak passes check leaks).
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:halt_on_error=1:abort_on_error=1}"
# ThreadSanitizer reports every race, then fails the process (exit code 66),
# so one run shows them all; suppressions: scripts/tsan-suppressions.txt.
export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=0:second_deadlock_stack=1:suppressions=$PWD/scripts/tsan-suppressions.txt}"

# `swift test` starts the test process at niceness 0 whatever its own, so the
# suite would not be niced on a shared machine: give every process under it
# ours (the test process and the commands it runs), every few seconds.
descendants() {
  local child
  for child in $(pgrep -P "$1"); do echo "$child"; descendants "$child"; done
}
renice_descendants() {
  local root=$1 mine
  mine=$(nice)
  while kill -0 "$root" 2>/dev/null; do
    for pid in $(descendants "$root"); do
      if [ "$(ps -o ni= -p "$pid" 2>/dev/null | tr -d ' ')" = 0 ]; then renice -n "$mine" -p "$pid" >/dev/null 2>&1; fi
    done
    sleep 5
  done
}

status=0
for sanitizer in "${SANITIZERS[@]}"; do
  case "$sanitizer" in address|thread) ;; *) echo "== unknown sanitizer '$sanitizer' (address, thread)"; status=1; continue ;; esac
  scratch=".build/sanitize-$sanitizer"
  echo "== $sanitizer: building in $scratch"
  if ! "$SWIFT" build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch"; then
    echo "== $sanitizer: BUILD FAILED"; status=1; continue
  fi
  echo "== $sanitizer: testing"
  # Tests whose measure means nothing under a sanitizer skip it when this is set.
  export ACTORGRAPH_SANITIZER="$sanitizer"
  # The command-line tests run this binary: the sanitized one, never .build/debug's.
  export ACTORGRAPH_BINARY="$PWD/$scratch/debug/actorgraph"
  if [ ! -x "$ACTORGRAPH_BINARY" ]; then
    echo "== $sanitizer: no $ACTORGRAPH_BINARY after the build"; status=1; continue
  fi
  filter=()
  if [ -n "${SANITIZE_FILTER:-}" ]; then filter=(--filter "$SANITIZE_FILTER"); fi
  "$SWIFT" test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch" "${filter[@]}" &
  tests=$!
  renice_descendants "$tests" &
  if wait "$tests"; then
    echo "== $sanitizer: passed"
  else
    echo "== $sanitizer: FAILED"; status=1
  fi
done
exit $status
