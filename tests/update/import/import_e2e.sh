#!/usr/bin/env bash
# End-to-end tests of `haven import`, one case per run:
#
#   import_e2e.sh HAVEN CONTENT CASE
#
# Every case starts from a store whose current version is the bundled CONTENT (pack A,
# imported for real), then imports something and checks the exit code, the report and, above
# all, that STORE/current still names a complete version: `haven check` passes on it and it
# equals, file for file, the content it should show. Packs are made with `haven keygen` and
# `haven pack` (and re-signed with minisign where a case needs a signed pack that `haven pack`
# would refuse to make). Cases that need root (mounts) exit 77, which CTest counts as skipped.
set -euo pipefail

haven=$1
content=$2
case=$3

work=$(mktemp -d /tmp/haven-import-e2e.XXXXXX)
mounts=()
cleanup() {
  local m
  for m in "${mounts[@]}"; do umount "$m" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

store=$work/store
keys=$work/trusted-keys
out=$work/out.txt

fail() { echo "FAIL ($case): $*" >&2; [ -f "$out" ] && sed 's/^/  | /' "$out" >&2; exit 1; }
skip() { echo "SKIP ($case): $*"; exit 77; }

# import SRC [OPTIONS]: runs `haven import` on the test store; sets $rc, output in $out.
import() {
  local src=$1; shift
  rc=0
  "$haven" import "$src" --store "$store" --trusted-keys "$keys" "$@" >"$out" 2>&1 || rc=$?
}

expect_rc() {  # expect_rc N: the last import's exit code
  [ "$rc" = "$1" ] || fail "exit code $rc, expected $1"
}

# expect_report PREFIX [PATTERN...]: the store's report starts with PREFIX and contains each
# PATTERN (fixed strings).
expect_report() {
  local report=$store/last-import-report.txt prefix=$1; shift
  [ -f "$report" ] || fail "no $report"
  head -n1 "$report" | grep -q "^$prefix" || fail "report starts '$(head -n1 "$report")', expected '$prefix'"
  grep -q "^Date: " "$report" || fail "report has no date"
  local p
  for p in "$@"; do grep -qF -- "$p" "$report" || fail "report does not mention '$p'"; done
}

# expect_current DIR: STORE/current is a symlink to a complete version equal to DIR.
expect_current() {
  local expected=$1
  [ -L "$store/current" ] || fail "STORE/current is not a symlink"
  "$haven" check "$store/current" >"$work/check.txt" 2>&1 || { cat "$work/check.txt" >&2; fail "haven check fails on STORE/current"; }
  grep -q ": 0 errors, 0 warnings;" "$work/check.txt" || { cat "$work/check.txt" >&2; fail "haven check warns on STORE/current"; }
  diff -r -x MANIFEST -x MANIFEST.minisig "$expected" "$store/current" >&2 || fail "STORE/current differs from $expected"
}

expect_no_staging() {
  [ -z "$(ls -A "$store/staging")" ] || fail "staging is not empty: $(ls -A "$store/staging")"
}

expect_status() {  # expect_status STATE
  grep -q "^state = '$1'" "$store/import-status" || fail "import-status: $(cat "$store/import-status")"
}

# pack CONTENT_DIR KEY STICK [LABEL]: a signed pack at STICK/haven-pack.
pack() {
  "$haven" pack "$1" --key "$2" --out "$3" --label "${4:-}" >"$work/pack.txt" 2>&1 ||
    { cat "$work/pack.txt" >&2; fail "haven pack $1 failed"; }
}

# resign PACK_DIR: a fresh MANIFEST and signature with the trusted key, for content that
# `haven pack` would refuse. Needs Debian's minisign, which reads haven's keys.
resign() {
  command -v minisign >/dev/null || skip "minisign is not installed (apt-get install minisign)"
  (cd "$1" && rm -f MANIFEST MANIFEST.minisig &&
     find . -type f ! -name MANIFEST ! -name MANIFEST.minisig -printf '%P\n' | LC_ALL=C sort |
       while IFS= read -r f; do sha256sum -- "$f"; done >"$work/MANIFEST" && mv "$work/MANIFEST" MANIFEST &&
     minisign -S -s "$work/clinic.key" -m MANIFEST -t "$(printf 'timestamp:%s\tfile:MANIFEST\thaven-pack\tlabel:re-signed' "$(date +%s)")" \
       </dev/null >/dev/null) || fail "minisign could not sign $1"
}

# The common start: a trusted clinic key, pack A (the bundled content) imported, and pack B
# (the same with one card changed) ready on a stick.
content_a=$content
content_b=$work/content-b
"$haven" keygen --out "$work/clinic" >/dev/null
mkdir -p "$keys"
cp "$work/clinic.pub" "$keys/"
cp -r "$content" "$content_b"
echo "A sentence added for the second pack." >>"$content_b/cards/talking-first-steps.md"
pack "$content_a" "$work/clinic.key" "$work/stick-a" "Pack A"
pack "$content_b" "$work/clinic.key" "$work/stick-b" "Pack B"
import "$work/stick-a"
expect_rc 0
expect_current "$content_a"

# refused_b EDIT_COMMAND PATTERN...: pack B on a stick of its own, edited, is refused and
# the kiosk still shows A.
refused() {
  local stick=$1; shift
  import "$stick"
  expect_rc 1
  expect_report "Refused:" "$@"
  expect_current "$content_a"
  expect_no_staging
  expect_status refused
  grep -q "^Refused:" "$out" || fail "the terminal output has no Refused: line"
}
stick=$work/stick
cp -r "$work/stick-b" "$stick"
pack_b=$stick/haven-pack

case $case in
valid)
  expect_report "Imported \"Pack A\"" "Signer key: " "Files: 37 files" "Content check: 0 errors, 0 warnings"
  expect_status imported
  expect_no_staging
  grep -q "^copied 37 of 37 files$" "$out" || fail "no progress lines"
  first=$(readlink "$store/current")
  import "$work/stick-a"
  expect_rc 0
  grep -q "already up to date" "$out" || fail "the same pack again is not 'already up to date'"
  [ "$(ls "$store/versions" | wc -l)" = 1 ] || fail "the same pack was copied again"
  # Imported by an admin with a private umask: the kiosk's own user must still read it all.
  umask 077
  import "$work/stick-b"
  umask 022
  expect_rc 0
  expect_report "Imported \"Pack B\"" "Previous version ${first#versions/} is kept for rollback."
  expect_current "$content_b"
  unreadable=$(find -L "$store/current" "$store/import-status" "$store/last-import-report.txt" \
                 \( -type f ! -perm -0444 \) -o \( -type d ! -perm -0555 \))
  [ -z "$unreadable" ] || fail "not readable by the kiosk's user: $unreadable"
  # The first version stays complete, ready for a rollback.
  [ "$(ls "$store/versions" | wc -l)" = 2 ] || fail "expected 2 versions, got: $(ls "$store/versions")"
  diff -r -x MANIFEST -x MANIFEST.minisig "$content_a" "$store/$first" >&2 || fail "the previous version changed"
  (cd "$store/current" && sha256sum --quiet -c MANIFEST) || fail "the stored MANIFEST does not check the stored files"
  ;;
