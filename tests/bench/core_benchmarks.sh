#!/usr/bin/env bash
# Runs the core benchmarks (CoreBenchmarks.cpp: catalog load, comparison, advisor, memory of a
# 20,000-role catalog) five times each and prints the medians. Builds nothing: build the
# rolelens_core_benchmarks target first. Extra arguments go to the benchmark binary, e.g.
#   tests/bench/core_benchmarks.sh build/dev --benchmark_filter=catalogLoad
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build/dev}"
shift || true
binary="$build/tests/bench/rolelens_core_benchmarks"
[ -x "$binary" ] || {
    echo "missing $binary: cmake --build $build --target rolelens_core_benchmarks" >&2
    exit 1
}
"$binary" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
    --benchmark_counters_tabular=false "$@" | grep -E '^(Benchmark|-+$)|_median'
