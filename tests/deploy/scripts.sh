#!/bin/bash
# shellcheck disable=SC2317 # the helpers are called through check()
# deploy_scripts: the deployment scripts parse, pass shellcheck, and do what they say.
#   - every script: `bash -n` / `sh -n`, and shellcheck
#   - deploy/install.sh --help, and a bad option refused
#   - deploy/cross-deb: an unknown architecture refused, and the arm64 root's package list
#     (every build package, each library as :arm64, the tools native)
#   - /usr/lib/haven/setup-system on a scratch root: creates the user, the store, the
#     trusted-keys folder, seeds the bundled content once, and never replaces what is
#     current on a second run (needs root: it chowns)
#   - /usr/lib/haven/haven-usb-import's import and unmount steps on a tmpfs standing in
#     for a stick, with a stand-in `haven` that records how it was called
set -euo pipefail
source_dir=$(readlink -f "${1:?usage: scripts.sh SOURCE_DIR}")
cd "$source_dir"

failed=0
check() {  # check DESCRIPTION COMMAND...
  local description=$1; shift
  if "$@"; then echo "ok   $description"; else echo "FAIL $description"; failed=1; fi
}

bash_scripts=(deploy/dev deploy/packages.sh deploy/install.sh deploy/setup-system deploy/haven-usb-import deploy/cross-deb
              tests/deploy/*.sh)
sh_scripts=(deploy/x11/xinitrc deploy/debian/postinst deploy/debian/prerm deploy/debian/postrm)
for script in "${bash_scripts[@]}"; do check "bash -n $script" bash -n "$script"; done
for script in "${sh_scripts[@]}"; do check "sh -n $script" sh -n "$script"; done
if command -v shellcheck >/dev/null; then
  check "shellcheck" shellcheck -x "${bash_scripts[@]}" "${sh_scripts[@]}"
else
  echo "FAIL shellcheck is not installed (Debian: shellcheck)"; failed=1
fi
for script in deploy/install.sh deploy/setup-system deploy/haven-usb-import deploy/cross-deb deploy/x11/xinitrc deploy/debian/postinst; do
  check "$script is executable" test -x "$script"
done

help=$(deploy/install.sh --help)
check "install.sh --help tells --x11 and --no-enable" grep -q -- '--x11.*--no-enable' <<<"${help//$'\n'/ }"
status=0; deploy/install.sh --no-such-option >/dev/null 2>&1 || status=$?
check "install.sh refuses an unknown option (exit 2)" test "$status" = 2
status=0; deploy/haven-usb-import import ../sda1 >/dev/null 2>&1 || status=$?
check "haven-usb-import refuses a device name that is a path (exit 2)" test "$status" = 2
status=0; deploy/cross-deb riscv64 >/dev/null 2>&1 || status=$?
check "cross-deb refuses an architecture it does not build (exit 2)" test "$status" = 2

# What the arm64 cross build installs in its root, read from Debian's Multi-Arch fields in this
# machine's apt lists (there after deploy/dev installed anything; not in every container).
if arm64_packages=$(deploy/cross-deb arm64 --packages --test 2>/dev/null); then
  # shellcheck source=deploy/packages.sh
  source deploy/packages.sh
  lost=()
  for package in "${build_packages[@]}"; do
    grep -qxF -e "$package" -e "$package:arm64" <<<"$arm64_packages" || lost+=("$package")
  done
  check "cross-deb arm64 keeps every build package${lost[*]:+ (lost: ${lost[*]})}" test ${#lost[@]} = 0
  for package in libimgui-dev:arm64 libsdl2-dev:arm64 libsodium-dev:arm64 pkg-config:arm64 cmake make \
                 fonts-noto-core crossbuild-essential-arm64 qemu-user-static; do
    check "cross-deb arm64 installs $package in its root" grep -qxF "$package" <<<"$arm64_packages"
  done
else
  echo "skip cross-deb arm64 --packages: apt-cache has no Debian lists here (apt-get update)"
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

if [ "$(id -u)" = 0 ]; then
  root=$scratch/root
  mkdir -p "$root/etc" "$root/usr/share/haven/content/cards"
  for file in passwd group shadow gshadow login.defs; do [ -e "/etc/$file" ] && cp "/etc/$file" "$root/etc/"; done
  echo "title = 'Bundled'" > "$root/usr/share/haven/content/kiosk.toml"
  echo "card" > "$root/usr/share/haven/content/cards/one.md"
  # Only haven's own entry is compared: other tests (cage-session.sh) may add a user of
  # their own to this machine while this runs.
  host_haven=$(grep '^haven:' /etc/passwd || true)

  first=$(HAVEN_ROOT=$root deploy/setup-system 2>&1)
  entry=$(grep '^haven:' "$root/etc/passwd" || true)
  check "setup-system created the system user haven, without a login shell" \
    test "$(cut -d: -f6,7 <<<"$entry")" = "/var/lib/haven-home:/usr/sbin/nologin"
  check "setup-system left the machine's own /etc/passwd alone" test "$(grep '^haven:' /etc/passwd || true)" = "$host_haven"
  uid=$(cut -d: -f3 <<<"$entry")
  store=$root/var/lib/haven
  check "the store belongs to haven" test "$(stat -c %u "$store")" = "$uid"
  check "the store lock belongs to haven (haven import opens it read-write)" test "$(stat -c %u "$store/.lock")" = "$uid"
  check "the store has versions/ and staging/" test -d "$store/versions" -a -d "$store/staging"
  check "the trusted-keys folder exists" test -d "$root/etc/haven/trusted-keys"
  check "the kiosk's home exists and belongs to root" test "$(stat -c %u "$root/var/lib/haven-home")" = 0
  check "the store is seeded: current -> versions/0-installed-with-haven" test "$(readlink "$store/current")" = versions/0-installed-with-haven
  check "the bundled content was copied whole" diff -r "$root/usr/share/haven/content" "$store/versions/0-installed-with-haven"
  check "the copy belongs to haven" test "$(stat -c %u "$store/versions/0-installed-with-haven/cards/one.md")" = "$uid"
  check "setup-system said it seeded" grep -q 'seeded' <<<"$first"

  # Staff imported a pack since; a second run (an upgrade, install.sh again) keeps it.
  mkdir "$store/versions/20260101-120000-a"
  ln -sfn versions/20260101-120000-a "$store/current"
  echo "changed" > "$root/usr/share/haven/content/cards/one.md"
  second=$(HAVEN_ROOT=$root deploy/setup-system 2>&1)
  check "a second run keeps current on the imported version" test "$(readlink "$store/current")" = versions/20260101-120000-a
  check "a second run does not copy the bundled content again" grep -qx card "$store/versions/0-installed-with-haven/cards/one.md"
  check "a second run creates no second user" test "$(grep -c '^haven:' "$root/etc/passwd")" = 1
  check "a second run is quiet" test -z "$second"
else
  echo "SKIP setup-system checks: they need root (chown)"
fi

# The USB import's steps, in a private mount namespace with a tmpfs as the stick.
cat > "$scratch/haven" <<'STUB'
#!/bin/sh
echo "$*" > "$STUB_CALLS"
exit "${STUB_EXIT:-0}"
STUB
chmod +x "$scratch/haven"
usb_step() {  # usb_step STEP [haven's exit code]: output of the step, then "status N"
  local namespace=(unshare --mount --propagation private)
  [ "$(id -u)" = 0 ] || namespace+=(--map-root-user)
  # shellcheck disable=SC2016 # expanded by the inner shell
  HAVEN_USB_MOUNT_ROOT=$scratch/usb HAVEN_BINARY=$scratch/haven STUB_CALLS=$scratch/calls STUB_EXIT=${2:-0} \
    "${namespace[@]}" bash -c '
      mkdir -p "$HAVEN_USB_MOUNT_ROOT/sdz9"
      mount -t tmpfs stick "$HAVEN_USB_MOUNT_ROOT/sdz9"
      [ "$2" = with-pack ] && mkdir "$HAVEN_USB_MOUNT_ROOT/sdz9/haven-pack"
      [ "$2" = with-content ] && mkdir "$HAVEN_USB_MOUNT_ROOT/sdz9/haven-content"
      [ "$2" = content-at-top ] && touch "$HAVEN_USB_MOUNT_ROOT/sdz9/topics.toml"
      status=0; "$1" "$3" sdz9 || status=$?
      echo "status $status"
      if mountpoint -q "$HAVEN_USB_MOUNT_ROOT/sdz9"; then echo "still mounted"; fi' \
    _ "$source_dir/deploy/haven-usb-import" "${3:-with-pack}" "$1" 2>&1 \
    || echo "(the $1 step could not run in a private mount namespace: exit $?)"
}
rm -f "$scratch/calls"
out=$(usb_step import 0 without-pack)
check "a stick without haven-pack/ or content: nothing imported, not a failure" grep -qx 'status 0' <<<"$out"
check "... and haven is not run" test ! -e "$scratch/calls"
for code in 0 1 4; do
  out=$(usb_step import "$code")
  check "haven import's exit code $code is the step's" grep -qx "status $code" <<<"$out"
done
check "haven import is called on the mount point with the store and the keys" \
  grep -qx "import $scratch/usb/sdz9 --store /var/lib/haven --trusted-keys /etc/haven/trusted-keys" "$scratch/calls"
out=$(usb_step import 1)
check "a refused pack is logged as a warning (<4>)" grep -q '^<4>refused' <<<"$out"
for layout in with-content content-at-top; do
  rm -f "$scratch/calls"
  out=$(usb_step import 5 "$layout")
  check "a stick with unsigned content ($layout) is imported, exit 5 is the step's" grep -qx "status 5" <<<"$out"
  check "... and logged as waiting for approval" grep -q "waits for staff approval" <<<"$out"
done
check "the unit counts 5 (waiting for approval) as success" \
  grep -qx "SuccessExitStatus=5" "$source_dir/deploy/systemd/haven-usb-import@.service"
out=$(usb_step unmount)
check "the unmount step unmounts the stick and succeeds" grep -qx 'status 0' <<<"$out"
not_mounted() { ! grep -q "still mounted" <<<"$1"; }
check "... leaving nothing mounted" not_mounted "$out"
check "... and removes the mount point" test ! -e "$scratch/usb/sdz9"

exit "$failed"
