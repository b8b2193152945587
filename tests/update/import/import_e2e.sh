#!/usr/bin/env bash
# End-to-end tests of `haven import`, one case per run:
#
#   import_e2e.sh HAVEN CONTENT CASE [STORE_TOOL]
#
# Every case starts from a store whose current version is the bundled CONTENT (pack A,
# imported for real), then imports something and checks the exit code, the report and, above
# all, that STORE/current still names a complete version: `haven check` passes on it and it
# equals, file for file, the content it should show. Packs are made with `haven keygen` and
# `haven pack`, then signed again with Debian's minisign at a chosen time (a kiosk only takes
# content signed later than what it has), or signed by hand where a case needs a signed pack
# that `haven pack` would refuse to make. STORE_TOOL (tests/update/import/store_tool) reads
# the import status the way the kiosk does. Cases that need root (mounts) exit 77, which
# CTest counts as skipped.
set -euo pipefail

haven=$1
content=$2
case=$3
store_tool=${4:-}
# Dates in reports are the kiosk's local time: UTC here, so that they can be compared.
export TZ=UTC

work=$(mktemp -d /tmp/haven-import-e2e.XXXXXX)
mounts=()
children=()
cleanup() {
  local m
  for m in "${children[@]}"; do kill "$m" 2>/dev/null || true; done
  for m in "${mounts[@]}"; do umount "$m" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

store=$work/store
keys=$work/trusted-keys
out=$work/out.txt

where=""  # where in a case's loop it failed, when it has one
fail() { echo "FAIL ($case${where:+, $where}): $*" >&2; [ -f "$out" ] && sed 's/^/  | /' "$out" >&2; exit 1; }
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

# expect_status STATE: the import status as the kiosk reads it (store_tool), else as written.
expect_status() {
  if [ -n "$store_tool" ]; then
    # Read whole first: grep -q stops at its match, and with pipefail a long status would fail.
    local read
    read=$("$store_tool" status "$store")
    grep -q "^state: $1$" <<<"$read" || fail "the kiosk reads the status as: $read"
  else
    grep -q "^state = '$1'" "$store/import-status" || fail "import-status: $(cat "$store/import-status")"
  fi
}

# mark, then expect_untouched [STICK]: nothing under the test's folder changed since the mark
# but the store, the test's own output files and STICK's report (and STICK itself, which
# holds it).
mark() { touch "$work/.mark"; sleep 0.02; }
expect_untouched() {
  local allowed=() changed
  [ -n "${1:-}" ] && allowed=(! -path "$1" ! -path "$1/haven-import-report.txt")
  changed=$(find "$work" -newer "$work/.mark" ! -path "$store" ! -path "$store/*" ! -path "$out" \
              ! -path "$work/check.txt" ! -path "$work/pack.txt" "${allowed[@]}")
  [ -z "$changed" ] || fail "written outside the store and the stick's report: $changed"
}

# sign_at PACK_DIR UNIX_TIME LABEL [KEY [MINISIGN_OPTION...]]: signs PACK_DIR/MANIFEST again
# with minisign, as signed at UNIX_TIME (in the trusted comment `haven pack` writes).
sign_at() {
  local dir=$1 at=$2 label=$3 key=${4:-$work/clinic.key}
  shift 3; [ $# -gt 0 ] && shift
  command -v minisign >/dev/null || skip "minisign is not installed (apt-get install minisign)"
  rm -f "$dir/MANIFEST.minisig"
  minisign -S -s "$key" -m "$dir/MANIFEST" "$@" \
    -t "$(printf 'timestamp:%s\tfile:MANIFEST\thaven-pack\tlabel:%s' "$at" "$label")" </dev/null >/dev/null ||
    fail "minisign could not sign $dir"
}

# Signing times: pack A on 3 March 2025, pack B on 9 May 2025, every later pack a day after
# the one before.
time_a=1740996000
time_b=1746784800
clock=1748772000
next_time() { clock=$((clock + 86400)); }

# pack CONTENT_DIR KEY STICK [LABEL [UNIX_TIME]]: a signed pack at STICK/haven-pack, signed
# at UNIX_TIME (default: a day after the pack before).
pack() {
  "$haven" pack "$1" --key "$2" --out "$3" --label "${4:-}" >"$work/pack.txt" 2>&1 ||
    { cat "$work/pack.txt" >&2; fail "haven pack $1 failed"; }
  local at=${5:-}
  [ -n "$at" ] || { next_time; at=$clock; }
  sign_at "$3/haven-pack" "$at" "${4:-}" "$2"
}

# resign PACK_DIR [LABEL]: a fresh MANIFEST of every file in PACK_DIR, signed with the trusted
# key a day after the pack before, for content that `haven pack` would refuse.
resign() {
  (cd "$1" && rm -f MANIFEST MANIFEST.minisig &&
     find . -type f ! -name MANIFEST ! -name MANIFEST.minisig -printf '%P\n' | LC_ALL=C sort |
       while IFS= read -r f; do sha256sum -- "$f"; done >"$work/MANIFEST" && mv "$work/MANIFEST" MANIFEST) ||
    fail "cannot make a MANIFEST for $1"
  next_time
  sign_at "$1" "$clock" "${2:-re-signed}"
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
pack "$content_a" "$work/clinic.key" "$work/stick-a" "Pack A" "$time_a"
pack "$content_b" "$work/clinic.key" "$work/stick-b" "Pack B" "$time_b"
import "$work/stick-a"
expect_rc 0
expect_current "$content_a"
version_a=$(readlink "$store/current")
version_a=${version_a#versions/}

# refused STICK PATTERN...: importing STICK is refused (exit 1, the report and the terminal
# say so), the kiosk still shows A, and nothing was written but the store and STICK's report.
refused() {
  local stick=$1; shift
  mark
  import "$stick"
  expect_rc 1
  expect_report "Refused:" "$@"
  expect_current "$content_a"
  expect_no_staging
  expect_status refused
  expect_untouched "$stick"
  grep -q "^Refused:" "$out" || fail "the terminal output has no Refused: line"
}
stick=$work/stick
cp -r "$work/stick-b" "$stick"
pack_b=$stick/haven-pack

case $case in
valid)
  # Every file of the bundled content, counted here so that the pack can grow.
  files=$(find "$content_a" -type f | wc -l)
  expect_report "Imported \"Pack A\"" "Signer key: " "Files: $files files" "Content check: 0 errors, 0 warnings"
  expect_status imported
  expect_no_staging
  grep -q "^copied $files of $files files$" "$out" || fail "no progress lines"
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
  # (Pack A signed again, later than B: a stick only ever brings newer content.)
  cp -r "$work/stick-a" "$work/stick-a2"
  next_time
  sign_at "$work/stick-a2/haven-pack" "$clock" "Pack A again"
  if [ "$(id -u)" = 0 ] && mkdir "$work/ro" && mount --bind "$work/stick-a2" "$work/ro" 2>/dev/null; then
    mounts+=("$work/ro")
    mount -o remount,ro,bind "$work/ro" || fail "cannot remount read-only"
    cp "$work/stick-a2/haven-import-report.txt" "$work/report-before"
    import "$work/ro"
    expect_rc 0
    expect_report "Imported \"Pack A again\""
    expect_current "$content_a"
    cmp -s "$work/stick-a2/haven-import-report.txt" "$work/report-before" || fail "a read-only stick was written"
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
    next_time
    sign_at "$work/pulled/haven-pack" "$clock" "Pull $i"
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
unsigned_killed)
  # Issue 16: plain content folders on a kiosk that allows them (a signed pack said so). Kills
  # and pulled sticks at random moments never touch what patients see, and leave one complete
  # version waiting for approval, or none; the next import then works.
  open=$work/open
  cp -r "$content_a" "$open"
  sed -i 's/^allow_unsigned = false/allow_unsigned = true/' "$open/kiosk.toml"
  { echo 2468 | "$haven" pin; cat "$open/kiosk.toml"; } >"$work/kiosk.toml" && mv "$work/kiosk.toml" "$open/kiosk.toml"
  pack "$open" "$work/clinic.key" "$work/stick-open" "Open"
  import "$work/stick-open"
  expect_rc 0
  shown=$(readlink "$store/current")
  for v in x y; do
    mkdir -p "$work/plain-$v"
    cp -r "$open" "$work/plain-$v/haven-content"
    echo "Changed in $v." >>"$work/plain-$v/haven-content/cards/talking-first-steps.md"
  done
  # expect_pending_whole: at most one version waits, and it is exactly one of the two sticks.
  expect_pending_whole() {
    local ids
    mapfile -t ids < <(ls "$store/pending" 2>/dev/null)
    [ "${#ids[@]}" -le 1 ] || fail "$1: ${#ids[@]} versions wait: ${ids[*]}"
    [ "${#ids[@]}" = 0 ] && return 0
    diff -rq -x MANIFEST "$work/plain-x/haven-content" "$store/pending/${ids[0]}" >/dev/null ||
      diff -rq -x MANIFEST "$work/plain-y/haven-content" "$store/pending/${ids[0]}" >/dev/null ||
      fail "$1: the version waiting is incomplete or mixed"
  }
  cp -a "$store" "$work/timing-store"
  start=$(date +%s%N)
  "$haven" import "$work/plain-x" --store "$work/timing-store" --trusted-keys "$keys" >"$out" 2>&1 || rc=$?
  [ "${rc:-0}" = 5 ] || fail "the timing import gave exit ${rc:-0}, not 5"
  span_ms=$(( ($(date +%s%N) - start) / 1000000 + 1 ))
  outcomes=" "
  for i in $(seq 1 40); do
    v=$([ $((i % 2)) = 0 ] && echo x || echo y)
    rm -rf "$work/pulled" && cp -r "$work/plain-$v" "$work/pulled"
    delay_ms=$(( (RANDOM * 32768 + RANDOM) % span_ms ))
    rc=0
    "$haven" import "$work/pulled" --store "$store" --trusted-keys "$keys" >"$out" 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    if [ $((i % 4)) -lt 2 ]; then kill -KILL "$pid" 2>/dev/null || true; else rm -rf "$work/pulled/haven-content"; fi
    wait "$pid" 2>/dev/null || rc=$?
    case $rc in 1|4|5|137) ;; *) fail "run $i after ${delay_ms} ms: exit code $rc" ;; esac
    outcomes="$outcomes$rc "
    [ "$(readlink "$store/current")" = "$shown" ] || fail "run $i after ${delay_ms} ms: current moved"
    expect_pending_whole "run $i after ${delay_ms} ms"
  done
  echo "40 unsigned imports killed or pulled within ${span_ms} ms; exit codes:$outcomes"
  import "$work/plain-y"
  expect_rc 5
  expect_status pending
  expect_no_staging
  expect_pending_whole "after a complete import"
  [ "$(ls "$store/pending" | wc -l)" = 1 ] || fail "no version waits after a complete import"
  [ "$(readlink "$store/current")" = "$shown" ] || fail "a pending import moved current"
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
    # Signed later than every pack before, or it would be refused as older.
    next_time
    sign_at "$work/small-stick-$next/haven-pack" "$clock" "Small $next"
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
  next_time
  sign_at "$work/small-stick-$next/haven-pack" "$clock" "Small $next"
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
replay)
  # Issue 13.1. Pack B (9 May) is newer than A (3 March): imported.
  import "$work/stick-b"
  expect_rc 0
  expect_current "$content_b"
  version_b=$(readlink "$store/current")
  version_b=${version_b#versions/}
  # Pack A again, signed by the same trusted key: older, so refused, in plain words.
  mark
  import "$work/stick-a"
  expect_rc 1
  expect_report "Refused: this stick holds older content, signed 3 March 2025 at 10:00 UTC, than the kiosk's, signed 9 May 2025 at 10:00 UTC." \
    "kept on this kiosk as version $version_a" "staff view"
  expect_current "$content_b"
  expect_no_staging
  expect_status refused
  expect_untouched "$work/stick-a"
  grep -q "^signed_at = $time_b$" "$store/newest-accepted" || fail "no record of B's signing time: $(cat "$store/newest-accepted" 2>&1)"
  # Every versions/<id>/ folder is a complete signed pack: replaying one is refused too.
  mkdir "$work/replay"
  cp -r "$store/versions/$version_a" "$work/replay/haven-pack"
  import "$work/replay"
  expect_rc 1
  expect_report "Refused: this stick holds older content"
  # Alternating two old packs never pushes the newest version out of the store.
  for i in 1 2 3; do
    import "$work/stick-a" --keep 1
    expect_rc 1
    import "$work/replay" --keep 1
    expect_rc 1
  done
  expect_current "$content_b"
  [ -d "$store/versions/$version_b" ] && [ -d "$store/versions/$version_a" ] || fail "versions were pruned: $(ls "$store/versions")"
  # Going back is an explicit act: `haven rollback` (or the staff view, behind its PIN) ...
  "$haven" rollback "$version_a" --store "$store" >"$out" 2>&1 || fail "haven rollback failed"
  expect_current "$content_a"
  # ... and the record survives it: B's stick is not newer than what was accepted, and says
  # where that content is instead.
  import "$work/stick-b"
  expect_rc 1
  expect_report "Refused: this stick's content was signed 9 May 2025 at 10:00 UTC, no later than the kiosk's newest" \
    "kept on this kiosk as version $version_b"
  expect_current "$content_a"
  "$haven" rollback "$version_b" --store "$store" >"$out" 2>&1 || fail "haven rollback forward failed"
  expect_current "$content_b"
  # Newer content imports; pruning goes by signing time and keeps the newest.
  content_c=$work/content-c
  cp -r "$content_b" "$content_c"
  echo "A third version." >>"$content_c/cards/talking-first-steps.md"
  pack "$content_c" "$work/clinic.key" "$work/stick-c" "Pack C"
  import "$work/stick-c" --keep 0
  expect_rc 0
  expect_current "$content_c"
  [ "$(ls "$store/versions" | wc -l)" = 1 ] || fail "--keep 0 kept: $(ls "$store/versions")"
  # The record outlives the pruned versions: B, pruned, cannot come back from its stick.
  import "$work/stick-b"
  expect_rc 1
  expect_report "Refused: this stick holds older content, signed 9 May 2025"
  # A store from before the rule (no record) derives it from the kept versions at once.
  rm "$store/newest-accepted"
  import "$work/stick-b"
  expect_rc 1
  expect_report "Refused: this stick holds older content, signed 9 May 2025"
  expect_current "$content_c"
  [ -f "$store/newest-accepted" ] || fail "the record was not written again on first use"
  ;;
unordered)
  # Issue 13.1: a pack whose signature does not say when it was signed cannot be ordered.
  command -v minisign >/dev/null || skip "minisign is not installed"
  rm "$pack_b/MANIFEST.minisig"
  minisign -S -s "$work/clinic.key" -m "$pack_b/MANIFEST" -t "Spring update" </dev/null >/dev/null
  refused "$stick" "does not say when it was signed" "minisign"
  # Two timestamps: which one counts is ambiguous, so neither does.
  rm "$pack_b/MANIFEST.minisig"
  minisign -S -s "$work/clinic.key" -m "$pack_b/MANIFEST" \
    -t "$(printf 'timestamp:%s\tfile:MANIFEST\ttimestamp:%s' "$clock" "$time_a")" </dev/null >/dev/null
  refused "$stick" "does not say when it was signed"
  # minisign's own default comment carries the signing time: such a pack is ordered and imported.
  rm "$pack_b/MANIFEST.minisig"
  minisign -S -s "$work/clinic.key" -m "$pack_b/MANIFEST" </dev/null >/dev/null
  import "$stick"
  expect_rc 0
  expect_current "$content_b"
  ;;
