#!/usr/bin/env bash
# `haven keygen` and `haven pack` against Debian's minisign and sha256sum, both ways:
# haven's packs verify with `minisign -V` and `sha256sum -c`, minisign's keys sign packs
# with `haven pack`, and minisign's signatures verify with haven's verify().
#   pack_interop.sh HAVEN SIGNING_TOOL CONTENT_DIR WORK_DIR
set -euo pipefail
haven=$1 tool=$2 content=$3 work=$4
rm -rf "$work" && mkdir -p "$work" && cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $*"; }

step "haven keygen writes a minisign key pair, the secret key private"
"$haven" keygen --out staff >keygen.out
[ "$(stat -c %a staff.key)" = 600 ] || fail "staff.key is mode $(stat -c %a staff.key), not 600"
key_id=$(sed -n 's/^untrusted comment: minisign public key \([0-9A-F]\{16\}\)$/\1/p' staff.pub)
[ -n "$key_id" ] || fail "staff.pub has no minisign key id comment"
grep -q "$key_id" keygen.out || fail "keygen did not print the key id"
grep -q /etc/haven/trusted-keys keygen.out || fail "keygen did not say where the .pub goes"

step "keygen refuses to overwrite without --force"
before=$(cat staff.key)
rc=0; "$haven" keygen --out staff 2>/dev/null || rc=$?
[ $rc = 1 ] || fail "keygen over an existing key exited $rc, not 1"
[ "$(cat staff.key)" = "$before" ] || fail "keygen changed staff.key without --force"
cp staff.pub old.pub && cp staff.key old.key
"$haven" keygen --out old --force >/dev/null
[ "$(cat old.key)" != "$before" ] || fail "keygen --force did not make a new key"
[ "$(stat -c %a old.key)" = 600 ] || fail "keygen --force left old.key readable by others"

step "haven pack the bundled content; minisign -V and sha256sum -c accept it"
mkdir stick
touch stick/placeholder
"$haven" pack "$content" --key staff.key --out stick --label "Spring update" >pack.out
grep -q "$key_id" pack.out || fail "pack did not print the key id"
pack=stick/haven-pack
[ -f $pack/MANIFEST ] && [ -f $pack/MANIFEST.minisig ] || fail "no MANIFEST or MANIFEST.minisig"
minisign -V -p staff.pub -m $pack/MANIFEST >minisign.out || fail "minisign -V rejected haven's signature"
grep -q "^Trusted comment: timestamp:[0-9]*	file:MANIFEST	haven-pack	label:Spring update$" minisign.out ||
  fail "minisign printed another trusted comment: $(cat minisign.out)"
(cd $pack && sha256sum --quiet -c MANIFEST) || fail "sha256sum -c failed on a fresh pack"
files=$(cd "$content" && find . -type f ! -name '.DS_Store' ! -name '._*' | wc -l)
[ "$(wc -l <$pack/MANIFEST)" = "$files" ] || fail "MANIFEST lists $(wc -l <$pack/MANIFEST) files, content has $files"
"$tool" verify staff.pub $pack/MANIFEST $pack/MANIFEST.minisig >/dev/null || fail "haven's verify rejected its own pack"
[ -z "$(ls -A stick | grep -v -e '^haven-pack$' -e '^placeholder$')" ] || fail "temporary folders left in stick: $(ls -A stick)"

step "clutter is left out, and packing again replaces the older pack"
cp -R "$content" content-copy
touch content-copy/.DS_Store content-copy/cards/._talking.md content-copy/Thumbs.db
"$haven" pack content-copy --key staff.key --out stick >/dev/null
! grep -q -e DS_Store -e '\._' -e Thumbs $pack/MANIFEST || fail "clutter went into the pack"
[ ! -e $pack/.DS_Store ] || fail "clutter copied into the pack"
minisign -V -q -p staff.pub -m $pack/MANIFEST || fail "the replacing pack does not verify"
[ "$(ls -A stick | sort | tr '\n' ' ')" = "haven-pack placeholder " ] || fail "stick holds $(ls -A stick)"

step "a one-byte change in a packed file makes sha256sum -c fail"
file=$(sed -n '1s/^[0-9a-f]*  //p' $pack/MANIFEST)
printf 'X' | dd of="$pack/$file" bs=1 seek=0 count=1 conv=notrunc status=none
if (cd $pack && sha256sum --quiet -c MANIFEST >/dev/null 2>&1); then fail "sha256sum -c accepted a changed $file"; fi

