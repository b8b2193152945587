# shellcheck shell=bash
# Helpers shared by the benchmark scripts (run.sh, soak.sh); sourced, not run.

now_us() { local t=$EPOCHREALTIME; echo $(( 10#${t/./} )); }

# cpu_ticks PID...: utime + stime of the processes, in clock ticks (threads included).
cpu_ticks() {
  local total=0 pid t
  for pid in "$@"; do
    # Field 2 (the name) may hold spaces; count from after its closing parenthesis.
    t=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{ print $12 + $13 }') || t=0
    total=$((total + ${t:-0}))
  done
  echo $total
}

# wait_window PID NAME SECONDS: the id of a visible window named NAME, once PID's window is
# on screen; nothing if PID exits or SECONDS pass first.
wait_window() {
  local pid=$1 name=$2 deadline=$(( $(now_us) + $3 * 1000000 )) id
  while [ "$(now_us)" -lt $deadline ]; do
    kill -0 "$pid" 2>/dev/null || return 0
    id=$(xdotool search --onlyvisible --name "$name" 2>/dev/null | head -1) || true
    [ -n "$id" ] && { echo "$id"; return 0; }
    sleep 0.1
  done
}
