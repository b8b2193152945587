#!/bin/bash
# Turns a Debian 12 (or Raspberry Pi OS bookworm) machine into a Haven kiosk, from this
# source checkout. Run as root. Safe to repeat: it installs only missing packages, rebuilds
# only what changed, and never replaces content staff have imported.
#
#   deploy/install.sh [--x11] [--no-enable]
#
#   --x11        run the kiosk in a plain X11 session (xinit) instead of cage + Xwayland
#   --no-enable  install everything but do not enable the kiosk session at boot
#   --help       show this help
#
# It installs the build and kiosk packages, builds build/release, installs Haven to /usr,
# sets up the user, store and trusted-keys folder (/usr/lib/haven/setup-system), installs
# the systemd units and the USB udev rule, and enables the kiosk for the next boot. It
# never starts the kiosk itself: that would take tty1 from whoever is logged in there.
# See docs/deployment.md.
set -euo pipefail
script=$(readlink -f "$0")
cd "$(dirname "$script")/.."

# The opening comment, up to the first line of code.
usage() { awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$script"; }

session=cage
enable=yes
for argument in "$@"; do
  case $argument in
    --x11) session=x11 ;;
    --no-enable) enable=no ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown option '$argument'" >&2; usage >&2; exit 2 ;;
  esac
done

if [ "$(id -u)" != 0 ]; then
  echo "install.sh: run me as root (sudo deploy/install.sh)" >&2
  exit 1
fi

# shellcheck source=deploy/packages.sh
source deploy/packages.sh
packages=("${build_packages[@]}" "${kiosk_packages[@]}")
[ "$session" = x11 ] && packages+=("${x11_packages[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install.sh: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

echo "install.sh: building build/release"
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHAVEN_BUILD_TESTS=OFF -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
cmake --build build/release --parallel "$(nproc)"
# Haven, its content and sounds, the units, the udev rule and /usr/lib/haven (HavenPackaging.cmake).
cmake --install build/release

/usr/lib/haven/setup-system

# Only where systemd and udev run (not in a chroot building an image): they pick the files
# up at boot there anyway.
if [ -d /run/systemd/system ]; then systemctl daemon-reload; fi
if udevadm control --ping >/dev/null 2>&1; then udevadm control --reload; fi

if [ "$enable" = yes ]; then
  # `systemctl enable` only makes links, so it works in a chroot too.
  if [ "$session" = x11 ]; then
    systemctl disable --quiet haven.service
    systemctl enable --quiet haven-x11.service
    kiosk=haven-x11.service
  else
    systemctl disable --quiet haven-x11.service
    systemctl enable --quiet haven.service
    kiosk=haven.service
  fi
  echo "install.sh: $kiosk is enabled; it starts at the next boot (or: systemctl start $kiosk)"
  if systemctl is-enabled --quiet display-manager.service 2>/dev/null; then
    echo "install.sh: warning: a display manager is enabled and will take the screen from the kiosk;" \
         "disable it with: systemctl disable display-manager.service" >&2
  fi
else
  echo "install.sh: installed; nothing enabled (--no-enable)"
fi

if ! compgen -G "/etc/haven/trusted-keys/*.pub" >/dev/null; then
  echo "install.sh: note: /etc/haven/trusted-keys has no key yet, so every USB pack is refused" \
       "until you add one (docs/deployment.md, \"Trusting a key\")"
fi
