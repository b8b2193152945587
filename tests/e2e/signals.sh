#!/usr/bin/env bash
# The live kiosk ends cleanly, with exit code 0, within one second of SIGTERM or SIGINT,
# even while it sleeps waiting for events.
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

stop_with() {
  local sig=$1
  "$HAVEN" --content "$FIXTURES/basic" --windowed 800x600 2> live.err &
  local pid=$!
  sleep 2   # started and idle, asleep in glfwWaitEvents
  kill -0 "$pid" 2>/dev/null || fail "haven exited before $sig: $(cat live.err)"
  local start; start=$(date +%s%N)
  kill -"$sig" "$pid"
  local rc=0; wait "$pid" || rc=$?
  local ms=$(( ($(date +%s%N) - start) / 1000000 ))
  [ "$rc" = 0 ] || fail "after SIG$sig haven exited $rc: $(cat live.err)"
  [ "$ms" -le 1000 ] || fail "haven took ${ms} ms to stop after SIG$sig"
  echo "SIG$sig: stopped in ${ms} ms"
}

if [ -z "${DISPLAY:-}" ]; then
  exec "$WITH_XVFB" 1280x1024x24 bash "$0" "$@"
fi
stop_with TERM
stop_with INT
echo "ok"