unsigned)
  rm "$pack_b/MANIFEST.minisig"
  refused "$stick" "the pack is not signed"
  rm -rf "$pack_b"
  refused "$stick" "there is no haven-pack folder"
  ;;
tampered_content)
  printf 'X' | dd of="$pack_b/cards/talking-questions.md" bs=1 seek=40 conv=notrunc status=none
  ! cmp -s "$pack_b/cards/talking-questions.md" "$content_b/cards/talking-questions.md" || fail "the byte did not change"
  refused "$stick" "cards/talking-questions.md does not match the signed manifest"
  ;;
tampered_manifest)
  # The attacker changes a card and puts its new hash in the MANIFEST: the signature no longer fits.
  echo "Call this number instead." >>"$pack_b/cards/support-about.md"
  new=$(cd "$pack_b" && sha256sum cards/support-about.md)
  grep -v "  cards/support-about.md\$" "$pack_b/MANIFEST" >"$work/m"
  echo "$new" >>"$work/m"
  LC_ALL=C sort -k2 "$work/m" >"$pack_b/MANIFEST"
  refused "$stick" "the signature does not match"
  ;;
wrong_key)
  "$haven" keygen --out "$work/stranger" >/dev/null
  rm -rf "$pack_b"
  pack "$content_b" "$work/stranger.key" "$stick"
  refused "$stick" "which is not one of the trusted keys" "Signer key: "
  ;;