report_fifo)
  # Issue 13.2: FIFOs on an unsigned stick where the report and its temporary file go. The
  # import must not hang (it would hold the store lock, locking out every later import).
  rm "$pack_b/MANIFEST.minisig"
  mkfifo "$stick/.haven-import-report.txt.tmp" "$stick/haven-import-report.txt"
  mark
  rc=0
  timeout 20 "$haven" import "$stick" --store "$store" --trusted-keys "$keys" >"$out" 2>&1 || rc=$?
  [ "$rc" != 124 ] || fail "the import hung on a FIFO on the stick"
  expect_rc 1
  expect_report "Refused: the pack is not signed"
  expect_current "$content_a"
  expect_untouched "$stick"
  head -n1 "$stick/haven-import-report.txt" | grep -q "^Refused: the pack is not signed" || fail "no report on the stick"
  # The store is free: a rollback and an import work straight away.
  "$haven" rollback "$version_a" --store "$store" >"$out" 2>&1 || fail "rollback after the FIFO stick failed: $(cat "$out")"
  import "$work/stick-b"
  expect_rc 0
  expect_current "$content_b"
  ;;
report_hardlink)
  # Issue 13.2: on the store's own file system, the report's names on the stick hard-linked
  # to the live kiosk.toml. A refused import must write a new file, never through a link.
  live=$store/versions/$version_a/kiosk.toml
  rm "$pack_b/MANIFEST.minisig"
  ln "$live" "$stick/.haven-import-report.txt.tmp"
  ln "$live" "$stick/haven-import-report.txt"
  refused "$stick" "the pack is not signed"
  cmp -s "$live" "$content_a/kiosk.toml" || fail "the live kiosk.toml was overwritten"
  head -n1 "$stick/haven-import-report.txt" | grep -q "^Refused:" || fail "no report on the stick"
  [ "$(stat -c %h "$live")" = 2 ] || fail "kiosk.toml has $(stat -c %h "$live") links; the report replaced one, so 2 expected"
  # A symbolic link in the report's place is replaced, not followed.
  rm "$stick/haven-import-report.txt"
  ln -s "$live" "$stick/haven-import-report.txt"
  refused "$stick" "the pack is not signed"
  cmp -s "$live" "$content_a/kiosk.toml" || fail "the live kiosk.toml was overwritten through a symlink"
  [ -f "$stick/haven-import-report.txt" ] && [ ! -L "$stick/haven-import-report.txt" ] || fail "the symlink was not replaced"
  # A folder in its place: no report on the stick, and no harm.
  rm "$stick/haven-import-report.txt"
  mkdir "$stick/haven-import-report.txt"
  refused "$stick" "the pack is not signed"
  [ -z "$(ls -A "$stick/haven-import-report.txt")" ] || fail "something was written into the folder"
  ;;
