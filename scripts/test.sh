#!/usr/bin/env bash
# Installs what is missing, checks the sources' layout with clang-format, builds everything
# with warnings as errors and runs the whole test suite through CTest; then runs the suite again in a build instrumented with
# AddressSanitizer and UndefinedBehaviorSanitizer; then replays the fuzzers' regression
# corpus and fuzzes each target for a short, fixed time. CI runs exactly this (.ci/run).
#   ROLELENS_FUZZ_SECONDS=30 (per target; 0 skips fuzzing, for a quick local run)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

rolelens_install_missing "${ROLELENS_BUILD_PACKAGES[@]}" "${ROLELENS_TEST_PACKAGES[@]}" \
    "${ROLELENS_FUZZ_PACKAGES[@]}"

# run_suite PRESET FIRST_BUILD_TIME: builds with that preset of CMakePresets.json and runs its
# tests through CTest.
run_suite() {
    local preset="$1" first_build_time="$2"
    rolelens_build "$preset" "$first_build_time"
    (cd "$ROLELENS_ROOT" && ctest --preset "$preset" --parallel "$(nproc)")
}

echo "== Style: every source file as clang-format lays it out (.clang-format)" >&2
(cd "$ROLELENS_ROOT" && find app core tests \( -name '*.cpp' -o -name '*.h' \) -print0 |
    xargs -0 clang-format --dry-run -Werror)
echo "== Tests (Release)" >&2
run_suite dev "about 3 minutes"
echo "== Tests under AddressSanitizer and UndefinedBehaviorSanitizer" >&2
run_suite asan "about 7 minutes"
seconds="${ROLELENS_FUZZ_SECONDS:-30}"
if [ "$seconds" -gt 0 ]; then
    echo "== Fuzzing, $seconds s per target" >&2
    "$ROLELENS_ROOT/scripts/fuzz.sh" "$seconds"
fi
