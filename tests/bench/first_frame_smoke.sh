#!/usr/bin/env bash
# CTest's first_frame_smoke: `haven --bench-first-frame` (the switch tests/bench times exec to
# the first frame a patient sees with) starts the live kiosk, shows one frame and exits 0 at
# once, rather than running on; and it cannot be mixed with a scripted run.
#   first_frame_smoke.sh HAVEN_BINARY CONTENT_DIR
set -euo pipefail
haven=$1
content=$2
if [ -z "${DISPLAY:-}" ]; then
  exec "$(dirname "$0")/../support/with-xvfb.sh" 1920x1080x24 bash "$0" "$@"
fi
export SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=/dev/null  # a sound device, as on a kiosk, writing to nowhere
# Leaks are not checked here: exiting straight after the first swap leaves two 56-byte blocks of
# Mesa's, allocated in its driver (already unloaded when LeakSanitizer looks, so no library
# name to suppress). The live kiosk's own exit is leak-checked by tests/soak and the e2e tests.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
start=$(date +%s)
timeout 30 "$haven" --content "$content" --bench-first-frame > out.txt 2>&1 ||
  { echo "FAIL: --bench-first-frame did not exit 0 within 30 s: $(cat out.txt)" >&2; exit 1; }
grep -q "showing .* topics" out.txt || { echo "FAIL: no content shown: $(cat out.txt)" >&2; exit 1; }
echo "first frame shown and exited in $(( $(date +%s) - start )) s"
printf 'wait 100\n' > one.script
rc=0; "$haven" --content "$content" --script one.script --bench-first-frame > /dev/null 2>&1 || rc=$?
[ "$rc" -eq 2 ] || { echo "FAIL: --bench-first-frame with --script gave exit code $rc, not 2" >&2; exit 1; }
echo ok