pack_at_top)
  # Issue 13.3: a stick with MANIFEST at its top (no haven-pack folder). The report must not
  # go beside the stick (in the folder holding its mount point), nor into the pack.
  mkdir -p "$work/media/usb"
  cp -r "$pack_b/." "$work/media/usb/"
  mark
  import "$work/media/usb"
  expect_rc 0
  expect_current "$content_b"
  expect_untouched
  [ "$(ls -A "$work/media")" = usb ] || fail "written beside the stick: $(ls -A "$work/media")"
  diff -r "$pack_b" "$work/media/usb" >&2 || fail "written into the pack"
  expect_report "Imported \"Pack B\"" "not written to the stick"
  # A stick mounted at a folder named haven-pack, MANIFEST at its top: nothing is written in
  # the folder holding the mount point.
  if [ "$(id -u)" = 0 ] && mkdir -p "$work/media2/haven-pack" &&
     mount -t tmpfs -o size=4m tmpfs "$work/media2/haven-pack" 2>/dev/null; then
    mounts+=("$work/media2/haven-pack")
    content_c=$work/content-c
    cp -r "$content_b" "$content_c"
    echo "A third version." >>"$content_c/cards/talking-first-steps.md"
    pack "$content_c" "$work/clinic.key" "$work/stick-c" "Pack C"
    cp -r "$work/stick-c/haven-pack/." "$work/media2/haven-pack/"
    mark
    import "$work/media2/haven-pack"
    expect_rc 0
    expect_current "$content_c"
    expect_untouched
    [ "$(ls -A "$work/media2")" = haven-pack ] || fail "written beside the mounted stick: $(ls -A "$work/media2")"
  else
    echo "note: the mounted-stick part needs root and mount; not run"
  fi
  ;;
