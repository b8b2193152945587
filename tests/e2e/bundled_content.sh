#!/usr/bin/env bash
# The bundled content loads without a single problem, and every one of its topics is
# legible on the first screen at both target sizes.
source "$(dirname "$0")/lib.sh"

mapfile -t titles < <(sed -n 's/^title *= *"\(.*\)"/\1/p' "$BUNDLED/topics.toml")
[ "${#titles[@]}" -ge 6 ] || fail "expected at least 6 bundled topics, found ${#titles[@]}"
for size in 1920x1080 1280x800; do
  printf 'wait 300\nshot bundled-%s.png\n' $size > bundled-$size.txt
  rc=$(run_script bundled-$size.txt "$BUNDLED" $size)
  [ "$rc" = 0 ] || fail "script exited $rc: $(cat bundled-$size.txt.err)"
  # (ALSA chatters on stderr when there is no sound card; only Haven's own lines count.)
  grep "^haven:" bundled-$size.txt.err | grep -iE "error|warning" && fail "loading the bundled content printed: $(cat bundled-$size.txt.err)"
  expect_legible bundled-$size.png "${titles[@]}"
done
echo "ok"
