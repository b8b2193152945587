#!/bin/bash
# shellcheck disable=SC2317 # the helpers are called through check()
# deploy_deb: `cpack -G DEB` makes a haven .deb from this build, with everything a kiosk
# needs where Debian looks for it, the computed library dependencies plus the kiosk's own,
# and the maintainer scripts. The package goes to a scratch folder, never the build tree.
set -euo pipefail
build=$(readlink -f "${1:?usage: deb-package.sh BUILD_DIR}")

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1; then
  echo "FAIL cpack -G DEB:"; cat "$out/cpack.log"; exit 1
fi
debs=("$out"/haven_*.deb)
[ -f "${debs[0]}" ] || { echo "FAIL no haven_*.deb in cpack's output:"; ls -l "$out"; exit 1; }
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

contents=$(dpkg-deb --contents "$deb")
info=$(dpkg-deb --info "$deb")
failed=0
check() {  # check DESCRIPTION COMMAND...
  local description=$1; shift
  if "$@"; then echo "ok   $description"; else echo "FAIL $description"; failed=1; fi
}
# The mode and the path of one file in the package, e.g. "-rwxr-xr-x ./usr/bin/haven".
has_file() {  # has_file MODE PATH
  awk -v mode="$1" -v path="$2" '$1 == mode && $6 == path { found = 1 } END { exit !found }' <<<"$contents"
}

check "the kiosk binary" has_file -rwxr-xr-x ./usr/bin/haven
for unit in haven.service haven-x11.service haven-usb-import@.service haven-screen-off.service \
            haven-screen-off.timer haven-screen-on.service haven-screen-on.timer; do
  check "unit $unit in /usr/lib/systemd/system" has_file -rw-r--r-- "./usr/lib/systemd/system/$unit"
done
check "the udev rules in /usr/lib/udev/rules.d" has_file -rw-r--r-- ./usr/lib/udev/rules.d/90-haven-usb.rules
for script in setup-system haven-usb-import xinitrc; do
  check "/usr/lib/haven/$script, executable" has_file -rwxr-xr-x "./usr/lib/haven/$script"
done
check "the bundled content" has_file -rw-r--r-- ./usr/share/haven/content/kiosk.toml
check "the bundled content's cards" grep -q '\./usr/share/haven/content/cards/.*\.md$' <<<"$contents"
check "the deployment guide" has_file -rw-r--r-- ./usr/share/doc/haven/deployment.md
lacks() { ! grep -q -- "$1" <<<"$2"; }
check "nothing from the build machine's /usr/local" lacks /usr/local "$contents"

depends=$(sed -n 's/^ Depends: //p' <<<"$info")
for package in cage xwayland fonts-noto-core fonts-dejavu-core libc6; do
  check "Depends names $package" grep -qE "(^|, )$package( |,|$)" <<<"$depends"
done
check "Depends has computed library dependencies (libglfw3)" grep -q 'libglfw3' <<<"$depends"
for script in postinst prerm postrm; do
  check "maintainer script $script" grep -qE "^ +[0-9]+ bytes, +[0-9]+ lines +\\* +$script " <<<"$info"
done
check "package name haven" grep -qx ' Package: haven' <<<"$info"

[ "$failed" = 0 ] || { echo "--- dpkg-deb --info:"; echo "$info"; echo "--- dpkg-deb --contents:"; echo "$contents"; }
exit "$failed"