trusted_keys)
  mv "$keys" "$work/keys-away"
  mkdir "$keys"
  refused "$stick" "there are no usable trusted keys"
  echo "not a key" >"$keys/broken.pub"
  refused "$stick" "there are no usable trusted keys" "broken.pub"
  cp "$work/keys-away/clinic.pub" "$keys/"
  import "$stick"
  expect_rc 0
  expect_report "Imported" "broken.pub" "skipped"
  expect_current "$content_b"
  ;;
extra_file)
  cp "$pack_b/cards/talking-questions.md" "$pack_b/cards/talking-extra.md"
  refused "$stick" "cards/talking-extra.md: not in the signed manifest"
  ;;
missing_file)
  rm "$pack_b/cards/talking-questions.md"
  refused "$stick" "cards/talking-questions.md: listed in the manifest but missing from the pack"
  ;;
symlink)
  # The link points at a copy with the very same bytes: only the link itself is wrong.
  cp "$pack_b/cards/talking-questions.md" "$work/outside.md"
  ln -sf "$work/outside.md" "$pack_b/cards/talking-questions.md"
  refused "$stick" "cards/talking-questions.md: a symbolic link"
  # A linked haven-pack folder is refused too.
  rm -rf "$work/stick-link" && mkdir "$work/stick-link"
  ln -s "$work/stick-b/haven-pack" "$work/stick-link/haven-pack"
  refused "$work/stick-link" "is not a folder"
  ;;
oversized)
  # Lowered caps (hidden options, for tests): the bundled images are over 1000 bytes.
  import "$stick" --max-file-bytes 1000
  expect_rc 1
  expect_report "Refused:" "over the limit of 1000 bytes per file"
  import "$stick" --max-files 5
  expect_rc 1
  expect_report "Refused:" "at most 5 are accepted"
  import "$stick" --max-total-bytes 4096
  expect_rc 1
  expect_report "Refused:" "over the limit of 4 KiB"
  expect_current "$content_a"
  expect_no_staging
  ;;
check_error)
  # Two cards with one code: `haven pack` would refuse it, so it is signed by hand.
  cp "$pack_b/cards/talking-questions.md" "$pack_b/cards/talking-zz-copy.md"
  resign "$pack_b"
  refused "$stick" "the content has 1 error" "cards/talking-zz-copy.md:" "error: code"
  ;;
stale_staging)
  mkdir -p "$store/staging/20200101-000000-deadbeefdead/cards" "$store/staging/20200101-000000-000000000000.removing"
  echo "half a card" >"$store/staging/20200101-000000-deadbeefdead/cards/a.md"
  import "$stick"
  expect_rc 0
  expect_report "Imported" "Removed 2 stale staging folders left by an interrupted import."
  expect_no_staging
  expect_current "$content_b"
  ;;
