#!/usr/bin/env bash
# Proves the README's two commands on a truly fresh Debian 12: bootstraps a minimal root file
# system (debootstrap --variant=minbase bookworm) into a scratch folder, clones the commit under
# test into it, and runs there, exactly as the README writes them,
#   ./scripts/run.sh --version      (installs, builds, starts the program, which prints and exits)
#   ./scripts/run.sh list           (the command line, with no display)
#   ./scripts/test.sh               (installs, builds, runs every test)
#   ./scripts/package.sh            (the Debian package, then installed with apt-get and run
#                                    from /usr/bin: its dependencies resolve from the archive)
# after checking that a newcomer who is neither root nor a sudoer is told in one sentence which
# packages to ask for. Nothing is cached between runs: a missing package cannot hide behind
# one installed earlier. Needs root (debootstrap, chroot, mount).
#   scripts/fresh-machine-check.sh [--keep]
#   ROLELENS_FUZZ_SECONDS   fuzzing per target inside the fresh root (default 30, as the
#                           README's test command; 0 skips it)
#   ROLELENS_DEBIAN_MIRROR  the archive to bootstrap from (default http://deb.debian.org/debian)
#   ROLELENS_SCRATCH_PARENT where the scratch root goes (default /var/tmp)
# --keep leaves the scratch root in place (unmounted) to look into after a failure.
# Logs stay in build/fresh-machine/ after the scratch root is gone.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

keep=0
for argument in "$@"; do
    case "$argument" in
        --keep) keep=1 ;;
        -h | --help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "fresh-machine-check: unknown option '$argument' (expected --keep or --help)" >&2; exit 2 ;;
    esac
done

mirror="${ROLELENS_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
fuzz_seconds="${ROLELENS_FUZZ_SECONDS:-30}"
logs="$ROLELENS_ROOT/build/fresh-machine"
current_step="checking this machine"
scratch=""
root=""
summary=()