step "a key made by minisign -G -W signs packs"
minisign -G -W -p mini.pub -s mini.key >/dev/null
"$haven" pack "$content" --key mini.key --out ministick >/dev/null
minisign -V -p mini.pub -m ministick/haven-pack/MANIFEST >/dev/null || fail "minisign rejected a pack signed with its own key"
"$tool" verify mini.pub ministick/haven-pack/MANIFEST ministick/haven-pack/MANIFEST.minisig >/dev/null ||
  fail "haven rejected a pack signed with a minisign key"

step "minisign -S with a haven key makes signatures haven verifies (pre-hashed; legacy only when asked)"
echo "some file" >note.txt
minisign -S -s staff.key -m note.txt -t "signed by minisign" >/dev/null
"$tool" verify staff.pub note.txt note.txt.minisig >verify.out || fail "haven rejected minisign's signature"
grep -q "trusted comment: signed by minisign$" verify.out || fail "wrong trusted comment: $(cat verify.out)"
minisign -S -l -s staff.key -m note.txt -x legacy.minisig >/dev/null
if "$tool" verify staff.pub note.txt legacy.minisig 2>/dev/null; then fail "haven took a legacy signature by default"; fi
"$tool" verify staff.pub note.txt legacy.minisig --legacy >/dev/null || fail "haven rejected minisign's legacy signature when asked for it"
echo "changed" >>note.txt
if "$tool" verify staff.pub note.txt note.txt.minisig 2>/dev/null; then fail "haven accepted a changed file"; fi
if "$tool" verify mini.pub ministick/haven-pack/MANIFEST $pack/MANIFEST.minisig 2>/dev/null; then
  fail "haven accepted a signature from another key"
fi

step "a password-protected minisign key is refused with advice"
# minisign reads the password from stdin when it is not a terminal.
printf 'pw\npw\n' | minisign -G -p locked.pub -s locked.key >/dev/null 2>&1 || fail "minisign -G with a password failed"
rc=0; "$haven" pack "$content" --key locked.key --out lockedstick 2>locked.err || rc=$?
[ $rc = 2 ] || fail "pack with a password-protected key exited $rc, not 2"
grep -q "minisign -G -W" locked.err || fail "no advice for a password-protected key: $(cat locked.err)"
[ ! -e lockedstick ] || fail "pack with an unusable key wrote something"

step "content with an error is refused: exit 1, problems printed, nothing written"
cp -R "$content" broken
printf '+++\ntitle = \n+++\nbody\n' >broken/cards/zz-broken.md
rc=0; "$haven" pack broken --key staff.key --out brokenstick >broken.out 2>broken.err || rc=$?
[ $rc = 1 ] || fail "pack of broken content exited $rc, not 1"
grep -q "cards/zz-broken.md:[0-9]*:[0-9]*: error" broken.out || fail "the problem was not printed as haven check does"
[ ! -e brokenstick ] || fail "pack of broken content wrote $(ls -A brokenstick)"
rc=0; "$haven" pack broken --key staff.key --out stick >/dev/null 2>&1 || rc=$?
[ $rc = 1 ] && [ "$(ls -A stick | sort | tr '\n' ' ')" = "haven-pack placeholder " ] ||
  fail "a refused pack touched the stick's older pack"

step "usage errors exit 2"
rc=0; "$haven" pack "$content" --out x 2>/dev/null || rc=$?; [ $rc = 2 ] || fail "no --key: exit $rc"
rc=0; "$haven" pack "$content" --key staff.pub --out x 2>/dev/null || rc=$?; [ $rc = 2 ] || fail "a .pub as key: exit $rc"
rc=0; "$haven" pack "$content" --key staff.key --out x --label $'two\nlines' 2>/dev/null || rc=$?
[ $rc = 2 ] || fail "a two-line label: exit $rc"
rc=0; "$haven" pack content-copy --key staff.key --out content-copy/out 2>/dev/null || rc=$?
[ $rc = 2 ] && [ ! -e content-copy/out ] || fail "a pack inside its own content: exit $rc"

echo "pack_interop: ok"