stick_report)
  # Written beside haven-pack on a writable stick, identical to the store's report.
  import "$stick"
  expect_rc 0
  cmp "$stick/haven-import-report.txt" "$store/last-import-report.txt" || fail "the stick's report differs"
  head -n1 "$stick/haven-import-report.txt" | grep -q '^Imported "Pack B"' || fail "the stick's report is wrong"
  # Given the haven-pack folder itself, the report still goes beside it, never into the pack.
  rm "$stick/haven-import-report.txt"
  import "$pack_b"
  expect_rc 0
  grep -q "already up to date" "$stick/haven-import-report.txt" || fail "no report beside the pack folder"
  [ ! -e "$pack_b/haven-import-report.txt" ] || fail "the report was written into the pack"
  # A read-only stick (as mounted on the kiosk): the import still works, the report stays in the store.
  if [ "$(id -u)" = 0 ] && mkdir "$work/ro" && mount --bind "$work/stick-a" "$work/ro" 2>/dev/null; then
    mounts+=("$work/ro")
    mount -o remount,ro,bind "$work/ro" || fail "cannot remount read-only"
    cp "$work/stick-a/haven-import-report.txt" "$work/report-before"
    import "$work/ro"
    expect_rc 0
    expect_report "Imported \"Pack A\""
    expect_current "$content_a"
    cmp -s "$work/stick-a/haven-import-report.txt" "$work/report-before" || fail "a read-only stick was written"
  else
    echo "note: the read-only stick part needs root and mount; not run"
  fi
  ;;
pulled_stick)
  # The stick is pulled part-way: the pack's files vanish while the import reads them. At any
  # moment the import ends imported (it was done), refused or failed, never anything else;
  # STORE/current is a complete version, old or new; nothing is left in staging.
  start=$(date +%s%N)
  "$haven" import "$work/stick-b" --store "$work/timing-store" --trusted-keys "$keys" >"$out" 2>&1 ||
    fail "the timing import failed"
  span_ms=$(( ($(date +%s%N) - start) / 1000000 + 1 ))
  outcomes=" "
  for i in $(seq 1 20); do
    if diff -rq -x MANIFEST -x MANIFEST.minisig "$content_a" "$store/current" >/dev/null; then
      next=b; old=$content_a; new=$content_b
    else
      next=a; old=$content_b; new=$content_a
    fi
    rm -rf "$work/pulled" && cp -r "$work/stick-$next" "$work/pulled"
    delay_ms=$(( (RANDOM * 32768 + RANDOM) % span_ms ))
    rc=0
    "$haven" import "$work/pulled" --store "$store" --trusted-keys "$keys" >"$out" 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    rm -rf "$work/pulled/haven-pack"
    wait "$pid" || rc=$?
    case $rc in 0|1|4) ;; *) fail "pull $i after ${delay_ms} ms: exit code $rc" ;; esac
    outcomes="$outcomes$rc "
    [ -L "$store/current" ] || fail "pull $i: STORE/current is gone"
    if [ "$rc" = 0 ]; then
      expect_current "$new"
    else
      expect_current "$old"
    fi
    expect_no_staging
  done
  echo "20 imports with the stick pulled at random points within ${span_ms} ms; exit codes:$outcomes"
  ;;
