#!/usr/bin/env bash
# The live kiosk, showing good content, is switched to hostile folders one after another
# (the way an import swaps the `current` link, as in tests/e2e/live_reload.sh), and hostile
# files are dropped into the folder it watches. Each time it must refuse the new content
# with the problem logged, keep the good content, stay responsive (no hang in the watcher
# or the background loader on a FIFO, a symlink loop, 10,000 files or a path deeper than
# PATH_MAX) and still take good content afterwards.
#
#   hostile_live_reload.sh HAVEN FIXTURES BUNDLED WORK BUILD
# shellcheck source-path=SCRIPTDIR source=../e2e/lib.sh
source "$(dirname "$0")/../e2e/lib.sh"
HERE=$(cd "$(dirname "$0")" && pwd)

if [ -z "${DISPLAY:-}" ]; then
  exec "$WITH_XVFB" 1280x1024x24 bash "$0" "$@"
fi

# Refused cases that stress the watcher and the loader thread in different ways.
CASES=(fifo-card symlink-loop ten-thousand-empty-files image-path-too-long toml-deep-arrays png-100000-square
       one-bad-card-among-good cards-folder-symlink-outside empty-folder)

bash "$HERE/make-hostile-folders.sh" "$WORK/folders" > /dev/null
mkdir -p store
cp -r "$FIXTURES/basic" store/good
ln -s good store/current
"$HAVEN" --content store/current --windowed 800x600 2> live.err &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT

count() { grep -cF -- "$1" live.err || true; }
wait_for_log() {  # wait_for_log TEXT COUNT: until TEXT appears COUNT times in the log
  for _ in $(seq 150); do
    [ "$(count "$1")" -ge "$2" ] && return 0
    kill -0 $pid 2>/dev/null || fail "haven died: $(tail -5 live.err)"
    sleep 0.1
  done
  fail "waited 15 s for '$1' x$2 in the log: $(tail -5 live.err)"
}
good="showing 3 topics and 4 cards"
refused="the new content has errors; still showing the previous content"
switch_to() { ln -sfn "$1" store/current.new && mv -T store/current.new store/current; }

wait_for_log "$good" 1
for name in "${CASES[@]}"; do
  folder=$(cd "$WORK/folders" && ls -d [0-9][0-9][0-9]-"$name")
  [ -d "$WORK/folders/$folder" ] || fail "no hostile folder $name"
  before=$(count "$refused")
  switch_to "$WORK/folders/$folder"
  wait_for_log "$refused" $((before + 1))
  echo "refused $folder"
done

# Hostile files dropped into the watched folder itself: a FIFO named like a card, then a link
# loop. Each is refused; once they are gone the folder is good again.
switch_to good
wait_for_log "$good" 2
before=$(count "$refused")
mkfifo store/good/cards/fifo.md
wait_for_log "cards/fifo.md: error: cannot read" 1
wait_for_log "$refused" $((before + 1))
rm store/good/cards/fifo.md
wait_for_log "$good" 3
ln -s loop.md store/good/cards/loop.md
wait_for_log "$refused" $((before + 2))
rm store/good/cards/loop.md
wait_for_log "$good" 4

# Never once did anything but the good content get shown.
shown=$(grep -F "haven: showing" live.err | sort -u)
[ "$shown" = "haven: $good" ] || fail "the kiosk showed other content: $shown"
report=$(grep -m1 -E 'Sanitizer|runtime error:|Assertion .* failed' live.err || true)
[ -z "$report" ] || fail "$report"
kill -0 $pid || fail "haven died: $(tail -5 live.err)"
kill -TERM $pid; wait $pid || fail "haven did not exit cleanly"
trap - EXIT
chmod -R u+rwx "$WORK/folders" 2>/dev/null || true
rm -rf "$WORK/folders"
echo "ok: ${#CASES[@]} hostile folders and 2 hostile files refused by the live kiosk"
