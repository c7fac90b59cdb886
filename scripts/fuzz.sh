#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (core library instrumented with the fuzzer,
# AddressSanitizer and UndefinedBehaviorSanitizer), replays the regression corpus, then
# fuzzes each target for SECONDS (default 30). Any crash, leak, input slower than 1 s or
# single allocation above 256 MB fails the run; the offending input is written to
# build/fuzz/artifacts/ (copy it into tests/fuzz/regressions/TARGET/ once fixed).
#   scripts/fuzz.sh [SECONDS] [catalog|scenario ...]
# For a long run: scripts/fuzz.sh 3600 catalog   (the corpus in build/fuzz/corpus grows
# across runs).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

seconds="${1:-30}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(catalog scenario)

rolelens_install_missing "${ROLELENS_BUILD_PACKAGES[@]}" "${ROLELENS_FUZZ_PACKAGES[@]}"
build="$ROLELENS_ROOT/build/fuzz"
rolelens_build fuzz "about a minute"

fuzz="$ROLELENS_ROOT/tests/fuzz"
for target in "${targets[@]}"; do
    case "$target" in
        catalog) binary="$build/tests/fuzz/rolelens_CatalogFuzzer"; seeds=("$ROLELENS_ROOT"/resources/catalog/*.json) ;;
        scenario) binary="$build/tests/fuzz/rolelens_ScenarioFuzzer"; seeds=("$ROLELENS_ROOT"/resources/scenarios/*.json) ;;
        *) echo "unknown fuzz target: $target (expected catalog or scenario)" >&2; exit 2 ;;
    esac
    corpus="$build/corpus/$target"
    artifacts="$build/artifacts"
    mkdir -p "$corpus" "$artifacts"
    cp -n "${seeds[@]}" "$corpus/"
    regressions=("$fuzz/regressions/$target"/*)
    options=(-timeout=1 -malloc_limit_mb=256 -dict="$fuzz/json.dict"
             -artifact_prefix="$artifacts/$target-")
    echo "== $target: replaying ${#regressions[@]} regression inputs" >&2
    "$binary" "${options[@]}" "${regressions[@]}" >"$build/$target-regressions.log" 2>&1 ||
        { cat "$build/$target-regressions.log" >&2; exit 1; }
    echo "== $target: fuzzing for $seconds s" >&2
    if ! "$binary" "${options[@]}" -max_total_time="$seconds" -print_final_stats=1 \
            "$corpus" >"$build/$target.log" 2>&1; then
        tail -60 "$build/$target.log" >&2
        exit 1
    fi
    grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb)' \
        "$build/$target.log" >&2 || true
done
