# shellcheck shell=bash disable=SC2034
# Shared by scripts/run.sh and scripts/test.sh: install what is missing, then build.
# Sourced, not run.

ROLELENS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Everything comes from Debian's archive; nothing is downloaded at build time. The lists name
# every package the build needs, not only the obvious ones: the scripts install with
# --no-install-recommends, so nothing arrives unasked (scripts/fresh-machine-check.sh proves
# the lists on a freshly bootstrapped Debian 12).
ROLELENS_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # The role map's SVG export (QSvgGenerator).
    qt6-svg-dev
    # Qt6ChartsConfig.cmake requires Qt6OpenGL, and qt6-charts-dev does not depend on it.
    libqt6opengl6-dev
    libspdlog-dev libgl1-mesa-dev fonts-dejavu-core
    # Qt's own translations (standard buttons and dialogs) in the languages RoleLens speaks.
    qt6-translations-l10n
)
ROLELENS_TEST_PACKAGES=(
    libgtest-dev libbenchmark-dev xvfb xauth poppler-utils qpdf time valgrind clang-format
    # The installation tests: CPack's dependency computation (dpkg-shlibdeps, and file, which
    # CPack asks before it) and the desktop's validators for the desktop entry, the AppStream
    # metadata and the file types.
    dpkg-dev file desktop-file-utils appstream shared-mime-info
)
ROLELENS_FUZZ_PACKAGES=(
    clang libclang-rt-14-dev
)

# Installs the packages that are not installed yet; does nothing (quickly) otherwise.
rolelens_install_missing() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        # Without root, sudo is the only way; without it, one sentence beats a stack of apt errors.
        if ! command -v sudo >/dev/null 2>&1 || ! sudo -v 2>/dev/null; then
            echo "RoleLens needs these Debian packages, which are not installed: ${missing[*]}." >&2
            echo "Ask an administrator to run: apt-get install --no-install-recommends ${missing[*]}" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    echo "Installing ${#missing[@]} missing Debian packages: ${missing[*]}" >&2
    if ! "${sudo[@]}" apt-get update -q ||
        ! DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q \
            --no-install-recommends "${missing[@]}"; then
        echo "Installing the Debian packages failed (see apt's messages above): ${missing[*]}" >&2
        return 1
    fi
}

# rolelens_build PRESET FIRST_BUILD_TIME: configures build/PRESET once with that preset of
# CMakePresets.json, then builds incrementally. FIRST_BUILD_TIME says what a first build takes
# on 2 cores, as measured by scripts/fresh-machine-check.sh, so that nobody thinks it hangs.
rolelens_build() {
    local preset="$1" first_build_time="$2"
    local dir="$ROLELENS_ROOT/build/$preset"
    mkdir -p "$dir"
    local log="$dir/build.log"
    local first_build=0 started=$SECONDS
    # build.ninja, not CMakeCache.txt: a configuration that failed (a package was missing)
    # leaves a cache behind, and must run again once the package is there.
    if [ ! -f "$dir/build.ninja" ]; then
        first_build=1
        echo "Configuring and building RoleLens in $dir (the first build takes" \
            "$first_build_time on 2 cores)..." >&2
        if ! (cd "$ROLELENS_ROOT" && cmake --preset "$preset") >"$log" 2>&1; then
            cat "$log" >&2
            echo "Configuring RoleLens failed (CMake's messages above; the log: $log)" >&2
            return 1
        fi
    fi
    # Quiet when nothing changed; the whole log when something fails.
    if ! (cd "$ROLELENS_ROOT" && cmake --build --preset "$preset" --parallel) >"$log" 2>&1; then
        cat "$log" >&2
        echo "Building RoleLens failed (the compiler's messages above; the log: $log)" >&2
        return 1
    fi
    if [ "$first_build" -eq 1 ]; then
        local took=$((SECONDS - started))
        echo "Built in $((took / 60)) min $((took % 60)) s." >&2
    fi
}
