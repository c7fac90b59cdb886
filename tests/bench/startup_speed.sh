#!/usr/bin/env bash
# Whole-process start-up to the first painted window: RoleLens (built-in catalog, then with
# 20,000 generated roles) against a minimal Qt Widgets + Charts program showing one chart
# (tests/bench/StartupBaseline.cpp), alternated in one run so that all see the same machine
# load. With the 20,000 roles it measures two moments: the first paint (the loading page, the
# catalog loading behind it) and the first paint with the catalog in the window. Prints
# medians, ratios and peak memory (maximum resident set size). Not a test.
#   tests/bench/startup_speed.sh [BUILD_DIR] [RUNS]
set -euo pipefail
# shellcheck source=tests/bench/bench_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench_common.sh"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build/dev}"
runs="${2:-21}"
app="$build/app/rolelens"
baseline="$build/tests/bench/rolelens_startup_baseline"
generator="$build/tests/bench/rolelens_generate_catalog"
for program in "$app" "$baseline" "$generator"; do
    [ -x "$program" ] || { echo "missing $program: run scripts/test.sh first" >&2; exit 1; }
done
bench_scratch
bench_large_catalog "$generator"

# Appends "microseconds peak-kilobytes" of one run to FILE.
measure() {
    local file="$1"
    shift
    local start end
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$work/rss" "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000 )) $(cat "$work/rss")" >>"$file"
}

: >"$work/baseline" ; : >"$work/app" ; : >"$work/large" ; : >"$work/ready"
# One warm-up each: the first run pays for cold caches.
"$baseline" >/dev/null 2>&1; "$app" >/dev/null 2>&1; "$app" "${large[@]}" >/dev/null 2>&1
ready_runs=$(( runs < 5 ? runs : 5 )) # the whole load takes seconds: fewer runs
for run in $(seq "$runs"); do
    measure "$work/baseline" "$baseline"
    measure "$work/app" "$app"
    measure "$work/large" "$app" "${large[@]}"
    if [ "$run" -le "$ready_runs" ]; then
        ROLELENS_QUIT_AFTER_FIRST_PAINT=catalog measure "$work/ready" "$app" "${large[@]}"
    fi
done
report() {
    local name="$1" file="$2"
    local time rss
    time=$(cut -d' ' -f1 "$file" | median)
    rss=$(cut -d' ' -f2 "$file" | median)
    awk -v n="$name" -v t="$time" -v r="$rss" \
        'BEGIN { printf "%-44s median %7.1f ms   peak RSS %6.1f MB\n", n, t / 1000, r / 1024 }'
    echo "$time $rss" >"$file.median"
}
echo "runs: $runs each, alternated ($ready_runs of the last line)"
report "minimal Qt Widgets + Charts program" "$work/baseline"
report "rolelens (built-in catalog, 9 roles)" "$work/app"
report "rolelens + 20,000 roles: first paint" "$work/large"
report "rolelens + 20,000 roles: catalog shown" "$work/ready"
read -r bt br <"$work/baseline.median"
read -r at ar <"$work/app.median"
read -r lt lr <"$work/large.median"
read -r rt rr <"$work/ready.median"
awk -v bt="$bt" -v br="$br" -v at="$at" -v ar="$ar" -v lt="$lt" -v lr="$lr" -v rt="$rt" -v rr="$rr" 'BEGIN {
    printf "start-up ratio: %.2f (target: at most 1.3); peak memory ratio: %.2f (target: at most 1.3)\n", at / bt, ar / br
    printf "start-up with 20,000 roles, first paint, ratio: %.2f (target: at most 1.5); peak memory ratio: %.2f\n", lt / bt, lr / br
    printf "start-up with 20,000 roles, catalog shown, ratio: %.2f; peak memory ratio: %.2f\n", rt / bt, rr / br
}'
