#!/usr/bin/env bash
# Regenerates the screenshots in docs/ from the bundled content with `haven --script`, so
# the pictures in the README are always what the kiosk really shows.
#   docs/screenshots/update.sh [BUILD_DIR]     (default: build/run, as `deploy/dev run` builds it)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
haven=$(cd "$here/../.." && pwd)/${1:-build/run}/kiosk/haven
cd "$here"
# A sound device that writes to nowhere, so the screenshots show the sound controls a kiosk
# with speakers has (without one the exercise says "Sound unavailable" instead).
export SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=/dev/null SDL_DISKAUDIODELAY=0
display() { if [ -n "${DISPLAY:-}" ]; then "$@"; else "$here/../../tests/support/with-xvfb.sh" 1920x1920x24 "$@"; fi; }
# A wall screen, a tablet, a portrait screen and a 7-inch 1024x600 panel (154 mm wide); the
# last numbers are how many 250-pixel drags bring the home screen's last tile, and then the
# breathing screen's sound controls, into view.
drags() { local i out=""; for ((i = 0; i < $1; i++)); do out+="drag 500 420 500 170 1500\nwait 500\n"; done; echo "$out"; }
for spec in 1920x1080:0:1:0 1280x800:0:2:0 1080x1920:0:1:0 1024x600:154:4:3; do
  IFS=: read -r size width_mm to_tile to_sound <<<"$spec"
  sed "s/@SIZE@/$size/g; s/@DRAGS_TO_LAST_TILE@/$(drags "$to_tile")/; s/@DRAGS_TO_SOUND@/$(drags "$to_sound")/" \
    tour.script > "/tmp/haven-tour-$size.script"
  density=()
  [ "$width_mm" = 0 ] || density=(--screen-width-mm "$width_mm")
  display "$haven" --size "$size" "${density[@]}" --script "/tmp/haven-tour-$size.script"
done

# Other languages and scripts (shaped text, right-to-left screens), on a wall screen and a
# 7-inch panel.
for spec in 1920x1080:0 1024x600:154; do
  IFS=: read -r size width_mm <<<"$spec"
  sed "s/@SIZE@/$size/g" languages.script > "/tmp/haven-languages-$size.script"
  density=()
  [ "$width_mm" = 0 ] || density=(--screen-width-mm "$width_mm")
  display "$haven" --content "$here/../../tests/fixtures/languages" --size "$size" "${density[@]}" \
    --script "/tmp/haven-languages-$size.script"
done

# Cards read aloud: the bundled content and the languages fixture, with read_aloud on (and,
# for the Urdu card, no headphone hint), on a wall screen and, in English, a 7-inch panel.
listening=$(mktemp -d)
cp -r "$here/../../content" "$listening/content"
sed -i 's/^read_aloud = false/read_aloud = true/' "$listening/content/kiosk.toml"
cp -r "$here/../../tests/fixtures/languages" "$listening/languages"
printf '\n[sound]\nread_aloud = true\n' >> "$listening/languages/kiosk.toml"
for spec in 1920x1080:0 1024x600:154; do
  IFS=: read -r size width_mm <<<"$spec"
  sed "s/@SIZE@/$size/g" listening.script > "/tmp/haven-listening-$size.script"
  density=()
  [ "$width_mm" = 0 ] || density=(--screen-width-mm "$width_mm")
  display "$haven" --content "$listening/content" --size "$size" "${density[@]}" --script "/tmp/haven-listening-$size.script"
done
sed "s/@SIZE@/1920x1080/g" listening-urdu.script > /tmp/haven-listening-urdu.script
display "$haven" --content "$listening/languages" --size 1920x1080 --script /tmp/haven-listening-urdu.script
rm -rf "$listening"

# The staff screens, on a store with two imported versions (the same steps a clinic takes:
# keygen, pin, pack, import), so the staff view shows versions and a rollback button.
staff=$(mktemp -d)
trap 'rm -rf "$staff"' EXIT
"$haven" keygen --out "$staff/clinic" > /dev/null
mkdir -p "$staff/keys" && cp "$staff/clinic.pub" "$staff/keys/"
cp -r "$here/../../content" "$staff/content"
{ echo 2468 | "$haven" pin; cat "$here/../../content/kiosk.toml"; } > "$staff/content/kiosk.toml"
"$haven" pack "$staff/content" --key "$staff/clinic.key" --out "$staff/stick1" --label "October pack" > /dev/null
"$haven" import "$staff/stick1" --store "$staff/store" --trusted-keys "$staff/keys" > /dev/null
sed -i 's/^welcome = .*/welcome = "Private, practical information. Take your time."/' "$staff/content/kiosk.toml"
# The November pack lets staff approve unsigned content (docs/updates.md).
sed -i 's/^allow_unsigned = false/allow_unsigned = true/' "$staff/content/kiosk.toml"
sleep 1  # a kiosk only takes content signed later than what it has (docs/updates.md)
"$haven" pack "$staff/content" --key "$staff/clinic.key" --out "$staff/stick2" --label "November pack" > /dev/null
"$haven" import "$staff/stick2" --store "$staff/store" --trusted-keys "$staff/keys" > /dev/null
display "$haven" --store "$staff/store" --size 1920x1080 --script staff.script

# Then a plain content folder from a stick, waiting for approval: the staff view's section,
# and the preview with its strip, on a wall screen and a 7-inch panel.
mkdir -p "$staff/stick3"
cp -r "$staff/content" "$staff/stick3/haven-content"
sed -i 's/^welcome = .*/welcome = "A quiet, private space. Take your time, and tap a topic to begin."/; s/^label = .*/label = "December: a new welcome"/' \
  "$staff/stick3/haven-content/kiosk.toml"
rc=0; "$haven" import "$staff/stick3" --store "$staff/store" --trusted-keys "$staff/keys" > /dev/null || rc=$?
[ "$rc" = 5 ] || { echo "update.sh: the unsigned import gave exit $rc, not 5" >&2; exit 1; }
sed '/@SCROLL@/d; /@SCROLL_TWICE@/d' approval.script > /tmp/haven-approval-1920x1080.script
display "$haven" --store "$staff/store" --size 1920x1080 --script /tmp/haven-approval-1920x1080.script
sed 's/1920x1080/1024x600/g; s/@SCROLL@/tap "More below"\nwait 500/; s/@SCROLL_TWICE@/tap "More below"\nwait 500\ntap "More below"\nwait 500/' approval.script \
  > /tmp/haven-approval-1024x600.script
display "$haven" --store "$staff/store" --size 1024x600 --screen-width-mm 154 --script /tmp/haven-approval-1024x600.script
