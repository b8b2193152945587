#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build/fuzz and runs each one for SECONDS
# (default 5) on a fresh copy of its seed corpus (tests/fuzz/corpus/TARGET). Fails when any
# target crashes, leaks, hangs, runs out of memory or breaks one of its invariants; the
# input that did it is kept in build/fuzz/run/TARGET/artifacts/ and its log printed.
#
#   tests/fuzz/run.sh [SECONDS] [TARGET ...]
#
# Environment: HAVEN_CLANGXX (default clang++), HAVEN_FUZZ_BUILD_DIR (default build/fuzz),
# HAVEN_FUZZ_JOBS (parallel compile jobs, default nproc). CTest runs it as `fuzz_smoke`.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-5}
shift || true
case $seconds in
  ''|*[!0-9]*|0) echo "usage: tests/fuzz/run.sh [SECONDS>0] [TARGET ...]" >&2; exit 2 ;;
esac
all_targets=(fuzz_front_matter fuzz_card_file fuzz_markdown fuzz_image fuzz_script fuzz_toml fuzz_manifest fuzz_signature
             fuzz_paragraph_layout fuzz_spoken_card)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

build=${HAVEN_FUZZ_BUILD_DIR:-build/fuzz}
cxx=${HAVEN_CLANGXX:-clang++}
cc=$(echo "$cxx" | sed 's/clang++/clang/')  # the project is C++ only; set for consistency

start=$(date +%s)
# Configure only what is needed: a clang build of the whole tree with HAVEN_FUZZ=ON, of
# which only haven_core_fuzz and the fuzz targets are built. -O1 -g without NDEBUG keeps
# assertions on and the build quick.
if ! log=$(CC=$cc CXX=$cxx cmake -S . -B "$build" -DHAVEN_FUZZ=ON -DHAVEN_BUILD_TESTS=ON \
             -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" 2>&1); then
  echo "$log" >&2
  echo "run.sh: configuring $build with $cxx failed" >&2
  exit 1
fi
cmake --build "$build" --parallel "${HAVEN_FUZZ_JOBS:-$(nproc)}" --target haven_fuzzers
built=$(date +%s)
echo "run.sh: built the fuzz targets in $((built - start)) s"

# Readable stacks in crash reports.
symbolizer=$(command -v llvm-symbolizer || command -v llvm-symbolizer-14 || true)
[ -n "$symbolizer" ] && export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$symbolizer}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=()
for target in "${targets[@]}"; do
  binary=$build/tests/fuzz/$target
  seeds=tests/fuzz/corpus/$target
  work=$build/run/$target
  if [ ! -x "$binary" ] || [ ! -d "$seeds" ]; then
    echo "run.sh: unknown target $target (known: ${all_targets[*]})" >&2
    exit 2
  fi
  # A copy, so that what the fuzzer adds never lands in the committed seeds.
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/artifacts"
  cp -R "$seeds/." "$work/corpus/"
  # HAVEN_FUZZ_RUNS and HAVEN_FUZZ_SEED make a run repeatable (CI): the same inputs, in the
  # same order, on any machine. Without them the run explores for SECONDS.
  budget=(-max_total_time="$seconds")
  [ -n "${HAVEN_FUZZ_RUNS:-}" ] && budget=(-runs="$HAVEN_FUZZ_RUNS")
  [ -n "${HAVEN_FUZZ_SEED:-}" ] && budget+=(-seed="$HAVEN_FUZZ_SEED")
  options=("${budget[@]}" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1
           -artifact_prefix="$work/artifacts/")
  [ -f "tests/fuzz/$target.dict" ] && options+=(-dict="tests/fuzz/$target.dict")
  if "$binary" "${options[@]}" "$work/corpus" >"$work/log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log")
    cov=$(grep -o 'cov: [0-9]*' "$work/log" | tail -1)
    echo "run.sh: $target: ok, ${runs:-?} runs in ${seconds} s, ${cov:-cov: ?}, corpus $(ls "$work/corpus" | wc -l) files"
  else
    failed+=("$target")
    echo "run.sh: $target: FAILED; log $work/log, end of it:" >&2
    tail -n 60 "$work/log" >&2
    for artifact in "$work"/artifacts/*; do
      [ -e "$artifact" ] || continue
      echo "run.sh: input: $artifact ($(wc -c <"$artifact") bytes); base64:" >&2
      head -c 4096 "$artifact" | base64 >&2
      echo "run.sh: reproduce: $binary $artifact" >&2
    done
  fi
done

echo "run.sh: fuzzed ${#targets[@]} targets in $(( $(date +%s) - built )) s; total $(( $(date +%s) - start )) s"
if [ ${#failed[@]} -gt 0 ]; then
  echo "run.sh: FAILED: ${failed[*]}" >&2
  exit 1
fi
