#!/usr/bin/env bash
# Installs what is missing, builds RoleLens (Release) and starts it with the given arguments:
#   scripts/run.sh                         the window
#   scripts/run.sh compare smm influencer  the command line
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

rolelens_install_missing "${ROLELENS_BUILD_PACKAGES[@]}"
rolelens_build release "about 2 minutes"
exec "$ROLELENS_ROOT/build/release/app/rolelens" "$@"
