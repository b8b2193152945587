#!/usr/bin/env bash
# `haven pin`: its line is accepted by `haven check` in kiosk.toml, the hash matches the PIN
# (and no other), and PINs that are not 4 to 8 digits are refused.
#   pin_hash.sh HAVEN SIGNING_TOOL CONTENT_DIR WORK_DIR
set -euo pipefail
haven=$1 tool=$2 content=$3 work=$4
rm -rf "$work" && mkdir -p "$work" && cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

echo 4711 | "$haven" pin >pin.out
[ "$(wc -l <pin.out)" = 1 ] || fail "haven pin printed more than the one line: $(cat pin.out)"
hash=$(sed -n 's/^staff_pin_hash = "\(\$argon2id\$[^"]*\)"$/\1/p' pin.out)
[ -n "$hash" ] || fail "not a staff_pin_hash line with an argon2id hash: $(cat pin.out)"
"$tool" pin-matches "$hash" 4711 || fail "the hash does not match the PIN"
if "$tool" pin-matches "$hash" 4712; then fail "the hash matches another PIN"; fi
[ "$(echo 4711 | "$haven" pin)" != "$(cat pin.out)" ] || fail "two hashes of one PIN are equal (no salt)"

cp -R "$content" content
# The line goes above any [table] in kiosk.toml, as the command's help says.
{ cat pin.out; cat content/kiosk.toml 2>/dev/null || true; } >kiosk.toml && mv kiosk.toml content/kiosk.toml
"$haven" check content >check.out || fail "haven check rejected kiosk.toml with the pin line: $(cat check.out)"
! grep -q staff_pin_hash check.out || fail "haven check warned about staff_pin_hash: $(cat check.out)"
# And the check is real: the PIN itself in its place is an error.
sed -i 's/^staff_pin_hash = .*/staff_pin_hash = "4711"/' content/kiosk.toml
if "$haven" check content >/dev/null; then fail "haven check accepted a bare PIN, so it proves nothing"; fi

for bad in 123 123456789 12a4 "" "12 34"; do
  rc=0; printf '%s\n' "$bad" | "$haven" pin >out 2>err || rc=$?
  [ $rc = 1 ] || fail "PIN '$bad' exited $rc, not 1"
  [ ! -s out ] || fail "PIN '$bad' printed a hash"
done
rc=0; "$haven" pin </dev/null >/dev/null 2>&1 || rc=$?; [ $rc = 1 ] || fail "no input exited $rc, not 1"
printf '12345678\r\n' | "$haven" pin >/dev/null || fail "a PIN with a Windows line ending was refused"
echo "pin_hash: ok"
