#!/usr/bin/env bash
# `haven check` decodes every recording as the kiosk would play it: a card's own recording
# (each language its own) of at most 10 minutes, breathing prompts of at most 10 s, and the
# background track of any length. One that cannot be decoded or runs too long is an error on
# the file that names it, and check exits 1. The template's commented [voice] example works
# once its # signs are removed.
#
#   check_recordings.sh HAVEN WORK
#
# tests/fixtures/audio/tone-1s.ogg (Ogg Vorbis, 1 s, 3 kB) was made with
#   sox -n -r 8000 -c 1 tone-1s.ogg synth 1 sine 440 fade 0.05 1 0.05
# The WAV files are written here, as long as each case needs.
set -euo pipefail
FIXTURES=$(dirname "$(readlink -f "$0")")/../fixtures
HAVEN=$(readlink -f "${1:?usage: check_recordings.sh HAVEN WORK}")
WORK=${2:?usage: check_recordings.sh HAVEN WORK}
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK"

fail() { echo "FAIL: $*" >&2; exit 1; }
# run EXPECTED-EXIT NAME COMMAND...: runs COMMAND, output in NAME.out, and checks its exit code.
run() {
  local expected=$1 name=$2 rc=0; shift 2
  "$@" >"$name.out" 2>&1 || rc=$?
  echo "--- $name (exit $rc)"; cat "$name.out"
  [ "$rc" = "$expected" ] || fail "$name: exit $rc, expected $expected"
}
# has NAME REGEX: a line of NAME.out matches (extended regular expression).
has() { grep -qE -- "$2" "$1.out" || fail "$1: no line matches '$2'"; }

# Little-endian integers, as a WAV header holds them.
# (The escapes are built as the format: printf turns \xHH into a byte only there.)
# shellcheck disable=SC2059
le16() { printf "\\x$(printf %02x $(($1 & 255)))\\x$(printf %02x $((($1 >> 8) & 255)))"; }
le32() { le16 $(($1 & 65535)); le16 $((($1 >> 16) & 65535)); }
# wav FILE SECONDS: silence, 8-bit mono PCM at 8 kHz (8000 bytes a second).
wav() {
  local bytes=$(($2 * 8000))
  { printf 'RIFF'; le32 $((36 + bytes)); printf 'WAVEfmt '; le32 16; le16 1; le16 1; le32 8000; le32 8000; le16 1; le16 8
    printf 'data'; le32 "$bytes"; head -c "$bytes" /dev/zero | tr '\0' '\200'; } > "$1"
}

# A clean site whose every recording is good: each at its limit or under it.
run 0 new-site "$HAVEN" new site site
mkdir site/audio site/i18n
cp "$FIXTURES/audio/tone-1s.ogg" site/audio/card.ogg
cp "$FIXTURES/audio/tone-1s.ogg" site/audio/breathe-in.ogg
wav site/audio/card-cy.wav 600      # exactly 10 minutes
wav site/audio/hold.wav 2
wav site/audio/breathe-out.wav 10   # exactly 10 s
wav site/audio/sea.wav 30           # a background track has no length limit
sed -i '/^summary = /a audio = "audio/card.ogg"' site/cards/example-card.md
printf '+++\ntitle = "Cerdyn enghreifftiol"\naudio = "audio/card-cy.wav"\nreviewed = %s\nsources = ["Enghraifft"]\n+++\nTestun.\n' \
  "$(date +%F)" > site/cards/example-card.cy.md
printf 'hide_screen = "Cuddio"\n' > site/i18n/cy.toml
sed -i -e 's|^# ambient = .*|ambient = "audio/sea.wav"|' -e 's|^# \[voice\]$|[voice]|' \
  -e 's|^# breathe_in = .*|breathe_in = "audio/breathe-in.ogg"|' -e 's|^# hold = .*|hold = "audio/hold.wav"|' \
  -e 's|^# breathe_out = .*|breathe_out = "audio/breathe-out.wav"|' site/breathing.toml
grep -qxF 'audio = "audio/card.ogg"' site/cards/example-card.md || fail "the card does not name its recording"
for line in 'ambient = "audio/sea.wav"' '[voice]' 'breathe_in = "audio/breathe-in.ogg"' 'hold = "audio/hold.wav"' \
            'breathe_out = "audio/breathe-out.wav"'; do
  grep -qxF "$line" site/breathing.toml || fail "the breathing.toml template has no commented '$line' to use"
done
run 0 good "$HAVEN" check site
has good '^site: 0 errors, 0 warnings; 2 topics, 2 cards \(\+1 translation\)'

# broken CASE: a copy of the good site to break.
broken() { rm -rf "$1" && cp -r site "$1"; }

# Random bytes after an Ogg page's signature: the kind is right, the sound is not.
broken corrupt
{ printf 'OggS'; head -c 4000 /dev/urandom; } > corrupt/audio/card.ogg
run 1 corrupt "$HAVEN" check corrupt
has corrupt "^cards/example-card\.md: error: 'audio/card\.ogg' cannot be decoded: ."
has corrupt '^corrupt: 1 error, 0 warnings'

broken long-prompt
wav long-prompt/audio/hold.wav 12
run 1 long-prompt "$HAVEN" check long-prompt
has long-prompt "^breathing\.toml: error: 'audio/hold\.wav' lasts 12\.0 s; a breathing prompt may last at most 10 s$"
has long-prompt '^long-prompt: 1 error, 0 warnings'

broken long-card
wav long-card/audio/card-cy.wav 601
run 1 long-card "$HAVEN" check long-card
has long-card "^cards/example-card\.cy\.md: error: 'audio/card-cy\.wav' lasts 10 min 1 s; a card's recording may last at most 10 minutes$"
has long-card '^long-card: 1 error, 0 warnings'

# A background track only has to play; a broken one is reported too.
broken bad-ambient
{ printf 'RIFF\x24\0\0\0WAVE'; head -c 2000 /dev/urandom; } > bad-ambient/audio/sea.wav
run 1 bad-ambient "$HAVEN" check bad-ambient
has bad-ambient "^breathing\.toml: error: 'audio/sea\.wav' cannot be decoded: ."
has bad-ambient '^bad-ambient: 1 error, 0 warnings'

# The recording is checked wherever it is named: a broken one named twice, reported twice.
broken shared
{ printf 'OggS'; head -c 4000 /dev/urandom; } > shared/audio/breathe-in.ogg
sed -i 's|^audio = .*|audio = "audio/breathe-in.ogg"|' shared/cards/example-card.md
run 1 shared "$HAVEN" check shared
has shared "^cards/example-card\.md: error: 'audio/breathe-in\.ogg' cannot be decoded"
has shared "^breathing\.toml: error: 'audio/breathe-in\.ogg' cannot be decoded"
has shared '^shared: 2 errors, 0 warnings'
echo "check_recordings: all checks passed"
