# shellcheck shell=bash disable=SC2034 # sourced: the tests use the variables set here
# Shared helpers for the end-to-end tests. Each test is a bash script run by CTest as
#   test.sh HAVEN_BINARY FIXTURES_DIR BUNDLED_CONTENT_DIR WORK_DIR
# It runs `haven` as a person would (under Xvfb when there is no display), then checks
# what came out: exit codes, messages, and screenshots read back with OCR.
set -euo pipefail

HAVEN=$1
FIXTURES=$2
BUNDLED=$3
WORK=$4
# Runs a command on a private Xvfb: with-xvfb.sh WxHxD COMMAND... (tests/support/with-xvfb.sh,
# safe when tests start displays side by side, as `ctest -j` does). Found before the cd below.
WITH_XVFB=$(cd "$(dirname "${BASH_SOURCE[0]}")/../support" && pwd)/with-xvfb.sh
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK"

fail() { echo "FAIL: $*" >&2; exit 1; }

# Runs a command with a display: the caller's, or a private Xvfb.
with_display() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else "$WITH_XVFB" 1920x1080x24 "$@"; fi
}

# Width and height of a PNG, from its IHDR chunk.
png_size() {
  local b; read -ra b < <(od -An -tu1 -j16 -N8 "$1")
  echo "$(( (b[0]<<24) + (b[1]<<16) + (b[2]<<8) + b[3] ))x$(( (b[4]<<24) + (b[5]<<16) + (b[6]<<8) + b[7] ))"
}

# The text a person could read in a screenshot, on one line with single spaces.
read_screen() { tesseract "$1" - 2>/dev/null | tr -s ' \n\t' '   '; }

# Fails unless every following argument is legible in screenshot $1.
expect_legible() {
  local png=$1; shift
  local text; text=$(read_screen "$png")
  # Letters must all be read; a word gap OCR misses between small glyphs ("1card") is its
  # own slip, not the screen's, so the words may also match with the spaces taken out.
  local squeezed=${text// /}
  for want in "$@"; do
    grep -qF -- "$want" <<<"$text" || grep -qF -- "${want// /}" <<<"$squeezed" ||
      fail "'$want' is not legible in $png; OCR read: $text"
  done
}

# Runs a scripted session; stdout/stderr go to files named after the script.
run_script() {  # run_script SCRIPT CONTENT SIZE
  local rc=0
  with_display "$HAVEN" --content "$2" --size "$3" --script "$1" >"$1.out" 2>"$1.err" || rc=$?
  echo "$rc"
}
