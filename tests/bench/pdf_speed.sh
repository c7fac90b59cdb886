#!/usr/bin/env bash
# Times `rolelens compare` of 4 roles to PDF against the minimal QPdfWriter program
# (tests/bench/PdfBaseline.cpp), alternating the two in one run so that both see the same
# machine load, and prints each median and the ratio. Not a test: figures, for the README.
#   tests/bench/pdf_speed.sh [BUILD_DIR] [RUNS]
set -euo pipefail
# shellcheck source=tests/bench/bench_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench_common.sh"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build/dev}"
runs="${2:-21}"
app="$build/app/rolelens"
baseline="$build/tests/bench/rolelens_pdf_baseline"
for program in "$app" "$baseline"; do
    [ -x "$program" ] || { echo "missing $program: run scripts/test.sh first" >&2; exit 1; }
done
bench_scratch

now() { date +%s%N; }

: >"$work/app.times"
: >"$work/baseline.times"
# One warm-up each: the first run pays for cold caches.
"$app" compare social-media-manager social-media-influencer social-media-marketer community-manager \
    --pdf "$work/sheet.pdf" >/dev/null 2>&1
"$baseline" "$work/baseline.pdf" >/dev/null 2>&1
for _ in $(seq "$runs"); do
    start=$(now)
    "$app" compare social-media-manager social-media-influencer social-media-marketer community-manager \
        --pdf "$work/sheet.pdf" >/dev/null 2>&1
    echo $(( ($(now) - start) / 1000 )) >>"$work/app.times"
    start=$(now)
    "$baseline" "$work/baseline.pdf" >/dev/null 2>&1
    echo $(( ($(now) - start) / 1000 )) >>"$work/baseline.times"
done
app_median=$(median <"$work/app.times")
baseline_median=$(median <"$work/baseline.times")
pages=$(pdfinfo "$work/sheet.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
awk -v a="$app_median" -v b="$baseline_median" -v n="$runs" -v p="${pages:-?}" 'BEGIN {
    printf "runs: %d each, alternated\n", n
    printf "rolelens compare (4 roles, %s pages) --pdf  median %.1f ms\n", p, a / 1000
    printf "minimal QPdfWriter program (1 page)         median %.1f ms\n", b / 1000
    printf "ratio: %.2f (target: at most 1.5)\n", a / b
}'

# Instructions, counted by callgrind: repeatable whatever else the machine is doing.
if command -v valgrind >/dev/null; then
    count() {
        valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$@" >/dev/null 2>&1
        awk '/^summary:/ { print $2 }' "$work/cg.out"
    }
    app_ir=$(count "$app" compare social-media-manager social-media-influencer social-media-marketer \
        community-manager --pdf "$work/sheet.pdf")
    baseline_ir=$(count "$baseline" "$work/baseline.pdf")
    awk -v a="$app_ir" -v b="$baseline_ir" 'BEGIN {
        printf "instructions: rolelens %.0f M, baseline %.0f M, ratio %.2f\n", a / 1e6, b / 1e6, a / b
    }'
fi
