#!/usr/bin/env bash
# Empty Debian 12 roots for the tests that must prove what a fresh machine needs: nothing
# installed on this machine can leak into them, so a package missing from deploy/packages.sh
# or from the .deb's dependencies shows up as a failure there.
#
#   debian-root.sh tarball [ARCH]      print the path of the minimal root tarball, made with
#                                      mmdebstrap on first use and cached (ARCH: amd64 default)
#   debian-root.sh unpack DIR [ARCH]   a fresh minimal root in DIR (emptied first)
#   debian-root.sh run DIR COMMAND...  run COMMAND as root inside DIR, with /dev, /proc, /sys
#                                      and /dev/pts mounted in a private mount namespace, and
#                                      this machine's X sockets (/tmp/.X11-unix) when
#                                      HAVEN_ROOT_X11=1, so a test can give it a display
#                                      without installing an X server inside
#   debian-root.sh remove DIR          delete DIR (after a run; nothing stays mounted)
#
# The minimal root is Debian's `apt` variant plus git and ca-certificates (about 230 MB, a
# minute or two to make): no compiler, no library, nothing of Haven's. Only that tarball is
# cached (in $HAVEN_ROOT_CACHE, default ~/.cache/haven); every package the project needs is
# installed anew inside each root, from Debian's archive, by the project's own scripts.
# Needs: root, mmdebstrap, and the network to reach Debian's archive.
set -euo pipefail

die() { echo "debian-root.sh: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "needs root (chroot and mounts)"

cache=${HAVEN_ROOT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/haven}
mirror=${HAVEN_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${HAVEN_DEBIAN_SECURITY:-http://deb.debian.org/debian-security}

tarball() {  # tarball ARCH
  local arch=$1 out="$cache/bookworm-$1-minimal.tar"
  # A day old at most: the archive moves on (security updates), and apt inside must match it.
  if [ -s "$out" ] && [ -n "$(find "$out" -mmin -1440 2>/dev/null)" ]; then
    echo "$out"; return
  fi
  command -v mmdebstrap >/dev/null || die "mmdebstrap is missing (apt-get install mmdebstrap)"
  mkdir -p "$cache"
  # (--format=tar: mmdebstrap otherwise guesses the format from the name, and a name ending
  # in .tmp makes it a directory.)
  local tmp="$out.$$.tmp"
  # The same archive for every suite (the security archive lives on deb.debian.org too).
  mmdebstrap --quiet --format=tar --variant=apt --architectures="$arch" --include=git,ca-certificates \
    bookworm "$tmp" \
    "deb $mirror bookworm main" "deb $mirror bookworm-updates main" \
    "deb $security bookworm-security main" >&2 \
    || { rm -f "$tmp"; die "mmdebstrap failed: is Debian's archive ($mirror) reachable?"; }
  mv -f "$tmp" "$out"
  echo "$out"
}

unpack() {  # unpack DIR ARCH
  local dir=$1 arch=$2 tar
  tar=$(tarball "$arch")
  remove "$dir"
  mkdir -p "$dir"
  tar -C "$dir" -xf "$tar"
  # Name lookups for apt inside, as on this machine.
  cp -L /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
}

run() {  # run DIR COMMAND...
  local dir=$1; shift
  [ -x "$dir/bin/bash" ] || die "$dir is not an unpacked root"
  # A private mount namespace: the mounts vanish with the command, even if it is killed.
  # exec, and exec all the way down: COMMAND is this very process, so a signal sent to it
  # (a test stopping a kiosk it started) reaches COMMAND and nothing in between.
  # shellcheck disable=SC2016 # the inner bash expands them
  exec unshare --mount --propagation private -- bash -euc '
    dir=$1; shift
    # The root a mount point of its own: without it, `unshare --propagation private` (the
    # tests that mount a tmpfs) fails inside with "cannot change root filesystem propagation".
    mount --bind "$dir" "$dir"
    mount --rbind /dev "$dir/dev"
    mount -t proc proc "$dir/proc"
    mount --rbind /sys "$dir/sys"
    mount -t tmpfs -o mode=1777 tmpfs "$dir/dev/shm"
    if [ "${HAVEN_ROOT_X11:-}" = 1 ] && [ -d /tmp/.X11-unix ]; then
      mkdir -p "$dir/tmp/.X11-unix"
      mount --bind /tmp/.X11-unix "$dir/tmp/.X11-unix"
    fi
    exec chroot "$dir" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      HOME=/root LANG=C.UTF-8 TERM=dumb "$@"
  ' bash "$dir" "$@"
}

remove() {  # remove DIR
  local dir=$1
  [ -e "$dir" ] || return 0
  # Never follow into the machine's own /dev, /proc or /sys should something stay mounted.
  if grep -q " $(realpath "$dir")/" /proc/self/mounts; then die "something is still mounted under $dir"; fi
  rm -rf --one-file-system "$dir"
}

case "${1:-}" in
  tarball) tarball "${2:-amd64}" ;;
  unpack) [ $# -ge 2 ] || die "usage: unpack DIR [ARCH]"; unpack "$2" "${3:-amd64}" ;;
  run) [ $# -ge 3 ] || die "usage: run DIR COMMAND..."; shift; run "$@" ;;
  remove) [ $# -eq 2 ] || die "usage: remove DIR"; remove "$2" ;;
  *) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