killed)
  # Small packs, so that one import takes tens of milliseconds and a kill lands anywhere in it.
  small_a=$work/small-a
  mkdir -p "$small_a/cards"
  cp "$content/kiosk.toml" "$small_a/"
  printf '[[topic]]\nid = "talking"\ntitle = "Talking together"\norder = 1\n' >"$small_a/topics.toml"
  for i in $(seq 1 30); do
    printf '+++\ntitle = "Card %d"\ncode = %d\ntopic = "talking"\nsummary = "Card number %d."\n+++\nSome words for card %d.\n' \
      "$i" "$i" "$i" "$i" >"$small_a/cards/card-$i.md"
  done
  small_b=$work/small-b
  cp -r "$small_a" "$small_b"
  echo "Changed in B." >>"$small_b/cards/card-7.md"
  pack "$small_a" "$work/clinic.key" "$work/small-stick-a" "Small A"
  pack "$small_b" "$work/clinic.key" "$work/small-stick-b" "Small B"
  import "$work/small-stick-a"
  expect_rc 0
  expect_current "$small_a"

  # How long one whole import takes here (with the sanitizers' start-up).
  start=$(date +%s%N)
  "$haven" import "$work/small-stick-b" --store "$work/timing-store" --trusted-keys "$keys" >"$out" 2>&1 ||
    fail "the timing import failed"
  span_ms=$(( ($(date +%s%N) - start) / 1000000 + 1 ))

  switched=0 stale=0
  for i in $(seq 1 100); do
    if diff -rq -x MANIFEST -x MANIFEST.minisig "$small_a" "$store/current" >/dev/null; then
      next=b; other=$small_a; target=$small_b
    else
      next=a; other=$small_b; target=$small_a
    fi
    delay_ms=$(( (RANDOM * 32768 + RANDOM) % span_ms ))
    "$haven" import "$work/small-stick-$next" --store "$store" --trusted-keys "$keys" >/dev/null 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    [ -L "$store/current" ] || fail "kill $i after ${delay_ms} ms: STORE/current is gone"
    if diff -rq -x MANIFEST -x MANIFEST.minisig "$target" "$store/current" >/dev/null; then
      switched=$((switched + 1))
    elif ! diff -rq -x MANIFEST -x MANIFEST.minisig "$other" "$store/current" >/dev/null; then
      fail "kill $i after ${delay_ms} ms: STORE/current is neither the old nor the new version"
    fi
    [ -z "$(ls -A "$store/staging")" ] || stale=$((stale + 1))
  done
  echo "100 imports killed within ${span_ms} ms: $switched had switched, $stale left staging behind"
  "$haven" check "$store/current" >/dev/null || fail "haven check fails on STORE/current after the kills"

  # The next import works and clears what the killed ones left.
  if diff -rq -x MANIFEST -x MANIFEST.minisig "$small_a" "$store/current" >/dev/null; then next=b; else next=a; fi
  import "$work/small-stick-$next"
  expect_rc 0
  expect_no_staging
  expect_current "$work/small-$next"
  ;;
full_disk)
  [ "$(id -u)" = 0 ] || skip "needs root to mount a small tmpfs as the store"
  full=$work/full-store
  mkdir "$full"
  mount -t tmpfs -o size=1m tmpfs "$full" 2>/dev/null || skip "cannot mount a tmpfs here (no CAP_SYS_ADMIN)"
  mounts+=("$full")
  store=$full
  import "$work/stick-a"
  expect_rc 0
  expect_current "$content_a"
  # Bigger than the free space: refused by the free-space check before any copying.
  head -c 2000000 /dev/urandom >"$content_b/filler.bin"
  rm -rf "$pack_b"
  pack "$content_b" "$work/clinic.key" "$stick" "Too big"
  import "$stick"
  expect_rc 4
  expect_report "Failed: not enough free space"
  expect_current "$content_a"
  expect_no_staging
  expect_status failed
  # Few bytes in many files: the free-space check passes and the disk fills while copying.
  rm "$content_b/filler.bin"
  mkdir "$content_b/notes"
  for i in $(seq 1 400); do echo "$i" >"$content_b/notes/note-$i.txt"; done
  rm -rf "$pack_b"
  pack "$content_b" "$work/clinic.key" "$stick" "Many files"
  import "$stick"
  expect_rc 4
  expect_report "Failed: the disk holding"
  expect_current "$content_a"
  expect_no_staging
  # With the space back, the next import goes through.
  rm -rf "$content_b/notes" "$pack_b"
  pack "$content_b" "$work/clinic.key" "$stick" "Pack B"
  import "$stick"
  expect_rc 0
  expect_current "$content_b"
  ;;
*)
  echo "import_e2e.sh: unknown case '$case'" >&2
  exit 2
  ;;
esac
echo "ok: import_$case"
