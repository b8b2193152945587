#!/usr/bin/env bash
# Tapping a topic by its label opens its cards; Home goes back. The screenshots show it.
source "$(dirname "$0")/lib.sh"

cat > nav.txt <<'SCRIPT'
tap "Sleeping well"
wait 200
expect "Evening routine"
shot topic.png
tap "Home"
wait 200
expect "Money and work"
shot home.png
SCRIPT
rc=$(run_script nav.txt "$FIXTURES/basic" 1280x800)
[ "$rc" = 0 ] || fail "script exited $rc: $(cat nav.txt.err)"
expect_legible topic.png "Sleeping well" "Evening routine" "calm hour before bed." "Short rests"
text=$(read_screen topic.png)
grep -qF "Money and work" <<<"$text" && fail "the topic screen still shows the home tiles: $text"
expect_legible home.png "Money and work" "Eating together"

# Tapping by coordinates: the centre of the first tile at 1280x800 (first row, first column).
cat > tap-xy.txt <<'SCRIPT'
tap 200 230
wait 200
expect "Evening routine"
SCRIPT
rc=$(run_script tap-xy.txt "$FIXTURES/basic" 1280x800)
[ "$rc" = 0 ] || fail "tap X Y did not open the topic: $(cat tap-xy.txt.err)"
echo "ok"
