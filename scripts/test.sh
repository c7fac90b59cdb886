#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors, and runs the whole
# test suite through CTest. CI runs exactly this (.ci/run).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

rolelens_install_missing "${ROLELENS_BUILD_PACKAGES[@]}" "${ROLELENS_TEST_PACKAGES[@]}"
build="$ROLELENS_ROOT/build/test"
rolelens_build "$build" -DCMAKE_BUILD_TYPE=Release -DROLELENS_WARNINGS_AS_ERRORS=ON -DROLELENS_BUILD_TESTS=ON
cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)"
