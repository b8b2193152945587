#!/usr/bin/env bash
# Makes tests/content/source-shingles.txt: the hash of every 8-word run ("shingle") of the
# source articles the cards were written from, and tests/content/source-content-runs.txt: the
# hash of every run of 5 content words (stop words left out, each word cut to its stem). The
# articles are not in the repository, so the originality test (originality_test.cpp) compares
# the cards with these hashes instead.
#
#   tests/content/make-source-shingles.sh [SOURCES_DIR]           rewrite source-shingles.txt
#   tests/content/make-source-shingles.sh --check [SOURCES_DIR]   only say whether it is up to date
#
# SOURCES_DIR defaults to shared/sources beside the repository. Run it again whenever the
# source articles change. A shingle is 8 consecutive words, lower-cased, apostrophes removed,
# hyphens and other punctuation as spaces, joined by single spaces; its hash is the first 16
# hex digits of its SHA-256. The same code (text.cpp) splits the cards' words in the test.
# BUILD_DIR (default build/dev) is where the small make_source_shingles tool is built.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
check=false
if [ "${1:-}" = --check ]; then check=true; shift; fi
sources=${1:-$repo/../shared/sources}
build=${BUILD_DIR:-$repo/build/dev}

if ! ls "$sources"/*.txt >/dev/null 2>&1; then
  echo "make-source-shingles: no source articles (*.txt) in $sources" >&2
  exit 1
fi
[ -f "$build/CMakeCache.txt" ] || cmake -S "$repo" -B "$build" >/dev/null
cmake --build "$build" --target make_source_shingles >/dev/null
tool=$build/tests/content/make_source_shingles

status=0
for kind in shingles content-runs; do
  out=$repo/tests/content/source-$kind.txt
  option=(); [ "$kind" = content-runs ] && option=(--content)
  tmp=$(mktemp)
  "$tool" "${option[@]}" "$sources" >"$tmp"
  if $check; then
    if cmp -s "$tmp" "$out"; then
      echo "$(basename "$out") is up to date ($(wc -l <"$out") hashes)"
    else
      echo "$(basename "$out") is out of date: run tests/content/make-source-shingles.sh" >&2
      status=1
    fi
    rm -f "$tmp"
  else
    mv "$tmp" "$out"
    echo "wrote $out ($(wc -l <"$out") hashes)"
  fi
done
exit "$status"
