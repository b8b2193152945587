#!/usr/bin/env bash
# The README's promise, proved: on an empty Debian 12 machine, `deploy/dev run` builds and
# starts the kiosk and `deploy/dev test` passes; and the .deb, installed with apt on another
# empty machine, pulls in everything the kiosk needs to start.
#
#   tests/deploy/fresh-root.sh [WORK_DIR]     (default: build/fresh-root)
#
# 1. A minimal Debian 12 root (tests/deploy/debian-root.sh: mmdebstrap's apt variant with git
#    and ca-certificates, nothing else) gets a clone of this checkout: the committed tree plus
#    any uncommitted changes to tracked files (untracked files are left out, as in a clone;
#    HAVEN_FRESH_ROOT_REVISION=HEAD takes the last commit only).
# 2. Inside it, `deploy/dev run --windowed 1280x800` installs what it needs, builds and starts
#    the kiosk, on this machine's Xvfb (the root has no X server of its own until the tests
#    install one). The live window is captured and must show the home screen.
# 3. Inside it, `deploy/dev test` installs the test packages, builds with sanitizers and runs
#    every test, on an Xvfb of the root's own (with-xvfb.sh, as on a machine without a display).
#    This is the project's test suite: deploy/dev test runs it here and nowhere else.
# 4. The .deb is made from step 2's build and installed with `apt-get install ./haven_*.deb` in a
#    second empty root, where `haven check` on the installed content and a scripted home
#    screen with the installed binary must work; then the deployed session (cage -- haven)
#    runs there too (tests/deploy/cage-session.sh as the package's `haven` user).
#
# Nothing of this machine's packages reaches the roots: they start from Debian's archive.
# Takes about 30 minutes on 2 cores, most of it building twice (Release and sanitizers) and
# running the suite; about 6 GB of disk under WORK_DIR while it runs. Needs root, mmdebstrap,
# Xvfb, xwd and netpbm here (deploy/packages.sh: fresh_root_packages) and Debian's archive.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
work=${1:-$repo/build/fresh-root}
roots=$here/debian-root.sh
dev_root=$work/dev-root
deb_root=$work/deb-root

say() { echo "fresh-root: $(date +%H:%M:%S) $*"; }
fail() { echo "fresh-root: FAIL: $*" >&2; exit 1; }

# What a failed build or install most likely lacks, from its log: the lines that name it.
explain_failure() {  # explain_failure LOG WHAT
  local log=$1 what=$2
  echo "fresh-root: FAIL: $what failed in an empty Debian 12 root." >&2
  echo "fresh-root: if it built on your machine, a package it needs is missing from deploy/packages.sh;" >&2
  echo "fresh-root: the lines that name what was missing:" >&2
  grep -E "Haven needs|Could NOT find|Could not find|No such file or directory|not found|does not exist|Unable to locate|cannot find -l|command not found|E: " "$log" \
    | grep -v '^--' | sort -u | head -20 | sed 's/^/    /' >&2 || true
  echo "fresh-root: the end of the log ($log):" >&2
  tail -n 30 "$log" | sed 's/^/    /' >&2
  exit 1
}

[ "$(id -u)" = 0 ] || fail "needs root (chroot and mounts); run it with sudo"
for tool in mmdebstrap Xvfb xwd xwdtopnm pnmtopng tesseract; do
  command -v "$tool" >/dev/null || fail "$tool is missing here (deploy/packages.sh: fresh_root_packages)"
done
mkdir -p "$work"

# --- A display of this machine's, for the roots (race-free: Xvfb picks its own number).
xvfb_pid=
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  "$roots" remove "$dev_root" 2>/dev/null || true
  "$roots" remove "$deb_root" 2>/dev/null || true
}
trap cleanup EXIT
rm -f "$work/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3> "$work/display" > "$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 300); do grep -q '^[0-9]' "$work/display" 2>/dev/null && break; sleep 0.1; done
display_number=$(head -n 1 "$work/display")
[ -n "$display_number" ] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
export DISPLAY=:$display_number

