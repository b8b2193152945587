#!/usr/bin/env bash
# A deployed kiosk (`haven --store`) and `haven import` together: a signed pack imported while
# the kiosk runs is picked up live, a tampered one is refused while the kiosk keeps its
# content, the result shows on screen for staff, and the staff view rolls back.
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

if [ -z "${DISPLAY:-}" ]; then
  exec "$WITH_XVFB" 1280x1024x24 bash "$0" "$@"
fi

# Two versions of the fixture content, both with a staff PIN (2468), signed by a trusted key.
mkdir -p keys store
"$HAVEN" keygen --out clinic > /dev/null
cp clinic.pub keys/
make_version() {  # make_version DIR
  cp -r "$FIXTURES/basic" "$1"
  { echo 2468 | "$HAVEN" pin; cat "$FIXTURES/basic/kiosk.toml"; } > "$1/kiosk.toml"
}
make_version first
make_version second
printf '\n[[topic]]\nid = "walks"\ntitle = "Short walks"\norder = 4\n' >> second/topics.toml
printf '+++\ntitle = "A walk a day"\ncode = 41\ntopic = "walks"\n+++\nGently.\n' > second/cards/walks.md
"$HAVEN" pack first --key clinic.key --out stick1 --label "First" > /dev/null
sleep 1  # signed a second later: a kiosk only takes content signed later than what it has
"$HAVEN" pack second --key clinic.key --out stick2 --label "Second" > /dev/null
import() { "$HAVEN" import "$1" --store store --trusted-keys keys > "import-$1.out" 2>&1; }
import stick1 || fail "the first import failed: $(cat import-stick1.out)"
first=$(readlink store/current)

"$HAVEN" --store store --windowed 800x600 2> live.err &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
wait_for_log() {  # wait_for_log TEXT COUNT: until TEXT appears COUNT times in the log
  for _ in $(seq 150); do
    [ "$(grep -cF -- "$1" live.err)" -ge "$2" ] && return 0
    sleep 0.1
  done
  fail "waited 15 s for '$1' x$2 in the log: $(cat live.err)"
}
wait_for_log "showing 3 topics and 4 cards" 1

# Imported while the kiosk runs: the new version is shown without a restart.
import stick2 || fail "the second import failed: $(cat import-stick2.out)"
wait_for_log "showing 4 topics and 5 cards" 1
second=$(readlink store/current)
[ "$second" != "$first" ] || fail "current did not move on import"

# A tampered copy of the pack shown is refused as a damaged stick (exit 1); the kiosk keeps
# showing the second version. (A copy of the first pack would be refused for its age alone.)
cp -r stick2 stick3
echo "Changed on the stick." >> stick3/haven-pack/cards/sleep-naps.md
rc=0; import stick3 || rc=$?
[ "$rc" = 1 ] || fail "a tampered pack gave exit $rc, not 1: $(cat import-stick3.out)"
grep -q "^Refused: this stick is damaged" import-stick3.out || fail "not refused as damaged: $(cat import-stick3.out)"
[ "$(readlink store/current)" = "$second" ] || fail "a refused import moved current"
sleep 1
[ "$(grep -c "showing" live.err)" = 2 ] || fail "the kiosk reloaded after a refused import: $(cat live.err)"
kill -0 $pid || fail "haven died: $(cat live.err)"
kill -TERM $pid; wait $pid || fail "haven did not exit cleanly"
trap - EXIT

# The staff view opened as staff open it: a long press in the corner, then the PIN 2468.
open_staff_view() { printf '%s\n' 'hold 10 10 3500' 'wait 200' 'tap "2"' 'tap "4"' 'tap "6"' 'tap "8"' 'tap "OK"' 'wait 300'; }

# What staff see within half a minute of the refusal, then the staff view's rollback.
{ printf '%s\n' 'wait 300' 'expect "Content update refused; nothing was changed."' 'shot banner.png'
  open_staff_view
  cat <<'SCRIPT'
expect "Now showing: Second"
expect "First"
shot staff.png
tap "Go back to this version"
wait 300
expect "Show this version to patients now"
tap "Yes, go back"
wait 300
expect "Now showing version"
expect "Now showing: First"
SCRIPT
} > staff.script
"$HAVEN" --store store --script staff.script --size 1280x800 > staff.out 2>&1 || fail "staff script failed: $(cat staff.out)"
[ "$(readlink store/current)" = "$first" ] || fail "the staff view's rollback did not switch current back to $first"
grep -q "Refused" store/last-import-report.txt || fail "the last report is not the refusal: $(cat store/last-import-report.txt)"
expect_legible banner.png "Content update refused"

# An import killed just before its switch left a report claiming success (it is written
# ahead of the switch) and a status naming a version never shown: the staff view says what
# really happened, never "Imported".
printf 'state = "running"\ndone = 1\ntotal = 1\nmessage = "Switching the kiosk to the new content"\nversion = "20990101-000000-never-shown"\n' \
  > store/import-status
printf 'Imported "Third" as version 20990101-000000-never-shown; the kiosk shows it now.\n' > store/last-import-report.txt
{ echo 'wait 300'
  open_staff_view
  printf '%s\n' 'tap "More below"' 'wait 300' 'expect "The import stopped part-way; the kiosk still shows its previous content."'
} > interrupted.script
"$HAVEN" --store store --script interrupted.script --size 1280x800 > interrupted.out 2>&1 ||
  fail "the staff view does not tell the truth about an interrupted import: $(cat interrupted.out)"
! grep -q "Imported \"Third\"" interrupted.out || fail "the staff view claims the interrupted import"
echo "ok"
