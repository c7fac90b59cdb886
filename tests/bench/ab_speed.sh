#!/usr/bin/env bash
# Two builds of RoleLens (before and after a change) timed side by side: each measurement
# alternates the old and the new program in one run, so that both see the same machine load.
# Measures start-up to the first painted window (built-in catalog, then 20,000 generated
# roles), the 4-role comparison sheet to PDF and `list --format json`; prints each median, the
# ratio new/old, and instruction counts (callgrind), which are repeatable where wall time is
# not. Not a test.
#   tests/bench/ab_speed.sh OLD_BUILD_DIR NEW_BUILD_DIR [RUNS]
set -euo pipefail
# shellcheck source=tests/bench/bench_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench_common.sh"
[ $# -ge 2 ] || { echo "usage: $0 OLD_BUILD_DIR NEW_BUILD_DIR [RUNS]" >&2; exit 2; }
old="$1/app/rolelens"
new="$2/app/rolelens"
generator="$2/tests/bench/rolelens_generate_catalog"
runs="${3:-21}"
for program in "$old" "$new" "$generator"; do
    [ -x "$program" ] || { echo "missing $program: build both first" >&2; exit 1; }
done
bench_scratch
bench_large_catalog "$generator"
roles=(social-media-manager social-media-influencer social-media-marketer community-manager)

# Appends the microseconds one run of the command takes to FILE.
measure() {
    local file="$1"
    shift
    local start
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    echo $(( ($(date +%s%N) - start) / 1000 )) >>"$file"
}
# NAME RUNS ARGS...: old and new alternately, RUNS times each after one warm-up each.
compare() {
    local name="$1" count="$2"
    shift 2
    : >"$work/old.times"
    : >"$work/new.times"
    "$old" "$@" >/dev/null 2>&1 || true
    "$new" "$@" >/dev/null 2>&1 || true
    for _ in $(seq "$count"); do
        measure "$work/old.times" "$old" "$@"
        measure "$work/new.times" "$new" "$@"
    done
    awk -v n="$name" -v c="$count" -v o="$(median <"$work/old.times")" \
        -v w="$(median <"$work/new.times")" 'BEGIN {
        printf "%-34s runs %2d   old %8.1f ms   new %8.1f ms   new/old %.2f\n", n, c, o / 1000, w / 1000, w / o
    }'
}

compare "start-up, built-in catalog" "$runs"
compare "start-up, 20,000 roles" $(( runs < 5 ? runs : 5 )) "${large[@]}"
compare "compare 4 roles --pdf" "$runs" compare "${roles[@]}" --pdf "$work/sheet.pdf"
compare "list --format json" "$runs" list --format json

if command -v valgrind >/dev/null; then
    count() {
        valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$@" >/dev/null 2>&1 || true
        awk '/^summary:/ { print $2 }' "$work/cg.out"
    }
    for case in startup pdf; do
        if [ "$case" = startup ]; then args=(); else args=(compare "${roles[@]}" --pdf "$work/sheet.pdf"); fi
        old_ir=$(count "$old" "${args[@]}")
        new_ir=$(count "$new" "${args[@]}")
        awk -v n="$case" -v o="$old_ir" -v w="$new_ir" 'BEGIN {
            printf "instructions, %-8s old %8.0f M   new %8.0f M   new/old %.3f\n", n, o / 1e6, w / 1e6, w / o
        }'
    done
fi
