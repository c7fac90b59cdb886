# Sourced by the whole-process timing scripts (startup_speed.sh, pdf_speed.sh, ab_speed.sh).
# shellcheck shell=bash

# A scratch folder in $work, removed on exit; Qt offscreen, with settings and data of this run
# only (the user's are never read or written); windows that quit after their first paint.
bench_scratch() {
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 ROLELENS_QUIT_AFTER_FIRST_PAINT=1
    export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
}

# The median of the numbers on standard input, one per line.
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# GENERATOR: writes 20,000 generated roles under $work and sets the array `large` to the
# --catalog arguments that load them.
bench_large_catalog() {
    "$1" 20000 "$work/catalog" >/dev/null
    large=()
    local file
    for file in "$work"/catalog/*.json; do large+=(--catalog "$file"); done
}
