#!/bin/bash
# deploy_units_verify: `systemd-analyze verify` on every unit Haven ships, as installed.
#
# The units are checked inside a scratch root (--root), because verify also checks that
# every ExecStart program exists and every unit they name can be loaded:
#   - this build, installed with `cmake --install --prefix /usr` under DESTDIR: the real
#     haven binary, the real /usr/lib/haven scripts and the units where the .deb puts them;
#   - systemd's own units from this machine (targets such as multi-user.target);
#   - stand-ins for the programs of other packages (cage, xinit, Xorg, xset, systemctl), which the
#     .deb's Depends/Suggests bring onto a kiosk and a build machine need not have.
# systemd need not be running (it is not PID 1 in a container). Any warning fails the test:
# verify reports unknown keys and bad values as warnings and still exits 0.
set -euo pipefail
build=${1:?usage: verify-units.sh BUILD_DIR}

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
DESTDIR=$root cmake --install "$build" --prefix /usr >/dev/null
units_dir=$root/usr/lib/systemd/system
cp -a --no-clobber /lib/systemd/system/. "$units_dir/"

for program in /usr/bin/cage /usr/bin/xinit /usr/bin/Xorg /usr/bin/xset /bin/systemctl; do
  mkdir -p "$root$(dirname "$program")"
  [ -e "$root$program" ] || { printf '#!/bin/sh\nexit 0\n' > "$root$program"; chmod +x "$root$program"; }
done

failed=0
checked=0
for unit in "$units_dir"/haven*.service "$units_dir"/haven*.timer; do
  name=$(basename "$unit")
  output=$(cd "$units_dir" && systemd-analyze verify --man=no --root="$root" "$name" 2>&1) || failed=1
  if [ -n "$output" ]; then
    echo "FAIL $name:"; echo "$output"; failed=1
  else
    echo "ok   $name"
  fi
  checked=$((checked + 1))
done
# Seven units ship today (haven, haven-x11, the USB import template, two screen services,
# two timers); fewer means an install rule went missing.
if [ "$checked" -lt 7 ]; then echo "FAIL only $checked units were installed"; failed=1; fi
exit "$failed"
