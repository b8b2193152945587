#!/usr/bin/env bash
# Regenerates the screenshots in docs/ from the bundled content with `haven --script`, so
# the pictures in the README are always what the kiosk really shows.
#   docs/screenshots/update.sh [BUILD_DIR]     (default: build/run, as `deploy/dev run` builds it)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
haven=$(cd "$here/../.." && pwd)/${1:-build/run}/kiosk/haven
cd "$here"
# A sound device that writes to nowhere, so the screenshots show the sound controls a kiosk
# with speakers has (without one the exercise says "Sound unavailable" instead).
export SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=/dev/null SDL_DISKAUDIODELAY=0
display() { if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" "$@"; fi; }
for size in 1920x1080 1280x800; do
  sed "s/@SIZE@/$size/g" tour.script > "/tmp/haven-tour-$size.script"
  display "$haven" --size "$size" --script "/tmp/haven-tour-$size.script"
done
