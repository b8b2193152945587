#!/usr/bin/env bash
# The command line: --help explains every option; without a display Haven says so in one
# clear line and exits 3; bad values are refused with exit 2.
source "$(dirname "$0")/lib.sh"

"$HAVEN" --help > help.txt || fail "--help exited non-zero"
for option in --content --windowed --script --size; do
  grep -qF -- "$option" help.txt || fail "--help does not explain $option"
done

rc=0; env -u DISPLAY -u WAYLAND_DISPLAY "$HAVEN" > out.txt 2> err.txt || rc=$?
[ "$rc" = 3 ] || fail "without a display haven exited $rc, not 3"
[ "$(wc -l < err.txt)" = 1 ] || fail "expected one line on stderr, got: $(cat err.txt)"
grep -qi "display" err.txt || fail "the message does not mention the display: $(cat err.txt)"

rc=0; "$HAVEN" --windowed 12x 2> err.txt || rc=$?
[ "$rc" = 2 ] || fail "--windowed 12x exited $rc, not 2"
rc=0; "$HAVEN" --content /nonexistent 2> err.txt || rc=$?
[ "$rc" = 2 ] || fail "--content /nonexistent exited $rc, not 2"
echo "ok"
