#!/usr/bin/env bash
# The first screen shows the clinic's welcome and every topic, legibly, at a wall screen's
# and a tablet's size, and the screenshot has exactly the scripted size.
source "$(dirname "$0")/lib.sh"

for size in 1920x1080 1280x800; do
  cat > home-$size.txt <<SCRIPT
wait 500
expect "Riverside Clinic"
expect "Sleeping well"
shot home-$size.png
SCRIPT
  rc=$(run_script home-$size.txt "$FIXTURES/basic" $size)
  [ "$rc" = 0 ] || fail "script exited $rc: $(cat home-$size.txt.err)"
  [ "$(png_size home-$size.png)" = "$size" ] || fail "screenshot is $(png_size home-$size.png), not $size"
  expect_legible home-$size.png "Riverside Clinic" "Welcome. Take your time and choose a topic." \
    "Sleeping well" "Eating together" "Money and work" "2 cards" "1 card"
done
echo "ok"