fail() {
    echo "" >&2
    echo "FRESH-MACHINE CHECK FAILED at step: $current_step" >&2
    [ $# -gt 0 ] && echo "  $*" >&2
    exit 1
}

# The scratch root holds bind mounts of this machine's /dev: it is removed only once nothing
# is mounted under it any more, and rm never crosses into another file system.
mounts_under() {
    awk -v prefix="$1/" 'index($5 "/", prefix) == 1 { print $5 }' /proc/self/mountinfo
}
cleanup() {
    local status=$?
    set +e
    [ -n "$root" ] || return
    # Deepest first; whatever debootstrap or a step left mounted goes too.
    local mount_point
    while read -r mount_point; do
        umount "$mount_point" 2>/dev/null || umount -l "$mount_point"
    done < <(mounts_under "$root" | sort -r)
    if [ -n "$(mounts_under "$root")" ]; then
        echo "fresh-machine-check: still mounted under $root, NOT removing it:" >&2
        mounts_under "$root" >&2
        exit 1
    fi
    if [ "$keep" -eq 1 ]; then
        echo "fresh-machine-check: kept the scratch root (unmounted) at $root" >&2
    else
        rm -rf --one-file-system "$scratch"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'fail "interrupted"' INT TERM

# step [--quiet] NAME COMMAND...: runs one step with its output in
# build/fresh-machine/NN-name.log, shown as it comes (with --quiet, only its end on a
# failure); fails loudly with the step's name.
step_number=0
step() {
    local quiet=0
    if [ "$1" = --quiet ]; then
        quiet=1
        shift
    fi
    current_step="$1"
    shift
    step_number=$((step_number + 1))
    local log
    log="$logs/$(printf '%02d' "$step_number")-$(echo "$current_step" | tr -c 'a-zA-Z0-9\n' '-').log"
    echo "" >&2
    echo "== [$(date +%H:%M:%S)] $current_step" >&2
    local started=$SECONDS
    # Not under 'if': there, bash would ignore errexit inside the step's functions.
    local status
    set +e
    if [ "$quiet" -eq 1 ]; then
        (
            set -e
            "$@"
        ) >"$log" 2>&1
        status=$?
    else
        (
            set -e
            "$@"
        ) 2>&1 | tee "$log" | sed 's/^/   | /' >&2
        status=${PIPESTATUS[0]}
    fi
    set -e
    if [ "$status" -ne 0 ]; then
        [ "$quiet" -eq 1 ] && tail -40 "$log" | sed 's/^/   | /' >&2
        echo "   (exit status $status; the whole output: $log)" >&2
        fail "'$*' did not succeed"
    fi
    local took=$((SECONDS - started))
    summary+=("$(printf '%-58s %3d min %02d s' "$current_step" $((took / 60)) $((took % 60)))")
}

in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

configure_root() {
    : "${root:?the scratch root is not set}"
    # What a Debian 12 installation lists: the release, its updates and its security fixes.
    printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb %s bookworm-security main\n' \
        "$mirror" "$mirror" "${mirror%/debian}/debian-security" >"$root/etc/apt/sources.list"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    mount -t proc proc "$root/proc"
    mount -t sysfs sysfs "$root/sys"
    mount --rbind /dev "$root/dev"
    mount --make-rslave "$root/dev"
}

clone_into() {
    local target="$1"
    git clone --quiet --no-local "$ROLELENS_ROOT" "$target"
    git -C "$target" checkout --quiet --detach "$commit"
}

# A newcomer without root and without sudo must get one sentence naming the packages.
newcomer_is_told_what_to_install() {
    in_root useradd --create-home newcomer
    clone_into "$root/home/newcomer/rolelens"
    in_root chown -R newcomer:newcomer /home/newcomer/rolelens
    local output
    if output="$(in_root runuser -u newcomer -- env HOME=/home/newcomer \
        bash -c 'cd ~/rolelens && ./scripts/run.sh --version' 2>&1)"; then
        echo "$output"
        echo "run.sh succeeded for a user who cannot install packages" >&2
        return 1
    fi
    echo "$output"
    grep -q "needs these Debian packages" <<<"$output" || {
        echo "the message does not name the packages to install" >&2
        return 1
    }
    [ "$(wc -l <<<"$output")" -le 2 ] || {
        echo "more than the one message was printed" >&2
        return 1
    }
}

# Everything runs from one function, read whole before it starts: editing this file while a
# check runs must not change what the running check does next.
main() {
    [ "$(id -u)" -eq 0 ] || fail "this check needs root (debootstrap, chroot and mount); run it as root"
    mkdir -p "$logs"
    rm -f "$logs"/*.log
    commit="$(git -C "$ROLELENS_ROOT" rev-parse HEAD)" || fail "$ROLELENS_ROOT is not a git clone"
    if [ -n "$(git -C "$ROLELENS_ROOT" status --porcelain --untracked-files=no)" ]; then
        echo "fresh-machine-check: note: uncommitted changes are not part of this check;" \
            "it tests commit $commit" >&2
    fi
    echo "Fresh Debian 12 check of commit $commit (fuzzing $fuzz_seconds s per target)" >&2
    step "installing debootstrap on this machine" rolelens_install_missing debootstrap git

    scratch="$(mktemp -d "${ROLELENS_SCRATCH_PARENT:-/var/tmp}/rolelens-fresh.XXXXXX")"
    root="$scratch/root"
    step --quiet "bootstrapping a minimal Debian 12 root (debootstrap)" \
        debootstrap --variant=minbase bookworm "$root" "$mirror"
    step "mounting /proc, /sys and /dev into the root" configure_root
    step "cloning commit ${commit:0:12} into /root/rolelens" clone_into "$root/root/rolelens"
    step "a user without root or sudo is told what to install" newcomer_is_told_what_to_install

    step "README: ./scripts/run.sh --version" \
        in_root bash -c 'cd /root/rolelens && ./scripts/run.sh --version'
    step "README: ./scripts/run.sh list (no display)" \
        in_root bash -c 'cd /root/rolelens && ./scripts/run.sh list >/tmp/list.txt && head -5 /tmp/list.txt'
    step "README: ./scripts/test.sh (fuzzing $fuzz_seconds s per target)" \
        in_root env ROLELENS_FUZZ_SECONDS="$fuzz_seconds" bash -c 'cd /root/rolelens && ./scripts/test.sh'

    step "README: ./scripts/package.sh" \
        in_root bash -c 'cd /root/rolelens && ./scripts/package.sh'
    step "apt-get install the package; rolelens list and a PDF from /usr/bin" \
        in_root bash -c 'cd /root/rolelens &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
                ./build/release/rolelens_*.deb &&
            command -v rolelens && rolelens list | head -3 &&
            rolelens compare smm cm --pdf /tmp/comparison.pdf &&
            [ "$(head -c 5 /tmp/comparison.pdf)" = "%PDF-" ] &&
            dpkg -L rolelens | grep -c "^/usr/share/icons/hicolor/"'
    current_step="removing the scratch root"
    echo "" >&2
    echo "Fresh Debian 12 check passed for commit $commit:" >&2
    printf '  %s\n' "${summary[@]}" >&2
    grep -h "^Need to get" "$logs"/*README* 2>/dev/null | sed 's/^/  apt: /' >&2 || true
    echo "  in all: $((SECONDS / 60)) min $((SECONDS % 60)) s" >&2
}

main "$@"
exit