clutter_paths)
  # Issue 13.4: a signed manifest listing files inside folders named like clutter. They used
  # to be neither measured nor reported, yet copied: 2 MB past a 1 MiB cap.
  cap=1048576
  for name in .Trashes '$RECYCLE.BIN' ._cards 'System Volume Information' cards/.Spotlight-V100; do
    rm -rf "$stick" && cp -r "$work/stick-b" "$stick"
    mkdir -p "$pack_b/$name"
    head -c 2000000 /dev/zero >"$pack_b/$name/big.bin"
    resign "$pack_b"
    grep -qF "  $name/big.bin" "$pack_b/MANIFEST" || fail "the hand-made manifest does not list $name/big.bin"
    where=$name
    mark
    import "$stick" --max-total-bytes "$cap"
    expect_rc 1
    expect_report "Refused: the signed MANIFEST is not valid" "left on sticks by Windows or macOS"
    expect_current "$content_a"
    expect_no_staging
    expect_untouched "$stick"
  done
  where=""
  [ "$(du -sb "$store" | cut -f1)" -lt "$cap" ] || fail "the store grew past the cap: $(du -sb "$store")"
  # Clutter the manifest does not list is left on the stick, never copied.
  rm -rf "$stick" && cp -r "$work/stick-b" "$stick"
  mkdir -p "$pack_b/.Trashes/501" "$pack_b/cards/._x"
  head -c 2000000 /dev/zero >"$pack_b/.Trashes/501/big.bin"
  cp "$pack_b/cards/talking-questions.md" "$pack_b/cards/._x/card.md"
  import "$stick" --max-total-bytes "$cap"
  expect_rc 0
  expect_current "$content_b"
  # `haven pack` never lists clutter, at any depth.
  content_c=$work/content-c
  cp -r "$content_b" "$content_c"
  mkdir -p "$content_c/.Trashes/501" "$content_c/cards/\$RECYCLE.BIN" "$content_c/images/._old"
  echo x >"$content_c/.Trashes/501/a.md"
  echo x >"$content_c/cards/\$RECYCLE.BIN/b.md"
  echo x >"$content_c/images/._old/c.png"
  echo x >"$content_c/cards/._talking-questions.md"
  pack "$content_c" "$work/clinic.key" "$work/stick-c" "Pack C"
  ! grep -E '\.Trashes|RECYCLE|/\._' "$work/stick-c/haven-pack/MANIFEST" || fail "haven pack listed clutter"
  ;;
