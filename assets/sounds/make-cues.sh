#!/usr/bin/env bash
# Generates the guided-breathing cue sounds, assets/sounds/cue-{in,hold,out}.wav, from scratch
# with sox (Debian: sox): plain synthesised tones, no recorded or third-party audio. A dev-time
# step: the WAVs it makes are committed, and running it again gives byte-identical files (pure
# tones, no dither, and sox writes no timestamp into a WAV header).
#
#   assets/sounds/make-cues.sh
#
# Every cue has the same envelope, so each has a clear onset and ends in true silence:
#   - attack: starts at sample 0 (no leading silence) and rises over 15 ms (quarter sine), so
#     the peak comes within ~15 ms and an onset detector finds the cue at the file's start;
#   - decay: from there the level dies away smoothly to exactly zero at the last sample, as
#     (1 - t/length)^2 (a linear fade-out over the whole length, applied twice): about -12 dB
#     halfway, -24 dB at three quarters;
#   - level: normalised so the peak sample is -12 dBFS, calm and never startling.
# The cues differ in pitch movement, length and timbre so a patient can tell them apart:
#   in    rises  A4 -> C5 (440 -> 523 Hz), 0.8 s, a warm chime (fundamental + soft overtones);
#   hold  stays  G4 (392 Hz),              0.5 s, short, plain and neutral (almost a pure sine);
#   out   falls  A4 -> E4 (440 -> 330 Hz), 0.9 s, soft and dark (fundamental + faint octave).
# Output: mono, 16-bit signed PCM, 44100 Hz WAV, each well under 100 KB (0.9 s is 79 KB).
set -euo pipefail
export LC_ALL=C
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v sox >/dev/null; then
  echo "make-cues.sh: needs sox (apt-get install sox)" >&2
  exit 1
fi

# make_cue NAME LENGTH TONES...
#   LENGTH  seconds of sound;
#   TONES   sox synth tones (one channel each; `a/b` glides exponentially from a to b Hz over
#           LENGTH), then `remix` weights mixing them into one channel.
make_cue() {
  local name=$1 length=$2
  shift 2
  local file="$here/$name.wav"
  # -D: no dither (dither is random noise and would make every run differ).
  sox -D -n -r 44100 -b 16 -c 1 -e signed-integer "$file" \
    synth "$length" "$@" \
    fade q 0.015 \
    fade t 0 -0 "$length" fade t 0 -0 "$length" \
    norm -12
  local size
  size=$(stat -c %s "$file")
  if [ "$size" -ge 102400 ]; then
    echo "make-cues.sh: $name.wav is $size bytes; keep each cue under 100 KB" >&2
    exit 1
  fi
  echo "assets/sounds/$name.wav ($size bytes)"
}

# Breathing in: a warm chime gliding up a minor third; octave and twelfth overtones, glided
# with it so the timbre stays the same.
make_cue cue-in 0.8 \
  sine 440/523.25 sine 880/1046.5 sine 1320/1569.75 \
  remix 1v0.80,2v0.16,3v0.04

# Holding: one short tone that stays put, nearly a pure sine (a trace of octave so that small
# speakers, weak at 392 Hz, still carry it).
make_cue cue-hold 0.5 \
  sine 392 sine 784 \
  remix 1v0.92,2v0.08

# Breathing out: a soft tone gliding down a fourth, with a faint octave.
make_cue cue-out 0.9 \
  sine 440/329.63 sine 880/659.26 \
  remix 1v0.90,2v0.10
