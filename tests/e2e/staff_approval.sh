#!/usr/bin/env bash
# Unsigned content, approved on the kiosk by staff (issue 16): a plain content folder copied
# onto a stick from any computer is checked and kept waiting (exit 5) while patients keep
# what they see; staff open the staff view (corner, PIN), preview it exactly as a patient
# would with the preview strip, end the preview and publish it; `current` is then the new
# content and history.log says it was authorised by the staff PIN. A kiosk that does not
# allow unsigned content refuses it (exit 1) and says how to allow it; a broken folder is
# never made to wait; a wrong PIN never reaches Publish.
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

mkdir -p keys
"$HAVEN" keygen --out clinic > /dev/null
cp clinic.pub keys/
# The fixture content with the staff PIN 2468 and the clinic's choice about unsigned content.
make_content() {  # make_content DIR true|false
  mkdir -p "$(dirname "$1")"
  cp -r "$FIXTURES/basic" "$1"
  { echo 2468 | "$HAVEN" pin; cat "$FIXTURES/basic/kiosk.toml"; printf '\n[updates]\nallow_unsigned = %s\n' "$2"; } \
    > "$1/kiosk.toml"
}
import() {  # import STICK: the exit code, the output in import-STICK.out
  local rc=0
  "$HAVEN" import "$1" --store store --trusted-keys keys > "import-$1.out" 2>&1 || rc=$?
  echo "$rc"
}

# 1. A kiosk whose content does not allow it: a plain folder is refused, even one whose own
#    kiosk.toml says yes, and the report says how a clinic can allow it.
make_content closed false
"$HAVEN" pack closed --key clinic.key --out signed1 --label "Closed" > /dev/null
[ "$(import signed1)" = 0 ] || fail "the signed import failed: $(cat import-signed1.out)"
make_content plain1/haven-content true
printf '\n[[topic]]\nid = "walks"\ntitle = "Short walks"\norder = 4\n' >> plain1/haven-content/topics.toml
printf '+++\ntitle = "A walk a day"\ncode = 41\ntopic = "walks"\n+++\nA short walk, at your own pace, can help.\n' \
  > plain1/haven-content/cards/walks.md
rc=$(import plain1)
[ "$rc" = 1 ] || fail "unsigned content on a closed kiosk gave exit $rc, not 1: $(cat import-plain1.out)"
grep -q "allow_unsigned = true" import-plain1.out || fail "the refusal does not say how to allow it: $(cat import-plain1.out)"
[ ! -d store/pending ] || [ -z "$(ls store/pending)" ] || fail "a refused folder is waiting"

# 2. The clinic allows it (by a signed pack, the only way a kiosk's own settings change).
sleep 1
make_content open true
"$HAVEN" pack open --key clinic.key --out signed2 --label "Open" > /dev/null
[ "$(import signed2)" = 0 ] || fail "the second signed import failed: $(cat import-signed2.out)"
shown=$(readlink store/current)

# 3. A broken folder is refused with every problem named, as haven check names them.
cp -r plain1 broken
printf '+++\ntitle = "No end\n' > broken/haven-content/cards/broken.md
rc=$(import broken)
[ "$rc" = 1 ] || fail "a broken folder gave exit $rc, not 1: $(cat import-broken.out)"
grep -q "cards/broken.md" import-broken.out || fail "the problem is not listed: $(cat import-broken.out)"
[ -z "$(ls store/pending 2>/dev/null)" ] || fail "a broken folder is waiting"

# 4. The good folder waits: exit 5, the report on the stick, `current` untouched.
rc=$(import plain1)
[ "$rc" = 5 ] || fail "unsigned content gave exit $rc, not 5: $(cat import-plain1.out)"
grep -q "^Waiting for staff approval" import-plain1.out || fail "no 'waiting' line: $(cat import-plain1.out)"
grep -q "^Waiting for staff approval" plain1/haven-import-report.txt || fail "no report on the stick"
waiting=$(ls store/pending)
[ -n "$waiting" ] || fail "nothing waits in store/pending"
[ "$(readlink store/current)" = "$shown" ] || fail "current moved before approval"
# A broken stick while it waits leaves it waiting.
rc=$(import broken)
[ "$rc" = 1 ] && [ "$(ls store/pending)" = "$waiting" ] || fail "a broken stick disturbed what waits"

# 5. A wrong PIN never reaches Publish (the script fails at the tap).
printf '%s\n' 'hold 10 10 3500' 'wait 200' 'tap "1"' 'tap "1"' 'tap "1"' 'tap "1"' 'tap "OK"' 'wait 300' 'tap "Publish"' \
  > wrong.script
! with_display "$HAVEN" --store store --script wrong.script --size 1280x800 > wrong.out 2>&1 ||
  fail "a wrong PIN reached Publish"
[ "$(readlink store/current)" = "$shown" ] || fail "current moved after a wrong PIN"

# 6. Staff: corner, PIN, Preview (a card of the new content with the strip), End preview, Publish.
cat > staff.script <<'SCRIPT'
hold 10 10 3500
wait 200
tap "2"
tap "4"
tap "6"
tap "8"
tap "OK"
wait 300
expect "Waiting for approval"
shot staff-waiting.png
tap "Preview"
wait 300
expect "Preview: not yet published"
tap "Short walks"
wait 300
tap "A walk a day"
wait 300
expect "A short walk, at your own pace, can help."
expect "Preview: not yet published"
shot preview-card.png
tap "End preview"
wait 300
expect "Staff view"
tap "Publish"
wait 300
expect "Show this content to patients now"
tap "Yes, publish"
wait 500
expect "Published: patients now see the new content"
SCRIPT
with_display "$HAVEN" --store store --script staff.script --size 1280x800 > staff.out 2>&1 ||
  fail "the staff session failed: $(cat staff.out)"
expect_legible preview-card.png "Preview: not yet published" "A walk a day"

[ "$(readlink store/current)" = "versions/$waiting" ] || fail "current is $(readlink store/current), not versions/$waiting"
[ -z "$(ls store/pending)" ] || fail "the published version still waits"
tail -n 1 store/history.log | grep -q "  $waiting  .*  staff PIN\$" || fail "history.log: $(cat store/history.log)"
grep -q "  signature " store/history.log || fail "the signed imports are not in history.log: $(cat store/history.log)"
"$HAVEN" history --store store > history.out
[ "$(wc -l < history.out)" = 3 ] || fail "haven history printed: $(cat history.out)"
tail -n 1 history.out | grep -q "staff PIN" || fail "haven history's last line: $(cat history.out)"
# Nothing about patients: only times, versions, labels and how.
! grep -qi "walk\|card\|topic" store/history.log || fail "history.log names content: $(cat store/history.log)"

# The kiosk now shows the new topic to patients, without a strip.
printf '%s\n' 'wait 300' 'expect "Short walks"' 'shot after.png' > after.script
with_display "$HAVEN" --store store --script after.script --size 1280x800 > after.out 2>&1 ||
  fail "the published content is not shown: $(cat after.out)"
! read_screen after.png | grep -q "Preview" || fail "the preview strip outlived the preview"
echo "ok"