deep_tree)
  # Issues 13.4 and 13.8: paths past PATH_MAX and very deep trees are measured and refused
  # (exit 1), never skipped, never "was the stick pulled out?" (exit 4).
  # 1. A listed file whose full path is longer than PATH_MAX (its path in the pack is not):
  #    it is measured like any other, so the total cap holds.
  part=$(head -c 200 /dev/zero | tr '\0' p)
  file=$(head -c 70 /dev/zero | tr '\0' f)
  rel=$(for ((i = 0; i < 20; i++)); do printf '%s/' "$part"; done)$file
  [ ${#rel} -le 4095 ] && [ $(( ${#pack_b} + 1 + ${#rel} )) -gt 4096 ] || fail "the test's path is not past PATH_MAX"
  (cd "$pack_b" && for ((i = 0; i < 20; i++)); do mkdir "$part" && cd "$part"; done &&
     head -c 2000000 /dev/zero >"$file") || fail "cannot make the deep path"
  resign "$pack_b"
  grep -q "  $rel$" "$pack_b/MANIFEST" || fail "the manifest does not list the deep file"
  mark
  import "$stick" --max-total-bytes 1048576
  expect_rc 1
  expect_report "Refused:" "over the limit of 1.0 MiB"
  expect_current "$content_a"
  expect_no_staging
  expect_untouched "$stick"
  # 2. An unlisted tree 3,000 folders deep (far past PATH_MAX).
  rm -rf "$stick" && cp -r "$work/stick-b" "$stick"
  # (In three steps of 1,000 folders: each relative path stays under PATH_MAX for the shell.)
  chunk=$(printf 'd/%.0s' {1..1000})
  (cd "$pack_b" && mkdir -p "$chunk" && cd "$chunk" && mkdir -p "$chunk" && cd "$chunk" && mkdir -p "$chunk") ||
    fail "cannot make the deep tree"
  refused "$stick" "nests folders more than 64 deep"
  # 3. Merely deep (100 empty folders, well within PATH_MAX): refused the same way.
  (cd "$pack_b" && rm -rf d && mkdir -p "$(printf 'd/%.0s' {1..100})") || fail "cannot make the tree"
  refused "$stick" "nests folders more than 64 deep"
  # 4. An unlisted file whose path in the pack is longer than any manifest path may be.
  rm -rf "$pack_b/d"
  long=$(head -c 250 /dev/zero | tr '\0' q)
  (cd "$pack_b" && for ((i = 0; i < 17; i++)); do mkdir "$long" && cd "$long"; done && echo x >f) ||
    fail "cannot make the long path"
  refused "$stick" "longer than 4095 characters"
  ;;
disk_nearly_full)
  # Issue 13.5: the disk fills up around the end of an import (after the copy, when the
  # record, the status and the reports are written and current switches). Whatever the free
  # space, the exit code, STORE/current and the status the kiosk reads must agree.
  [ "$(id -u)" = 0 ] || skip "needs root to mount small tmpfs stores"
  [ -n "$store_tool" ] || fail "this case needs STORE_TOOL"
  page=4096
  # What B takes on a tmpfs: whole pages per file, plus the MANIFEST and its signature.
  need=$(find "$pack_b" -type f -printf '%s\n' | awk -v p=$page '{ n += int(($1 + p - 1) / p) } END { print n * p }')
  # From a few pages short of the copy (it fails) to a few to spare after it.
  outcomes=" "
  for slack in $(seq -4 8); do
    where="$slack pages to spare"
    store=$work/nearly-full$slack
    mkdir "$store"
    mount -t tmpfs -o size=2m tmpfs "$store" || skip "cannot mount a tmpfs here"
    mounts+=("$store")
    import "$work/stick-a"
    expect_rc 0
    free=$(( $(stat -f -c '%a * %S' "$store") ))
    fill=$(( free - need - slack * page ))
    [ "$fill" -ge 0 ] || fail "the tmpfs is too small"
    head -c "$fill" /dev/zero >"$store/filler" 2>/dev/null || true
    mark
    import "$stick"
    expect_untouched "$stick"
    outcomes="$outcomes$rc "
    case $rc in
      0) expect_current "$content_b"; expect_status imported
         head -n1 "$store/last-import-report.txt" | grep -q '^Imported' || fail "exit 0 but the report says $(head -n1 "$store/last-import-report.txt")" ;;
      4) expect_current "$content_a"; expect_status failed
         if [ -f "$store/last-import-report.txt" ]; then
           head -n1 "$store/last-import-report.txt" | grep -q '^Failed' || fail "exit 4 but the report says $(head -n1 "$store/last-import-report.txt")"
         fi ;;
      *) fail "exit code $rc" ;;
    esac
    [ -L "$store/current" ] || fail "STORE/current is gone"
    umount "$store"
  done
  where=""
  echo "imports with -4 to 8 pages to spare after the copy; exit codes:$outcomes"
  [[ $outcomes == *" 0 "* ]] && [[ $outcomes == *" 4 "* ]] || fail "the sweep did not cross from failing to working: $outcomes"
  ;;
