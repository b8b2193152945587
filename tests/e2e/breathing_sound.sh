#!/usr/bin/env bash
# The breathing exercise's sound: run a 5-minute exercise in a scripted session with SDL's
# disk audio driver, find the cue onsets in what was written, and check each one against the
# schedule (within 15 ms of its phase boundary, no drift over the session). Then force the
# audio to fail and check the exercise still runs, silently, saying so.
source "$(dirname "$0")/lib.sh"
ONSETS=$6

mkdir -p content && cp -r "$FIXTURES/basic/." content/
printf 'clinic_name = "Riverside Clinic"\n[sound]\nenabled = true\ndefault_volume = 0.8\nmax_volume = 1.0\n' > content/kiosk.toml
# Coherent breathing: 5.5 s in, 5.5 s out; cue times are not whole frames or milliseconds.
printf '[[pattern]]\nname = "Coherent"\ninhale = 5.5\nexhale = 5.5\ndefault_minutes = 5\n' > content/breathing.toml

cat > sound.txt <<'SCRIPT'
wait 200
tap "Breathing exercise"
wait 100
expect "Sound: On"
tap "Start"
wait 310000
expect "Well done."
SCRIPT
rc=0
SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE="$WORK/out.raw" SDL_DISKAUDIODELAY=0 \
  with_display "$HAVEN" --content content --size 1280x800 --script sound.txt > sound.out 2> sound.err || rc=$?
[ "$rc" = 0 ] || fail "the scripted exercise exited $rc: $(cat sound.err)"
[ -s out.raw ] || fail "nothing was written by the disk audio driver"

mapfile -t onsets < <("$ONSETS" out.raw 2)
cycles=$(( (300 + 5) / 11 ))          # round(300 / 11) = 27 breaths
expected=$(( cycles * 2 ))
[ "${#onsets[@]}" = "$expected" ] || fail "expected $expected cues, heard ${#onsets[@]}: ${onsets[*]}"
worst=0
for ((k = 0; k < expected; k++)); do
  want=$(awk -v k=$k -v first="${onsets[0]}" 'BEGIN { printf "%.1f", first + k * 5500 }')
  off=$(awk -v a="${onsets[k]}" -v b="$want" 'BEGIN { d = a - b; if (d < 0) d = -d; printf "%.1f", d }')
  awk -v d="$off" 'BEGIN { exit !(d <= 15) }' || fail "cue $k at ${onsets[k]} ms, its phase starts at $want ms"
  worst=$(awk -v d="$off" -v w="$worst" 'BEGIN { print (d > w ? d : w) }')
done
echo "$expected cues over 5 minutes, each within ${worst} ms of its phase boundary"

# Quick hide in the middle of an exercise silences it at once: no cue after the tap.
cat > hide.txt <<'SCRIPT'
wait 200
tap "Breathing exercise"
wait 100
tap "Start"
wait 12000
tap "Hide screen"
wait 20000
SCRIPT
rc=0
SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE="$WORK/hide.raw" SDL_DISKAUDIODELAY=0 \
  with_display "$HAVEN" --content content --size 1280x800 --script hide.txt > hide.out 2> hide.err || rc=$?
[ "$rc" = 0 ] || fail "the hide script exited $rc: $(cat hide.err)"
mapfile -t heard < <("$ONSETS" hide.raw 2)
[ "${#heard[@]}" = 3 ] || fail "expected the 3 cues before the hide (0, 5.5 and 11 s), heard ${#heard[@]}: ${heard[*]}"
echo "quick hide: 3 cues before it, none after"

# No sound device at all: the exercise runs silently and says so; nothing crashes.
cat > silent.txt <<'SCRIPT'
tap "Breathing exercise"
wait 100
expect "Sound unavailable"
tap "Start"
wait 3000
expect "Breathe in"
SCRIPT
rc=0
SDL_AUDIODRIVER=no-such-driver with_display "$HAVEN" --content content --size 1280x800 --script silent.txt \
  > silent.out 2> silent.err || rc=$?
[ "$rc" = 0 ] || fail "without sound the exercise failed ($rc): $(cat silent.err)"
grep -q "sound unavailable" silent.err || fail "no 'sound unavailable' in the log: $(cat silent.err)"
echo "ok"
