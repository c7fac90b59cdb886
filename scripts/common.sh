# Shared by scripts/run.sh and scripts/test.sh: install what is missing, then build.
# Sourced, not run.

ROLELENS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Everything comes from Debian's archive; nothing is downloaded at build time.
ROLELENS_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libspdlog-dev libgl1-mesa-dev fonts-dejavu-core
)
ROLELENS_TEST_PACKAGES=(
    libgtest-dev libbenchmark-dev xvfb xauth poppler-utils qpdf time valgrind
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
    echo "Installing missing Debian packages: ${missing[*]}" >&2
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# rolelens_build DIR [cmake options...]: configures once, then builds incrementally.
rolelens_build() {
    local dir="$1"
    shift
    mkdir -p "$dir"
    local log="$dir/build.log"
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        echo "Configuring and building RoleLens in $dir (the first build takes about a minute)..." >&2
        if ! cmake -S "$ROLELENS_ROOT" -B "$dir" -G Ninja "$@" >"$log" 2>&1; then
            cat "$log" >&2
            return 1
        fi
    fi
    # Quiet when nothing changed; the whole log when something fails.
    if ! cmake --build "$dir" --parallel >"$log" 2>&1; then
        cat "$log" >&2
        return 1
    fi
}