injection)
  # Issue 13.6: a signed label with terminal escapes, and a file name holding a newline and
  # a forged report line. Shown anywhere (terminal, reports, haven rollback), each control
  # character is a visible \xNN, and no line is forged.
  forged=$'x\nImported "Pack B" as version 1; all good.\e[2J'
  next_time
  # (U+202E, right-to-left override, would show what follows reversed.)
  sign_at "$pack_b" "$clock" $'Spring \e[2J\e[31mupdate\a\xe2\x80\xaeetad'
  echo "extra" >"$pack_b/cards/$forged"
  refused "$stick" 'cards/x\x0aImported "Pack B" as version 1; all good.\x1b[2J: not in the signed manifest' \
    'Pack: "Spring \x1b[2J\x1b[31mupdate\x07\u{202e}etad"'
  for file in "$out" "$store/last-import-report.txt" "$stick/haven-import-report.txt"; do
    ! grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$file" || fail "a raw control character in $file"
    ! grep -q '^Imported' "$file" || fail "a forged Imported line in $file"
    ! grep -q $'\xe2\x80\xae' "$file" || fail "a raw right-to-left override in $file"
  done
  # Imported for real with that label: the report and `haven rollback` show it escaped.
  rm "$pack_b/cards/$forged"
  import "$stick"
  expect_rc 0
  expect_report "Imported" 'Imported "Spring \x1b[2J\x1b[31mupdate\x07\u{202e}etad" as version'
  "$haven" rollback --store "$store" >"$work/versions.txt" 2>&1 || fail "haven rollback (list) failed"
  ! grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$work/versions.txt" "$out" || fail "a raw control character reached the terminal"
  grep -qF 'Spring \x1b[2J\x1b[31mupdate\x07\u{202e}etad' "$work/versions.txt" || fail "haven rollback does not show the label escaped: $(cat -v "$work/versions.txt")"
  ;;
