#!/usr/bin/env bash
# Cards read aloud and the breathing voice guide, proved by listening to what SDL's disk audio
# driver wrote (raw signed 16-bit stereo at 44.1 kHz, paced by the scripted session's virtual
# clock; tests/e2e/speech_audio.py measures it). On a copy of the bundled content with
# [sound] read_aloud = true and a card of the test's own (code 901, no help links), so what is
# spoken is known exactly:
#   1. Listen reads the card: the speech lasts as long (within 15%) as espeak-ng's own command
#      speaking its title and body in the same voice and speed (en-gb, 150 words a minute).
#   2. While it reads, the button says "Stop listening" (the script taps nothing that is not
#      there, and OCR reads the screenshot); when the reading ends, Listen comes back.
#   3. Hide screen stops the voice within one audio buffer (512 frames): the session with the
#      hide is the same session without it, sample for sample, until then, and silence after.
#   4. The breathing exercise's voice guide: over five minutes of "Calm" (in 4 s, out 6 s) one
#      spoken cue a phase, each within 15 ms of its boundary, with no drift; and they are words,
#      not the tone cues heard with the voice guide off.
#   5. Slower reads the card more slowly (115 words a minute: over 1.15 times as long).
#   6. With headphone_hint = true the first Listen shows "Others nearby may hear." and a
#      "Start listening" button, which starts the same reading; the next Listen starts at once.
E2E=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/e2e/lib.sh
source "$E2E/lib.sh"
SOUNDS=$E2E/../../assets/sounds
MEASURE=$E2E/speech_audio.py

command -v espeak-ng >/dev/null || fail "espeak-ng is not installed: apt-get install espeak-ng"
command -v tesseract >/dev/null || fail "tesseract is not installed: apt-get install tesseract-ocr"

# The bundled content, read aloud, with the test's card. No headphone hint, so Listen speaks
# at once; a second copy has the hint (test 6).
title="A card read aloud"
body="This card is short. It has three sentences in one paragraph. The kiosk reads each one aloud."
mkdir -p content && cp -r "$BUNDLED/." content/
if ! grep -q '^read_aloud = false$' content/kiosk.toml || ! grep -q '^headphone_hint = true$' content/kiosk.toml; then
  fail "the bundled kiosk.toml no longer has 'read_aloud = false' and 'headphone_hint = true' under [sound]"
fi
sed -i 's/^read_aloud = false$/read_aloud = true/; s/^headphone_hint = true$/headphone_hint = false/' content/kiosk.toml
# The schedule test 4 expects: the first rhythm, Calm, in 4 s and out 6 s with no holds.
[ "$(sed -n '/^\[\[pattern\]\]/,$p' content/breathing.toml | sed -n '2,6p' | tr -d ' ' | tr '\n' ' ')" = \
  'name="Calm" inhale=4.0 hold_in=0.0 exhale=6.0 hold_out=0.0 ' ] ||
  fail "the bundled breathing.toml's first rhythm is no longer Calm, in 4 s and out 6 s"
