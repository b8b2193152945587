#!/usr/bin/env bash
# CTest's floor_window_smoke: the floor program of tests/bench/run.sh still opens a window,
# reads back the colour it cleared to, and holds the window without failing.
#   floor_smoke.sh FLOOR_WINDOW_BINARY
set -euo pipefail
floor=$1
if [ -z "${DISPLAY:-}" ]; then
  exec "$(dirname "$0")/../support/with-xvfb.sh" 1920x1080x24 bash "$0" "$@"
fi
"$floor" --size 1920x1080 --info
"$floor" --size 640x480 --hold 0.5
# The drawing floor: its quad in the clear colour leaves the frame that colour (exit 1 if not).
"$floor" --size 640x480 --textured --hold 0.2
# Bad arguments are refused with the usage line, not ignored.
rc=0; "$floor" --size nonsense 2>/dev/null || rc=$?
[ "$rc" -eq 2 ] || { echo "FAIL: --size nonsense gave exit code $rc, not 2" >&2; exit 1; }
echo ok