long_path)
  # Issue 13.4: a path within the manifest's limit (4090 of 4095 characters) that is still
  # too long once the store's folders are put in front of it: refused (exit 1), not "failed"
  # as if the disk or the stick were at fault.
  part=$(printf 'p%.0s' $(seq 200))
  (cd "$pack_b" && for i in $(seq 20); do mkdir "$part" && cd "$part" || exit 1; done && echo small >ffffffffff) ||
    fail "cannot make the deep folder"
  resign "$pack_b"
  refused "$stick" "too long to keep in the store"
  ;;
interrupted_switch)
  # Issue 13.5: an import killed or cut off after moving its version into versions/ but before
  # switching current leaves the state made here (found with strace by an independent attack):
  # a complete version never shown, a status naming it, and a report written ahead of the
  # switch. The kiosk reads "failed"; the next import removes that version, so it neither
  # counts as the newest content nor waits among the versions, and the same stick imports.
  unshown=20250509-120000-0123456789ab
  cp -r "$pack_b" "$store/versions/$unshown"
  printf 'state = "running"\ndone = 1\ntotal = 1\nmessage = "Switching the kiosk to the new content"\nversion = "%s"\n' \
    "$unshown" >"$store/import-status"
  printf 'Imported "Pack B" as version %s; the kiosk shows it now.\n' "$unshown" >"$store/last-import-report.txt"
  expect_status failed
  import "$work/stick-b"
  expect_rc 0
  expect_current "$content_b"
  grep -qF "Removed version $unshown, which an interrupted import had copied but never shown." "$out" ||
    fail "the never-shown version was not removed"
  [ ! -e "$store/versions/$unshown" ] || fail "the never-shown version is still kept"
  ;;
pack_secret_key)
  # A signing key left in the content folder (keygen --out content/clinic, or a hard link to
  # it under another name) would be signed into the pack and copied onto every kiosk.
  for how in copy hardlink other_key; do
    rm -rf "$work/with-key" "$work/key-stick" && cp -r "$content" "$work/with-key"
    case $how in
      copy) cp "$work/clinic.key" "$work/with-key/clinic.key"; expected="is a secret signing key" ;;
      hardlink) ln "$work/clinic.key" "$work/with-key/notes.txt"; expected="is the signing key itself" ;;
      other_key) "$haven" keygen --out "$work/with-key/images/spare" >/dev/null; expected="is a secret signing key" ;;
    esac
    where=$how
    rc=0
    "$haven" pack "$work/with-key" --key "$work/clinic.key" --out "$work/key-stick" >"$out" 2>&1 || rc=$?
    [ "$rc" = 1 ] || fail "haven pack exited $rc, not 1 (refused)"
    grep -qF "$expected" "$out" || fail "haven pack did not say why"
    [ ! -e "$work/key-stick/haven-pack" ] || fail "a pack was written"
  done
  ;;
damaged_stick)
  # Issue 13.7: a stick whose signed manifest is the kiosk's current one, with a file changed.
  # Nothing is copied, and staff are told the stick is damaged, not "up to date".
  import "$work/stick-a"
  expect_rc 0
  grep -q "already up to date" "$out" || fail "the intact stick A is not 'already up to date'"
  cp -r "$work/stick-a" "$work/damaged-a"
  printf 'X' | dd of="$work/damaged-a/haven-pack/cards/talking-questions.md" bs=1 seek=40 conv=notrunc status=none
  refused "$work/damaged-a" "Refused: this stick is damaged" "cards/talking-questions.md does not match the signed manifest" \
    "still shows version $version_a"
  rm "$work/damaged-a/haven-pack/cards/talking-questions.md"
  refused "$work/damaged-a" "Refused: this stick is damaged" "listed in the manifest but missing"
  ;;
legacy_signature)
  # Issue 13.8: minisign's legacy signatures ("Ed", no pre-hash) only with an explicit option.
  next_time
  sign_at "$pack_b" "$clock" "Legacy" "$work/clinic.key" -l
  [ "$(sed -n 2p "$pack_b/MANIFEST.minisig" | base64 -d | head -c 2)" = Ed ] || fail "minisign -l did not make a legacy signature"
  refused "$stick" "legacy" "--allow-legacy-signatures"
  import "$stick" --allow-legacy-signatures
  expect_rc 0
  expect_current "$content_b"
  ;;
