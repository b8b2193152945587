#!/usr/bin/env bash
# Renders the topic illustrations, assets/illustrations/<topic-id>.svg, to 256x256 PNG files in
# content/images/<topic-id>.png (named by topics.toml's `icon`). A dev-time step: it needs
# rsvg-convert (Debian: librsvg2-bin), and the PNGs it makes are committed. The drawings are
# flat shapes in the kiosk's palette (paper #F7F3EC, sage #DCE8E1 and #B9D1C4, deep green
# #2F5D50, warm sand #E9CBA7) with no gradients, so each PNG stays well under 20 KB.
#
#   assets/illustrations/render.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$here/../.." && pwd)/content/images
if ! command -v rsvg-convert >/dev/null; then
  echo "render.sh: needs rsvg-convert (apt-get install librsvg2-bin)" >&2
  exit 1
fi
mkdir -p "$out"
for svg in "$here"/*.svg; do
  name=$(basename "$svg" .svg)
  rsvg-convert --width 256 --height 256 --keep-aspect-ratio --background-color '#F7F3EC' \
    --format png --output "$out/$name.png" "$svg"
  size=$(stat -c %s "$out/$name.png")
  if [ "$size" -ge 20480 ]; then
    echo "render.sh: $name.png is $size bytes; keep each picture under 20 KB" >&2
    exit 1
  fi
  echo "content/images/$name.png ($size bytes)"
done
