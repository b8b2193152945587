#!/bin/bash
# shellcheck disable=SC2317 # the helpers are called through check()
# deploy_udev_rule: deploy/udev/90-haven-usb.rules, read by the real udev rules engine.
#
# udev 252 has no `udevadm verify`, so this runs `udevadm test` (which parses every rules
# file and shows the properties they give a device) on a block device of this machine, in
# a private mount namespace whose /run is an empty tmpfs: the rule goes into
# /run/udev/rules.d there, and nothing udevadm writes reaches the machine's own /run.
#   1. a device that looks like a USB stick (a helper rule before ours sets ID_BUS=usb and
#      ID_FS_USAGE=filesystem) gets SYSTEMD_WANTS=haven-usb-import@<kernel name>.service
#   2. the same device on a "change" event, or not on USB, gets nothing
#   3. udev says nothing about our file but that it read it (no parse error)
set -euo pipefail
rule=${1:?usage: udev-rule.sh RULE_FILE}
rule=$(readlink -f "$rule")

command -v udevadm >/dev/null || { echo "FAIL udevadm is missing (Debian package udev: deploy/packages.sh, deploy_test_packages)"; exit 1; }

# Any block device will do: the helper rule makes it look like a stick.
device=$(find /sys/class/block -mindepth 1 -maxdepth 1 | sort | head -n 1)
[ -n "$device" ] || { echo "FAIL no block device in /sys/class/block to test with"; exit 1; }
kernel=$(basename "$device")

# udevadm_test ACTION FAKE_USB(yes|no): prints udevadm test's output for $device.
udevadm_test() {
  local namespace=(unshare --mount --propagation private)
  [ "$(id -u)" = 0 ] || namespace+=(--map-root-user)
  # shellcheck disable=SC2016 # expanded by the inner shell, from its arguments
  "${namespace[@]}" bash -c '
    set -e
    mount -t tmpfs tmpfs /run
    mkdir -p /run/udev/rules.d
    if [ "$3" = yes ]; then
      echo "SUBSYSTEM==\"block\", KERNEL==\"$4\", ENV{ID_BUS}=\"usb\", ENV{ID_FS_USAGE}=\"filesystem\"" \
        > /run/udev/rules.d/89-pretend-usb-stick.rules
    fi
    cp "$1" /run/udev/rules.d/90-haven-usb.rules
    udevadm test --action="$2" "$5" 2>&1' _ "$rule" "$1" "$2" "$kernel" "$device" \
    || echo "(udevadm test --action=$1 failed with exit $?)"
}

failed=0
check() {  # check DESCRIPTION COMMAND...: one line of the report per expectation
  local description=$1; shift
  if "$@"; then echo "ok   $description"; else echo "FAIL $description"; failed=1; fi
}
has_line() { grep -qx -- "$1" <<<"$2"; }
lacks() { ! grep -q -- "$1" <<<"$2"; }

added=$(udevadm_test add yes)
check "a USB stick ($kernel) wants haven-usb-import@$kernel.service" \
  has_line "SYSTEMD_WANTS=haven-usb-import@$kernel.service" "$added"
check "udev read the rule" has_line "Reading rules file: .*/90-haven-usb.rules" "$added"
# (A copy installed on this machine is overridden by the one under test: not a complaint.)
complaints=$(grep -F "90-haven-usb.rules" <<<"$added" | grep -v -e "^Reading rules file:" -e "^Skipping overridden file" || true)
check "udev has no complaint about the rule${complaints:+: $complaints}" test -z "$complaints"
check "a change event imports nothing" lacks "haven-usb-import" "$(udevadm_test change yes)"
check "a device not on USB imports nothing" lacks "haven-usb-import" "$(udevadm_test add no)"

[ "$failed" = 0 ] || { echo "--- udevadm test output (add, USB):"; echo "$added"; }
exit "$failed"
