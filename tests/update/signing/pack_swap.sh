#!/usr/bin/env bash
# `haven pack` while a file of the content is swapped for a symbolic link to the signing key,
# at the very moment the pack opens it (swap_on_open.so, an LD_PRELOAD shim, makes the race
# land every time). The key must never end up in a signed pack: the pack reads every file
# through a descriptor it opened without following links and checked, so it refuses.
#   pack_swap.sh HAVEN SHIM CONTENT_DIR WORK_DIR
set -euo pipefail
haven=$1 shim=$2 content=$3 work=$4
rm -rf "$work" && mkdir -p "$work" && cd "$work"
fail() { echo "FAIL: $*" >&2; [ -f pack.out ] && sed 's/^/  | /' pack.out >&2; exit 1; }

"$haven" keygen --out clinic >/dev/null
cp -r "$content" content
# Exactly as long as the key: a copy that checks the size it saw and then follows the link
# copies all of the key, and nothing looks amiss.
notes() {
  awk -v n="$(stat -c %s clinic.key)" 'BEGIN { while (length(s) < n) s = s "Opening hours and parking.\n"; printf "%s", substr(s, 1, n) }'
}
notes >content/notes.txt
# The link waits outside the content (a link inside it would be refused before any copying)
# and is renamed over content/notes.txt by the shim.
mkdir spare
ln -s "$work/clinic.key" spare/notes.txt

rc=0
HAVEN_SWAP_TARGET="$(cd content && pwd -P)/notes.txt" HAVEN_SWAP_LINK="$work/spare/notes.txt" LD_PRELOAD="$shim" \
  ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
  "$haven" pack content --key clinic.key --out stick --label "Swapped" >pack.out 2>&1 || rc=$?
[ -L content/notes.txt ] || fail "the shim never swapped content/notes.txt (was it opened at all?)"
for key in "$(sed -n 1p clinic.key)" "$(sed -n 2p clinic.key)"; do
  if [ -e stick ] && grep -rqF -- "$key" stick; then fail "the signing key went into the pack on the stick"; fi
done
[ "$rc" = 1 ] || fail "haven pack exited $rc, expected 1 (refused: a file became a link while it was packed)"
grep -q "notes.txt" pack.out || fail "the refusal does not name the file"
[ ! -e stick/haven-pack ] || fail "a pack was written"

# The same content without the swap packs (the shim on, never triggered).
rm content/notes.txt
notes >content/notes.txt
LD_PRELOAD="$shim" ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
  "$haven" pack content --key clinic.key --out stick --label "Plain" >pack.out 2>&1 || fail "the plain pack failed"
grep -q "  notes.txt$" stick/haven-pack/MANIFEST || fail "notes.txt is not in the plain pack"
echo "pack_swap: ok"