topic=$(sed -n 's/^id = "\(.*\)"$/\1/p' content/topics.toml | head -n 1)
if grep -q '^code = 901$' content/cards/*.md; then fail "the bundled content already has a card with code 901"; fi
cat > content/cards/read-aloud-test.md <<CARD
+++
title = "$title"
tile = "Read aloud test"
code = 901
topic = "$topic"
order = 99
summary = "A short card the read aloud test listens to."
+++
$body
CARD
mkdir -p hint && cp -r content/. hint/
sed -i 's/^headphone_hint = false$/headphone_hint = true/' hint/kiosk.toml

# Runs a script with the disk audio driver; its sound goes to NAME.raw.
listen_to() {  # listen_to NAME CONTENT
  local rc=0
  SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE="$WORK/$1.raw" SDL_DISKAUDIODELAY=0 \
    with_display "$HAVEN" --content "$2" --size 1920x1080 --script "$1.txt" >"$1.out" 2>"$1.err" || rc=$?
  [ "$rc" = 0 ] || fail "the $1 session exited $rc: $(grep -v '^CRITICAL' "$1.err")"
  [ -s "$1.raw" ] || fail "the disk audio driver wrote nothing for the $1 session"
}
# The first reading of a session (sound parted from the next by 2 s of silence): start and length.
reading() { python3 "$MEASURE" readings "$1" | sed -n "${2:-1}p"; }
at_least() { python3 -c 'import sys; sys.exit(float(sys.argv[1]) < float(sys.argv[2]))' "$1" "$2"; }

# Every card session opens the card on the keypad: 300 + 180 + 200 + 4 taps of 180 + 500 ms, so
# Listen is pressed at 1.9 s of virtual time. A tap holds the finger 80 ms, then waits 100 ms
# (core/script/script_runner.hpp): 180 ms.
open_card='wait 300
tap "Enter a code"
wait 200
tap "9"
tap "0"
tap "1"
tap "Go"
wait 500
expect "A card read aloud"'

# 1 and 2. Listen; the button says Stop listening while the card is read (about 8 s), and
# Listen comes back after: tapped again (a missing label fails the run), then stopped.
cat > usual.txt <<SCRIPT
$open_card
tap "Listen"
wait 1000
expect "Stop listening"
shot reading.png
wait 11000
tap "Listen"
wait 300
tap "Stop listening"
wait 300
SCRIPT
listen_to usual content
# Tesseract reads no words on the filled buttons (white on deep green) unless their white is
# kept alone (ocr_compare.py white-text).
python3 "$E2E/ocr_compare.py" white-text eng reading.png buttons.pgm
tesseract buttons.pgm buttons -l eng >/dev/null 2>&1 || fail "tesseract could not read buttons.pgm"
python3 "$E2E/ocr_compare.py" contains eng "Stop listening" buttons.txt ||
  fail "'Stop listening' is not legible while the card is read; OCR read: $(tr -s ' \n' '  ' < buttons.txt)"
echo "while reading, the button reads: $(tr -s ' \n' '  ' < buttons.txt)"
mapfile -t usual < <(python3 "$MEASURE" readings usual.raw)
[ "${#usual[@]}" = 2 ] ||
  fail "expected the reading, then the short one Listen started again, heard ${#usual[@]}: ${usual[*]}"
read -r _ spoken <<<"${usual[0]}"
espeak-ng -v en-gb -s 150 -w reference.wav "$title. $body"
read -r _ reference <<<"$(reading reference.wav)"
ratio=$(awk -v a="$spoken" -v b="$reference" 'BEGIN { printf "%.3f", a / b }')
echo "Listen: the card read aloud lasts $spoken s; espeak-ng -v en-gb -s 150 speaking it: $reference s (ratio $ratio)"
awk -v r="$ratio" 'BEGIN { exit !(r >= 0.85 && r <= 1.15) }' ||
  fail "the card read aloud lasts $spoken s, espeak-ng's own command $reference s: more than 15% apart"
read -r _ again <<<"${usual[1]}"
at_least 1 "$again" || fail "Listen, tapped again after the reading, was not stopped by Stop listening ($again s)"
echo "after the reading, Listen is back and reads again (stopped after $again s)"

# 3. The same session with Hide screen tapped 2 s after Listen (press to press: the Listen tap's
# 180 ms and 2000 ms), against the session without it.
cat > hide.txt <<SCRIPT
$open_card
tap "Listen"
wait 1000
expect "Stop listening"
wait 1000
tap "Hide screen"
wait 3000
SCRIPT
listen_to hide content
python3 "$MEASURE" hide usual.raw hide.raw 2.180 || fail "Hide screen did not silence the voice within one buffer"

# 5. Slower, then Listen.
cat > slower.txt <<SCRIPT
$open_card
tap "Slower"
wait 200
expect "Slower: On"
tap "Listen"
wait 15000
tap "Listen"
SCRIPT
listen_to slower content
read -r _ slow <<<"$(reading slower.raw)"
ratio=$(awk -v a="$slow" -v b="$spoken" 'BEGIN { printf "%.3f", a / b }')
echo "Slower: $slow s against $spoken s at the usual speed (ratio $ratio; 150/115 words a minute is 1.304)"
at_least "$ratio" 1.15 || fail "Slower reads the card in $slow s, the usual speed in $spoken s: not 1.15 times as long"

# 6. The headphone hint first: Listen shows it and "Start listening" (tapped: so the button did
# not say Stop listening, nothing was being read); the reading is then the whole card. A
# second Listen, the hint seen, starts at once.
cat > hinted.txt <<SCRIPT
$open_card
tap "Listen"
wait 1000
expect "Others nearby may hear."
tap "Start listening"
wait 1000
expect "Stop listening"
wait 10000
tap "Listen"
wait 300
expect "Stop listening"
tap "Stop listening"
wait 300
SCRIPT
listen_to hinted hint
mapfile -t hinted < <(python3 "$MEASURE" readings hinted.raw)
[ "${#hinted[@]}" = 2 ] || fail "expected the reading after Start listening and a second one, heard ${#hinted[@]}: ${hinted[*]}"
read -r _ after_hint <<<"${hinted[0]}"
awk -v a="$after_hint" -v b="$spoken" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= 0.02) }' ||
  fail "after the headphone hint the card lasts $after_hint s, without it $spoken s"
echo "headphone hint: \"Others nearby may hear.\" and Start listening, then the card ($after_hint s); Listen again starts at once"

# 4. The voice guide over a whole five-minute exercise, and the tones for a few breaths.
cat > guide.txt <<'SCRIPT'
wait 300
tap "Breathing exercise"
wait 200
tap "Sound"
wait 200
tap "Voice guide"
wait 200
expect "Voice guide: On"
tap "5 minutes"
wait 200
tap "Start"
wait 300000
expect "Well done."
SCRIPT
listen_to guide content
cat > tones.txt <<'SCRIPT'
wait 300
tap "Breathing exercise"
wait 200
tap "Sound"
wait 200
expect "Voice guide: Off"
tap "Start"
wait 15000
SCRIPT
listen_to tones content
python3 "$MEASURE" guide guide.raw tones.raw 4 6 300 "$SOUNDS/cue-in.wav" "$SOUNDS/cue-out.wav" ||
  fail "the voice guide is not spoken on the schedule"
echo "ok"