special_files)
  # Issue 13.8: what a path is, is checked before it is opened. A FIFO named MANIFEST with a
  # writer waiting: opening it, even without blocking, would let the writer through.
  # (The writer leaves its mark outside the test's folder, which must stay untouched.)
  marks=$(mktemp -d /tmp/haven-fifo-marks.XXXXXX)
  trap 'cleanup; rm -rf "$marks"' EXIT
  rm "$pack_b/MANIFEST"
  mkfifo "$pack_b/MANIFEST"
  ( exec 3>"$pack_b/MANIFEST"; echo opened >"$marks/manifest" ) &
  children+=($!)
  sleep 0.3
  refused "$stick" "MANIFEST is not a regular file"
  sleep 0.3
  [ ! -e "$marks/manifest" ] || fail "the FIFO named MANIFEST was opened before it was checked"
  # The same for a content file.
  rm -rf "$stick" && cp -r "$work/stick-b" "$stick"
  rm "$pack_b/cards/talking-questions.md"
  mkfifo "$pack_b/cards/talking-questions.md"
  ( exec 3>"$pack_b/cards/talking-questions.md"; echo opened >"$marks/card" ) &
  children+=($!)
  sleep 0.3
  refused "$stick" "cards/talking-questions.md: not a regular file"
  sleep 0.3
  [ ! -e "$marks/card" ] || fail "the FIFO in the pack was opened"
  # A device node named MANIFEST (root only: mknod).
  if [ "$(id -u)" = 0 ]; then
    rm -rf "$stick" && cp -r "$work/stick-b" "$stick"
    rm "$pack_b/MANIFEST"
    mknod "$pack_b/MANIFEST" c 1 3
    refused "$stick" "MANIFEST is not a regular file"
  fi
  ;;
hostile_folders)
  # The hostile-folder corpus's stick shapes (tests/hostile/make-hostile-folders.sh) through
  # `haven pack` and `haven import`: clutter is never packed nor imported, names with control
  # characters are refused by `haven pack` and shown escaped, and nothing raw reaches the
  # terminal or the store.
  generator=$(cd "$(dirname "$0")/../../hostile" && pwd)/make-hostile-folders.sh
  all=$(sed -n '/^CASES=(/,/^)/p' "$generator" | grep -o 'c_[a-z0-9_]*')
  raw=$'[\x01-\x08\x0b-\x1f\x7f]'
  for name in c_clutter_beside_content c_clutter_folders_holding_files c_control_chars_in_help_label \
              c_control_chars_in_folder_name c_newline_in_file_name c_control_chars_in_file_name c_invalid_utf8_file_name; do
    n=$(grep -nx "$name" <<<"$all" | cut -d: -f1)
    [ -n "$n" ] || fail "no case $name in $generator"
    bash "$generator" "$work/hostile" "$n-$n" >/dev/null
    dir=$(find "$work/hostile" -mindepth 1 -maxdepth 1 -name '[0-9]*' -type d)
    rm -rf "$work/hostile-stick"
    rc=0
    "$haven" pack "$dir" --key "$work/clinic.key" --out "$work/hostile-stick" --label "$name" >"$work/pack.txt" 2>&1 || rc=$?
    ! grep -q "$raw" "$work/pack.txt" || fail "$name: haven pack printed a raw control character"
    case $name in
      c_control_chars_in_folder_name | c_newline_in_file_name | c_control_chars_in_file_name)
        [ "$rc" = 1 ] || fail "$name: haven pack exited $rc, expected 1 (a name no manifest may hold)"
        grep -q "cannot go in a pack: the path contains a control character" "$work/pack.txt" ||
          fail "$name: haven pack said: $(cat -v "$work/pack.txt")"
        [ ! -e "$work/hostile-stick/haven-pack" ] || fail "$name: a pack was written"
        continue ;;
    esac
    [ "$rc" = 0 ] || fail "$name: haven pack exited $rc: $(cat -v "$work/pack.txt")"
    ! cut -c67- "$work/hostile-stick/haven-pack/MANIFEST" |
      grep -qiE '(^|/)(\._|\.Trashes|\$RECYCLE\.BIN|\.Spotlight-V100|\.DS_Store|Thumbs\.db|desktop\.ini|System Volume)' ||
      fail "$name: clutter in the manifest: $(cat "$work/hostile-stick/haven-pack/MANIFEST")"
    next_time
    sign_at "$work/hostile-stick/haven-pack" "$clock" "$name"
    import "$work/hostile-stick"
    expect_rc 0
    ! grep -q "$raw" "$out" || fail "$name: a raw control character reached the terminal"
    (cd "$store/current" && sha256sum --quiet -c MANIFEST) || fail "$name: the stored version does not match its manifest"
    [ -z "$(find -L "$store/current" -iname '._*' -o -iname '.Trashes' -o -iname '$RECYCLE.BIN' -o -iname '.Spotlight-V100')" ] ||
      fail "$name: clutter was imported"
  done
  ;;
*)
  echo "import_e2e.sh: unknown case '$case'" >&2
  exit 2
  ;;
esac
echo "ok: import_$case"
