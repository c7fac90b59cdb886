#!/usr/bin/env bash
# Installs what is missing, builds RoleLens (Release) and makes its Debian package with CPack:
#   scripts/package.sh        writes build/release/rolelens_<version>_<arch>.deb, prints its path
# Install it with: sudo apt-get install ./build/release/rolelens_<version>_<arch>.deb
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# dpkg-shlibdeps (dpkg-dev) computes the package's dependencies from the program; CPack runs
# file first to find the programs among the files.
rolelens_install_missing "${ROLELENS_BUILD_PACKAGES[@]}" dpkg-dev file
rolelens_build release "about 2 minutes"
dir="$ROLELENS_ROOT/build/release"
rm -f "$dir"/rolelens_*.deb
if ! (cd "$dir" && cpack -G DEB) >"$dir/package.log" 2>&1; then
    cat "$dir/package.log" >&2
    echo "Making the Debian package failed (CPack's messages above; the log: $dir/package.log)" >&2
    exit 1
fi
ls "$dir"/rolelens_*.deb
