#!/usr/bin/env bash
# Staff edit the content folder while the kiosk runs: a good edit is picked up live, a
# broken one is refused with the problem logged and the previous content kept, and a
# `current` link swapped to a new version is followed.
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

if [ -z "${DISPLAY:-}" ]; then
  exec "$WITH_XVFB" 1280x1024x24 bash "$0" "$@"
fi

mkdir -p store
cp -r "$FIXTURES/basic" store/v1
cp -r "$FIXTURES/basic" store/v2
ln -s v1 store/current
"$HAVEN" --content store/current --windowed 800x600 2> live.err &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT

wait_for_log() {  # wait_for_log TEXT COUNT: until TEXT appears COUNT times in the log
  for _ in $(seq 100); do
    [ "$(grep -cF -- "$1" live.err)" -ge "$2" ] && return 0
    sleep 0.1
  done
  fail "waited 10 s for '$1' x$2 in the log: $(cat live.err)"
}

wait_for_log "showing 3 topics and 4 cards" 1

# A good edit: a fourth topic and a card for it.
printf '\n[[topic]]\nid = "walks"\ntitle = "Short walks"\norder = 4\n' >> store/v1/topics.toml
printf '+++\ntitle = "A walk a day"\ncode = 41\ntopic = "walks"\n+++\nGently.\n' > store/v1/cards/walks.md
wait_for_log "showing 4 topics and 5 cards" 1

# A broken edit: refused, the problem named, the four topics kept.
printf '+++\ntitle = "Broken"\ncode = 42\n' > store/v1/cards/broken.md
wait_for_log "cards/broken.md:1:1: error: front matter is not closed" 1
wait_for_log "still showing the previous content" 1

# An import switches `current` atomically to another version.
ln -s v2 store/current.new && mv -T store/current.new store/current
wait_for_log "showing 3 topics and 4 cards" 2

kill -0 $pid || fail "haven died: $(cat live.err)"
kill -TERM $pid; wait $pid || fail "haven did not exit cleanly"
trap - EXIT
echo "ok"
