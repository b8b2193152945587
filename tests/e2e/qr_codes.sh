#!/usr/bin/env bash
# Every further-help link of every bundled card, opened by its code on the keypad as a
# nurse would suggest, shows a QR code that a phone decodes back to exactly that address,
# at a wall screen's and a tablet's size. Read back with zbarimg from the screenshots.
source "$(dirname "$0")/lib.sh"

mapfile -t cards < <(ls "$BUNDLED"/cards/*.md | grep -vE '\.[a-z]{2,3}(-[a-z]+)?\.md$')
[ "${#cards[@]}" -ge 20 ] || fail "expected the bundled cards, found ${#cards[@]}"

for size in 1920x1080 1280x800; do
  # Slow swipes of a third of the screen, as someone reading on would scroll (little
  # inertia), one for each help link: each code is whole in at least one shot.
  height=${size#*x}
  swipe="drag 640 $((height - 220)) 640 $((height * 2 / 3 - 220)) 700"  # above the pager
  script=qr-$size.txt
  : > "$script"
  first=1
  for card in "${cards[@]}"; do
    code=$(sed -n 's/^code *= *\([0-9]*\).*/\1/p' "$card" | head -n 1)
    {
      [ $first = 1 ] || echo 'tap "Home"'
      first=0
      echo 'tap "Enter a code"'
      for ((i = 0; i < ${#code}; i++)); do echo "tap \"${code:i:1}\""; done
      echo 'tap "Go"'
      echo 'wait 200'
      echo "expect \"Code $code\""
      echo "shot card-$code-$size-0.png"
      links=$(grep -c '^url *=' "$card")
      for ((step = 1; step <= links; step++)); do
        echo "$swipe"
        echo 'wait 1200'
        echo "shot card-$code-$size-$step.png"
      done
    } >> "$script"
  done
  rc=$(run_script "$script" "$BUNDLED" $size)
  [ "$rc" = 0 ] || fail "script exited $rc: $(cat $script.err)"

  for card in "${cards[@]}"; do
    code=$(sed -n 's/^code *= *\([0-9]*\).*/\1/p' "$card" | head -n 1)
    want=$(sed -n '/^+++/,/^+++/s/^url *= *"\(.*\)"/\1/p' "$card" | sort -u)
    # zbarimg exits 4 when an image holds no code (a scrolled shot may have none).
    got=$( (zbarimg --raw -q card-$code-$size-*.png || true) 2>/dev/null | sort -u)
    [ -n "$want" ] || fail "$card has no help link"
    [ "$want" = "$got" ] || fail "card $code at $size: expected QR codes for
$want
but a phone reads
$got"
  done
  echo "$size: ${#cards[@]} cards, every help link scans back exactly"
done
echo "ok"
