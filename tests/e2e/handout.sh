#!/usr/bin/env bash
# `haven handout`: the printed page nurses keep at the desk. Every bundled card's code is on
# it beside its title, and every clinic-wide help link's QR code, drawn on its own, scans
# back (zbarimg) to exactly the address in kiosk.toml. Content with errors is refused with
# `haven check`'s report; a page that cannot be written exits 4 and leaves nothing behind.
source "$(dirname "$0")/lib.sh"

"$HAVEN" handout "$BUNDLED" --out topics.html > out.txt 2> err.txt || fail "handout exited $?: $(cat err.txt)"
[ -s topics.html ] || fail "no page written"
grep -q "^Wrote topics.html: " out.txt || fail "no summary line: $(cat out.txt)"

# What a reader sees: the page without its markup, entities decoded, on one line.
visible=$(sed -e '/<style>/,/<\/style>/d' -e 's/<[^>]*>/ /g; s/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&#39;/'"'"'/g; s/&amp;/\&/g' \
          topics.html | tr -s ' \n\t' '   ')
grep -qF "$(sed -n 's/^clinic_name *= *"\(.*\)"/\1/p' "$BUNDLED/kiosk.toml")" <<<"$visible" || fail "no clinic name"
grep -qF "Printed from Haven" <<<"$visible" || fail "no footer"

mapfile -t cards < <(ls "$BUNDLED"/cards/*.md | grep -vE '\.[a-z]{2,3}(-[a-z]+)?\.md$')
[ "${#cards[@]}" -ge 20 ] || fail "expected the bundled cards, found ${#cards[@]}"
for card in "${cards[@]}"; do
  code=$(sed -n '/^+++/,/^+++/s/^code *= *\([0-9]*\).*/\1/p' "$card" | head -n 1)
  title=$(sed -n '/^+++/,/^+++/s/^title *= *"\(.*\)"/\1/p' "$card" | head -n 1)
  grep -qF " $code $title " <<<"$visible" || fail "card $code '$title' ($card) is not on the page"
done
echo "${#cards[@]} cards listed with their codes"

# Nothing fetched when the page is opened or printed.
if grep -qiE '<script|<link|<iframe|<object|src=|href=|url\(|@import' topics.html; then
  fail "the page refers to something outside itself: $(grep -oiE '<script|<link|<iframe|<object|src=|href=|url\(|@import' topics.html | head -n 3)"
fi

# Each QR code as a file of its own (inline SVG needs the namespace to stand alone), then as
# a picture a phone would see.
perl -0777 -ne 'my $n = 0;
  while (/(<svg\b.*?<\/svg>)/gs) {
    (my $svg = $1) =~ s/<svg /<svg xmlns="http:\/\/www.w3.org\/2000\/svg" /;
    open(my $f, ">", sprintf("qr-%02d.svg", ++$n)) or die; print $f $svg; close $f;
  }' topics.html
want=$(sed -n 's/^url *= *"\(.*\)"/\1/p' "$BUNDLED/kiosk.toml")
[ -n "$want" ] || fail "the bundled kiosk.toml has no help links"
got=""
for svg in qr-*.svg; do
  [ -e "$svg" ] || fail "no QR code on the page"
  rsvg-convert --width 400 --height 400 --background-color white "$svg" > "${svg%.svg}.png" || fail "rsvg-convert cannot draw $svg"
  code=$(zbarimg --raw -q "${svg%.svg}.png" 2>/dev/null) || fail "no QR code found in $svg"
  got+="$code"$'\n'
done
[ "$want" = "${got%$'\n'}" ] || fail "expected QR codes, in order, for
$want
but a phone reads
$got"
echo "$(wc -l <<<"$want") help links scan back exactly"

# Content with errors: the same report as `haven check`, exit 1, and an older page untouched.
cp -r "$BUNDLED" broken
sed -i 's/^code *= *[0-9]*/code = "ten"/' "${cards[0]/$BUNDLED/broken}"
echo "old page" > kept.html
rc=0; "$HAVEN" check broken > check.txt || rc=$?
[ "$rc" = 1 ] || fail "haven check accepted the broken copy (exit $rc)"
rc=0; "$HAVEN" handout broken --out kept.html > out.txt 2> err.txt || rc=$?
[ "$rc" = 1 ] || fail "handout of broken content exited $rc, not 1"
grep -q ': error: ' err.txt || fail "no error reported: $(cat err.txt)"
while IFS= read -r line; do
  grep -qxF -- "$line" err.txt || fail "handout does not report '$line' as haven check does; it said: $(cat err.txt)"
done < check.txt
[ "$(cat kept.html)" = "old page" ] || fail "the older page was changed"

# Usage errors exit 2; a page that cannot be written exits 4 and leaves no temporary file.
rc=0; "$HAVEN" handout "$BUNDLED" 2> err.txt || rc=$?
[ "$rc" = 2 ] || fail "handout without --out exited $rc, not 2"
rc=0; "$HAVEN" handout /nonexistent --out x.html 2> err.txt || rc=$?
[ "$rc" = 2 ] || fail "handout of a missing folder exited $rc, not 2"
mkdir a-folder
rc=0; "$HAVEN" handout "$BUNDLED" --out a-folder 2> err.txt || rc=$?
[ "$rc" = 4 ] || fail "handout over a folder exited $rc, not 4"
grep -qF "cannot write a-folder" err.txt || fail "unclear message: $(cat err.txt)"
rc=0; "$HAVEN" handout "$BUNDLED" --out no-such-folder/topics.html 2> err.txt || rc=$?
[ "$rc" = 4 ] || fail "handout into a missing folder exited $rc, not 4"
leftovers=$(find . -maxdepth 2 -name '.*.html.*')
[ -z "$leftovers" ] || fail "temporary files left behind: $leftovers"
echo "ok"
