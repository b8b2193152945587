#!/usr/bin/env bash
# A patient's session leaves no trace and uses no network: under strace, a scripted session
# that browses topics, opens cards, uses the keypad and the breathing exercise opens no
# socket but local (AF_UNIX) ones for the display and sound, and writes no file outside the
# display and audio plumbing (/dev, the sound server's own folders).
source "$(dirname "$0")/lib.sh"

cat > session.txt <<'SCRIPT'
wait 300
tap "Talking together"
wait 200
tap "A first conversation"
wait 500
drag 640 600 640 200 400
wait 1000
tap "Home"
tap "Enter a code"
tap "4"
tap "1"
tap "Go"
wait 300
tap "Home"
tap "Breathing exercise"
tap "Start"
wait 5000
tap "Hide screen"
wait 200
SCRIPT
mkdir -p home
rc=0
HOME="$WORK/home" with_display strace -f -qq -o trace.txt \
  -e trace=socket,connect,openat,creat,mkdir,rename,renameat,renameat2,unlink,unlinkat \
  "$HAVEN" --content "$BUNDLED" --size 1280x800 --script session.txt > out.txt 2> err.txt || rc=$?
[ "$rc" = 0 ] || fail "the session failed ($rc): $(grep '^haven:\|error' err.txt)"
# strace's own process start-up (the display wrapper, exec) is not Haven's: only lines after the exec.
grep -q 'socket(' trace.txt || fail "strace recorded nothing: $(head -5 trace.txt)"

sockets=$(grep -E ' socket\(' trace.txt | grep -v '= -1' | grep -v 'socket(AF_UNIX' || true)
[ -z "$sockets" ] || fail "a non-local socket was opened: $sockets"
connects=$(grep -E ' connect\(' trace.txt | grep -v '= -1' | grep -v 'sa_family=AF_UNIX' || true)
[ -z "$connects" ] || fail "a non-local connection was made: $connects"

writes=$(grep -E ' (openat|creat)\(' trace.txt | grep -E 'O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|creat\(' | grep -v '= -1' |
         grep -vE '"/dev/|/pulse' || true)
[ -z "$writes" ] || fail "files were opened for writing during a patient's session: $writes"
# libpulse (SDL's sound server client) makes its own config folder, ~/.config/pulse: plumbing.
changes=$(grep -E ' (mkdir|rename|renameat2?|unlink|unlinkat)\(' trace.txt | grep -v '= -1' |
          grep -vE '/pulse|"/dev/' | grep -vF "\"$WORK/home/.config\"" || true)
[ -z "$changes" ] || fail "the file system was changed during a patient's session: $changes"
echo "ok: local sockets only, nothing written"