# Captures the whole display, and fails unless it shows Haven's home screen.
expect_home_screen() {  # expect_home_screen PNG
  local png=$1 colours text
  xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > "$png"
  colours=$(pngtopnm "$png" | ppmhist -noheader | wc -l)
  [ "$colours" -ge 8 ] || fail "$png is blank ($colours colours)"
  text=$(tesseract "$png" - 2>/dev/null | tr -s ' \n\t' '   ')
  grep -qE "Enter a code|nurse gave you" <<<"$text" || fail "$png does not show the home screen; OCR read: $text"
  say "$png shows the home screen ($colours colours)"
}

# --- 1. An empty root with this checkout.
say "unpacking a minimal Debian 12 root into $dev_root"
"$roots" unpack "$dev_root"
say "the root has $(chroot "$dev_root" dpkg-query -W | wc -l) packages and no compiler: $(chroot "$dev_root" sh -c 'command -v g++ cc cmake' || echo none)"
# The tree under test: HEAD, plus uncommitted changes to tracked files when there are any.
# HAVEN_FRESH_ROOT_REVISION=HEAD (or any commit) tests that instead.
revision=${HAVEN_FRESH_ROOT_REVISION:-$(git -C "$repo" stash create)}
revision=$(git -C "$repo" rev-parse "${revision:-HEAD}")
git clone --quiet --no-checkout "$repo" "$dev_root/root/haven"
git -C "$repo" push --quiet --force "$dev_root/root/haven" "$revision:refs/heads/under-test"
git -C "$dev_root/root/haven" checkout --quiet under-test
say "cloned $(git -C "$repo" rev-parse --short "$revision") into the root"

# No DISPLAY: what runs inside starts its own X server if it needs one.
inside() { HAVEN_ROOT_X11=0 "$roots" run "$dev_root" env HAVEN_INSIDE_FRESH_ROOT=1 bash -c "cd /root/haven && $1"; }

# --- A package list that forgets something fails, naming it. Here the build packages without
# libmd4c-html0 (the one Debian's libmd4c-dev needs but does not pull in); step 2 then adds it.
say "the build packages without libmd4c-html0: configuring must fail and name it"
# shellcheck disable=SC2016 # expanded inside the root
inside 'source deploy/packages.sh
  wanted=(); for p in "${build_packages[@]}"; do [ "$p" = libmd4c-html0 ] || wanted+=("$p"); done
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${wanted[@]}" > /dev/null
  ! cmake -S . -B /tmp/without-md4c-html -DHAVEN_BUILD_TESTS=OFF' > "$work/missing-package.log" 2>&1 \
  || fail "configuring without libmd4c-html0 did not fail as it should; see $work/missing-package.log"
grep -q "Debian package libmd4c-html0" "$work/missing-package.log" \
  || fail "configuring without libmd4c-html0 failed without naming the package; see $work/missing-package.log"
say "it failed with: $(grep -m1 'Haven needs' "$work/missing-package.log")"

# --- 2. deploy/dev run: install, build, start.
say "deploy/dev run (installs the build packages, builds, starts the kiosk)"
# exec all the way down: the kiosk becomes this process, so the SIGTERM below reaches it as
# systemd's would.
HAVEN_ROOT_X11=1 "$roots" run "$dev_root" env HAVEN_INSIDE_FRESH_ROOT=1 DISPLAY="$DISPLAY" \
  bash -c "cd /root/haven && exec deploy/dev run --windowed 1280x800" > "$work/dev-run.log" 2>&1 &
run_pid=$!
# The build takes minutes; the kiosk's window appears when it is up.
for _ in $(seq 1 1800); do
  kill -0 "$run_pid" 2>/dev/null || { wait "$run_pid" || true; explain_failure "$work/dev-run.log" "deploy/dev run"; }
  xwininfo -name Haven >/dev/null 2>&1 && break
  sleep 1
