#!/usr/bin/env bash
# The live kiosk as a patient meets it: it fills the primary monitor, once started it sleeps
# while nobody touches it (a busy loop would use a whole core), and it starts no other program
# (SDL's sound would have libdbus fork to launch a session bus: main.cpp).
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

if [ -z "${HAVEN_E2E_OWN_DISPLAY:-}" ]; then
  # A display of our own, of a size no default would match.
  HAVEN_E2E_OWN_DISPLAY=1 exec "$WITH_XVFB" 1600x900x24 bash "$0" "$@"
fi

# A dbus-launch of our own on the PATH, which libdbus tries where the system has none: it
# leaves a mark if anything runs it. (Where /usr/bin/dbus-launch exists it goes first, and
# this cannot tell.)
mkdir -p fake-bin
printf '#!/bin/sh\ntouch "%s/dbus-launch-ran"\nexit 1\n' "$PWD" > fake-bin/dbus-launch
chmod +x fake-bin/dbus-launch
rm -f dbus-launch-ran
env -u DBUS_SESSION_BUS_ADDRESS PATH="$PWD/fake-bin:$PATH" "$HAVEN" --content "$FIXTURES/basic" 2> live.err &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
sleep 2
kill -0 "$pid" 2>/dev/null || fail "haven exited early: $(cat live.err)"

geometry=$(xwininfo -name Haven)
grep -q "Width: 1600" <<<"$geometry" || fail "the window is not the monitor's width: $geometry"
grep -q "Height: 900" <<<"$geometry" || fail "the window is not the monitor's height: $geometry"
grep -q "Absolute upper-left X:  0" <<<"$geometry" || fail "the window is not at the left edge: $geometry"
grep -q "Absolute upper-left Y:  0" <<<"$geometry" || fail "the window is not at the top: $geometry"

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)
before=$(cpu_ticks $pid); sleep 4; after=$(cpu_ticks $pid)
percent=$(( (after - before) * 100 / (4 * hz) ))
echo "idle CPU: ${percent}% of a core over 4 s"
# Generous: this proves the loop sleeps rather than spins, it is not a speed target.
[ "$percent" -le 15 ] || fail "the idle kiosk used ${percent}% of a core"

[ ! -e dbus-launch-ran ] || fail "the kiosk ran dbus-launch (libdbus autolaunching a session bus)"

kill -TERM $pid; wait $pid || fail "haven did not exit cleanly"
trap - EXIT
echo "ok"
