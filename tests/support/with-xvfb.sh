#!/usr/bin/env bash
# Runs a command on a private virtual display and passes its exit status through:
#
#   with-xvfb.sh WIDTHxHEIGHTxDEPTH COMMAND [ARGS...]
#
# Xvfb chooses a free display number itself and writes it to a pipe (-displayfd), so any
# number of these can start at the same moment: `xvfb-run -a` guesses a free number first and
# then starts the server, and two guesses made together can pick the same display, leaving
# one test to hang until its timeout. Xvfb writes the number only when it is ready, after its
# sockets exist and just before it serves clients, so there is nothing to poll for.
#
# Only the local socket is open (-nolisten tcp), and a client needs a random cookie from an
# authority file in a private folder, as with xvfb-run: other users on the machine cannot
# connect to a test's display. Xvfb is stopped when the command ends, when this script is
# interrupted (Ctrl-C reaches the command too; a signal sent to this script alone is acted on
# once the command ends, as bash waits for it), and, through the parent-death signal, when
# this script is killed outright, e.g. by a test runner's timeout.
set -euo pipefail

if [ $# -lt 2 ] || ! [[ $1 =~ ^[0-9]+x[0-9]+x[0-9]+$ ]]; then
  echo "usage: with-xvfb.sh WIDTHxHEIGHTxDEPTH COMMAND [ARGS...]" >&2
  exit 2
fi
screen=$1; shift
for tool in Xvfb xauth setpriv; do
  command -v "$tool" >/dev/null || { echo "with-xvfb.sh: $tool not found (Debian: xvfb xauth util-linux)" >&2; exit 2; }
done

private=$(mktemp -d "${TMPDIR:-/tmp}/with-xvfb.XXXXXX")
server=
# shellcheck disable=SC2317 # called by the EXIT trap
stop_server() {
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$private"
}
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# One cookie for any display number (family ffff: "wild"), since the number is not known
# before the server starts; the server reads it from -auth, clients through XAUTHORITY.
cookie=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
touch "$private/authority"
echo "ffff 0000  0000  0012 $(printf MIT-MAGIC-COOKIE-1 | od -An -tx1 | tr -d ' \n') 0010 $cookie" \
  | xauth -q -f "$private/authority" nmerge -

mkfifo "$private/display"
# -noreset: an X server resets when its last client leaves, and a client connecting during
# the reset is refused ("Failed to open display"): a test that closes its window and opens
# another at once met it.
setpriv --pdeathsig TERM Xvfb -displayfd 3 -screen 0 "$screen" -nolisten tcp -noreset -auth "$private/authority" \
  3>"$private/display" </dev/null >"$private/xvfb.log" 2>&1 &
server=$!
# Reading ends with the number, or with nothing if Xvfb exits before it is ready.
display=
read -r -t 60 display <"$private/display" || true
if ! [[ $display =~ ^[0-9]+$ ]]; then
  echo "with-xvfb.sh: Xvfb did not start:" >&2
  cat "$private/xvfb.log" >&2
  exit 2
fi

status=0
DISPLAY=:$display XAUTHORITY=$private/authority "$@" || status=$?
exit "$status"