done
xwininfo -name Haven >/dev/null 2>&1 || fail "no Haven window after 30 minutes; see $work/dev-run.log"
sleep 3  # the first frames
kill -0 "$run_pid" 2>/dev/null || explain_failure "$work/dev-run.log" "the kiosk started by deploy/dev run"
expect_home_screen "$work/dev-run-home.png"
[ "$(cat "/proc/$run_pid/comm")" = haven ] || fail "process $run_pid is $(cat "/proc/$run_pid/comm"), not the kiosk"
kill -TERM "$run_pid"
rc=0; wait "$run_pid" || rc=$?
[ "$rc" = 0 ] || fail "the kiosk did not exit cleanly on SIGTERM (exit $rc); see $work/dev-run.log"
say "deploy/dev run built and started the kiosk, which showed its home screen and stopped cleanly"

# --- 3. deploy/dev test: every test, inside the empty root.
say "deploy/dev test (installs the test packages, builds with sanitizers, runs every test)"
inside "deploy/dev test" > "$work/dev-test.log" 2>&1 || explain_failure "$work/dev-test.log" "deploy/dev test"
grep -E "tests passed|tests failed" "$work/dev-test.log" | tail -n 1 | sed 's/^/fresh-root: /'
# The .deb of step 2's build, for step 4 (cpack needs dpkg-dev and file: test packages).
inside "cd build/run && cpack -G DEB > /dev/null && ls haven_*.deb" > "$work/cpack.log" 2>&1 \
  || explain_failure "$work/cpack.log" "cpack -G DEB"
deb=$(tail -n 1 "$work/cpack.log")
cp "$dev_root/root/haven/build/run/$deb" "$work/"
say "made $deb"

"$roots" remove "$dev_root"

# --- 4. The .deb on a second empty root.
say "installing $deb on a fresh empty root"
"$roots" unpack "$deb_root"
cp "$work/$deb" "$deb_root/root/"
in_deb_root() { HAVEN_ROOT_X11=1 "$roots" run "$deb_root" env DISPLAY="$DISPLAY" bash -c "cd /root && $1"; }
in_deb_root "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ./$deb" \
  > "$work/deb-install.log" 2>&1 || explain_failure "$work/deb-install.log" "apt-get install ./$deb"
in_deb_root "haven check /usr/share/haven/content" > "$work/deb-check.log" 2>&1 \
  || explain_failure "$work/deb-check.log" "haven check /usr/share/haven/content (installed)"
cat > "$deb_root/root/home.script" <<'SCRIPT'
wait 500
expect "Enter a code"
shot /root/home.png
SCRIPT
in_deb_root "haven --script home.script --size 1280x800" > "$work/deb-script.log" 2>&1 \
  || explain_failure "$work/deb-script.log" "a scripted home screen with the installed haven"
cp "$deb_root/root/home.png" "$work/deb-home.png"
text=$(tesseract "$work/deb-home.png" - 2>/dev/null | tr -s ' \n\t' '   ')
grep -qE "Enter a code|nurse gave you" <<<"$text" || fail "the installed kiosk's home screen is not legible; OCR read: $text"
say "the installed .deb checks its content and draws its home screen ($work/deb-home.png)"

# The deployed session: haven.service's own command line, cage -- haven --store /var/lib/haven,
# as the `haven` user the package made. Only the test's own tools are added (the capture and
# OCR); cage and Xwayland must have come with the .deb.
cp "$here/cage-session.sh" "$deb_root/root/"
in_deb_root "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends grim tesseract-ocr tesseract-ocr-eng" \
  > "$work/deb-cage-tools.log" 2>&1 || explain_failure "$work/deb-cage-tools.log" "installing grim and tesseract"
in_deb_root "./cage-session.sh /usr/bin/haven --store /var/lib/haven --out /root/cage" > "$work/deb-cage.log" 2>&1 \
  || explain_failure "$work/deb-cage.log" "the cage session (cage -- haven --store /var/lib/haven)"
cp "$deb_root/root/cage/home.png" "$work/deb-cage-home.png"
say "cage -- haven from the .deb shows the home screen ($work/deb-cage-home.png)"

echo "fresh-root: ok"
