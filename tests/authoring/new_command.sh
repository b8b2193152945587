#!/usr/bin/env bash
# `haven new site` and `haven new card` as clinic staff use them: a new content folder that
# `haven check` passes with no error and no warning, cards added with consecutive free codes
# that keep it passing, and every refusal (a folder that is not empty, an unknown topic, no
# topics.toml, a title that is not one line of text) exiting 1 without writing anything.
#
#   new_command.sh HAVEN WORK
set -euo pipefail
HAVEN=$(readlink -f "${1:?usage: new_command.sh HAVEN WORK}")
WORK=${2:?usage: new_command.sh HAVEN WORK}
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK"

fail() { echo "FAIL: $*" >&2; exit 1; }
# run EXPECTED-EXIT NAME COMMAND...: runs COMMAND, output in NAME.out, and checks its exit code.
run() {
  local expected=$1 name=$2 rc=0; shift 2
  "$@" >"$name.out" 2>&1 || rc=$?
  echo "--- $name (exit $rc)"; cat "$name.out"
  [ "$rc" = "$expected" ] || fail "$name: exit $rc, expected $expected"
}
has() { grep -qF -- "$2" "$1.out" || fail "$1: the output does not say '$2'"; }
# A fingerprint of every file under a folder (names and contents), to see that nothing changed.
fingerprint() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
clean_check() {  # clean_check NAME CARDS: haven check passes with no error and no warning
  run 0 "$1" "$HAVEN" check site
  has "$1" "site: 0 errors, 0 warnings; 2 topics, $2 cards"
}

# A new content folder, made with its parents.
run 0 new-site "$HAVEN" new site site
for file in kiosk.toml topics.toml breathing.toml cards/example-card.md cards/another-example-card.md; do
  [ -s "site/$file" ] || fail "new site did not write $file"
done
[ "$(find site -type f | wc -l)" = 5 ] || fail "new site wrote other files: $(find site -type f)"
grep -qx 'allow_unsigned = false' site/kiosk.toml || fail "kiosk.toml has no 'allow_unsigned = false'"
grep -q '^reviewed = '"$(date +%F)"'$' site/cards/example-card.md || fail "the example card is not dated today"
clean_check check-site 2

# Two cards in one topic: consecutive free codes after the topic's example card (10).
title='Say "no" \ gently'
run 0 card-one "$HAVEN" new card site --topic example --title "$title"
has card-one "code 11"
[ -f site/cards/say-no-gently.md ] || fail "the first card is not cards/say-no-gently.md: $(ls site/cards)"
first=$(sha256sum < site/cards/say-no-gently.md)
run 0 card-two "$HAVEN" new card site --topic example --title "$title"
has card-two "code 12"
[ -f site/cards/say-no-gently-2.md ] || fail "the second card is not cards/say-no-gently-2.md: $(ls site/cards)"
[ "$(sha256sum < site/cards/say-no-gently.md)" = "$first" ] || fail "the second card changed the first"
grep -qxF 'title = "Say \"no\" \\ gently"' site/cards/say-no-gently.md || fail "the title is not escaped as TOML"
grep -qx 'code = 12' site/cards/say-no-gently-2.md || fail "the second card's file does not hold code 12"
grep -qx 'topic = "example"' site/cards/say-no-gently-2.md || fail "the second card's file does not name its topic"
grep -qx 'order = 3' site/cards/say-no-gently-2.md || fail "the second card does not come last in its topic"
grep -qx "reviewed = $(date +%F)" site/cards/say-no-gently-2.md || fail "the new card is not dated today"
# The other topic's group of ten is its own; a name from accented letters only in ASCII.
run 0 card-three "$HAVEN" new card site --topic example-two --title "Café & crème: l'été"
has card-three "code 21"
[ -f site/cards/cafe-creme-l-ete.md ] || fail "the third card is not cards/cafe-creme-l-ete.md: $(ls site/cards)"
clean_check check-cards 5
run 0 handout "$HAVEN" handout site --out handout.html
grep -qF 'no&quot; \ gently' handout.html || fail "the handout does not show the title as typed"

# Refusals: exit 1, a sentence saying why, nothing written.
before=$(fingerprint site)
run 1 site-not-empty "$HAVEN" new site site
has site-not-empty "is not empty"
run 1 unknown-topic "$HAVEN" new card site --topic nosuch --title "Anything"
has unknown-topic "no topic 'nosuch'"
has unknown-topic "example, example-two"
run 1 title-newline "$HAVEN" new card site --topic example --title $'Two\nlines'
has title-newline "control character"
run 1 title-empty "$HAVEN" new card site --topic example --title "  "
has title-empty "the title is empty"
run 1 title-bidi "$HAVEN" new card site --topic example --title $'evil\u202etxt'
has title-bidi "reorders text"
run 1 title-long "$HAVEN" new card site --topic example --title "$(printf 'x%.0s' {1..201})"
has title-long "201 characters long"
[ "$(fingerprint site)" = "$before" ] || fail "a refused command changed the folder"

mkdir -p no-topics/cards
run 1 no-topics "$HAVEN" new card no-topics --topic example --title "Anything"
has no-topics "has no topics.toml"
[ -z "$(ls no-topics/cards)" ] || fail "a card was written into a folder without topics.toml"
echo text > a-file
run 1 site-on-file "$HAVEN" new site a-file
has site-on-file "is a file"

# A broken card makes the next code uncertain: refused until it is fixed.
cp -r site broken
printf '+++\ntitle = "Broken\n+++\nText\n' > broken/cards/broken.md
run 1 broken-card "$HAVEN" new card broken --topic example --title "Anything"
has broken-card "fix them first"

# An empty folder (what Windows leaves in a new one included) is fine.
mkdir empty && touch empty/desktop.ini
run 0 site-in-empty "$HAVEN" new site empty
run 0 check-empty "$HAVEN" check empty

# Bad command lines: exit 2 (CLI11).
run 2 new-alone "$HAVEN" new
run 2 card-no-title "$HAVEN" new card site --topic example
run 2 card-no-topic "$HAVEN" new card site --title "Anything"
echo "new_command: all checks passed"
