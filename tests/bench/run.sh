#!/usr/bin/env bash
# Haven's figures side by side, all measured in one run (tests/bench/README.md, docs/performance.md):
#   1. time to the first frame of the home screen: the live kiosk until its first frame is on
#      the screen (`--bench-first-frame`), and `haven --script` with one `shot`, against a bare
#      GLFW + OpenGL 3 program (floor_window) that opens, clears, reads back and exits;
#   2. memory (RSS, PSS, peak RSS) of the live kiosk on its home screen, against floor_window
#      holding its window (bare, and drawing one textured quad as ImGui does) and against
#      Chromium in kiosk mode showing the same home screen; memory after text-size changes;
#   3. CPU while idle on the home screen and while the breathing exercise animates, drawing
#      only what changed and (`--full-redraw`) every frame whole;
#   4. content load (100, 1,000, 10,000 cards) and the UI frames during a reload;
#   5. the live soak (tests/bench/soak.sh): half an hour of random taps and drags, with the
#      slope of resident memory over its last 20 minutes and the CPU it took.
# Ratios only mean something within one run: on a shared machine whole runs drift, but the
# programs compared are measured alternately or back to back, under the same load.
#
#   tests/bench/run.sh [BUILD_DIR]      (default: build/bench; configured and built if needed)
#
# Environment: HAVEN_BENCH_RUNS (start-up runs of each program, default 5),
# HAVEN_BENCH_CPU_SECONDS (default 30), HAVEN_BENCH_SETTLE_SECONDS (time on the home screen
# before memory is read, default 5), HAVEN_BENCH_SOAK_MINUTES (the soak's length, default 30;
# 0 leaves it out). Screenshots and raw outputs stay in BUILD_DIR/bench_run.
# Needs: Xvfb and xauth (when there is no display), xdotool, tesseract, ImageMagick (import),
# chromium; none of them are needed by `deploy/dev test`.
set -euo pipefail
export LC_ALL=C  # decimal points, not commas, in $EPOCHREALTIME and awk

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(realpath -m "${1:-$ROOT/build/bench}")
RUNS=${HAVEN_BENCH_RUNS:-5}
CPU_SECONDS=${HAVEN_BENCH_CPU_SECONDS:-30}
SETTLE=${HAVEN_BENCH_SETTLE_SECONDS:-5}
SOAK_MINUTES=${HAVEN_BENCH_SOAK_MINUTES:-30}
SIZE_W=1920 SIZE_H=1080

die() { echo "run.sh: $*" >&2; exit 1; }

# A display of our own when there is none, of the size every figure is taken at.
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || die "no DISPLAY and no Xvfb (apt-get install xvfb xauth)"
  HAVEN_BENCH_XVFB=1 exec "$(dirname "$0")/../support/with-xvfb.sh" "${SIZE_W}x${SIZE_H}x24" bash "$0" "$BUILD"
fi

for tool in xdotool tesseract import chromium; do
  command -v $tool >/dev/null || die "$tool is missing (Debian: apt-get install xdotool tesseract-ocr imagemagick chromium)"
done
# The idle reset would leave the home screen mid-measurement (kiosk.toml: 60 s).
[ $((SETTLE + CPU_SECONDS)) -lt 55 ] || die "HAVEN_BENCH_SETTLE_SECONDS + HAVEN_BENCH_CPU_SECONDS must stay under 55 s (the idle reset)"

# --- Build: a release-like build without sanitizers (they make everything several times slower).
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
if grep -q '^HAVEN_SANITIZE:BOOL=ON' "$BUILD/CMakeCache.txt"; then
  die "$BUILD is built with HAVEN_SANITIZE=ON; use a build without sanitizers for timings"
fi
cmake --build "$BUILD" -j2 --target haven floor_window bench_content_load bench_reload_frames >/dev/null
HAVEN=$BUILD/kiosk/haven
FLOOR=$BUILD/tests/bench/floor_window
CONTENT=$ROOT/content

OUT=$BUILD/bench_run
rm -rf "$OUT" && mkdir -p "$OUT"
started=()  # every background process this script starts, ended on exit
cleanup() {
  for pid in "${started[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
say() { echo "$*" >&2; }

# --- Helpers ---------------------------------------------------------------------------

# Shared: now_us, cpu_ticks, wait_window.
# shellcheck source-path=SCRIPTDIR source=bench_lib.sh
source "$(dirname "$0")/bench_lib.sh"
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# ratio A B: A/B to one or two decimals, or "n/a" when B is too small to divide by.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 < 0.05 || a == "n/a" || b == "n/a") print "n/a"; else printf (a / b >= 10 ? "%.1f" : "%.2f"), a / b }'; }

# The process and all its descendants (Chromium's zygotes, renderers, GPU and utility processes).
tree() {
  ps -e -o pid=,ppid= | awk -v root="$1" '
    { parent[$1] = $2; pids[NR] = $1 }
    END {
      keep[root] = 1; changed = 1
      while (changed) { changed = 0; for (i in pids) { p = pids[i]; if (!(p in keep) && (parent[p] in keep)) { keep[p] = 1; changed = 1 } } }
      for (p in keep) print p
    }'
}

# memory PID...: "RSS PSS HWM" in MiB, summed over the processes (each from /proc).
memory() {
  local rss=0 pss=0 hwm=0 pid v
  for pid in "$@"; do
    [ -r "/proc/$pid/smaps_rollup" ] || continue
    v=$(awk '/^Rss:/ { r = $2 } /^Pss:/ { p = $2 } END { print r + 0, p + 0 }' "/proc/$pid/smaps_rollup" 2>/dev/null) || continue
    rss=$((rss + ${v% *})); pss=$((pss + ${v#* }))
    hwm=$((hwm + $(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)))
  done
  awk -v r=$rss -v p=$pss -v h=$hwm 'BEGIN { printf "%.1f %.1f %.1f\n", r / 1024, p / 1024, h / 1024 }'
}

# cpu_percent PID...: % of one core used by the processes together over CPU_SECONDS.
cpu_percent() {
  local before after t0 t1
  before=$(cpu_ticks "$@"); t0=$(now_us)
  sleep "$CPU_SECONDS"
  after=$(cpu_ticks "$@"); t1=$(now_us)
  awk -v d=$((after - before)) -v hz="$(getconf CLK_TCK)" -v us=$((t1 - t0)) 'BEGIN { printf "%.2f\n", 100 * d / hz / (us / 1e6) }'
}

screenshot() { import -window root "$1"; }

# ocr_words PNG WORD [NEXT]: "X Y", the centre of the first WORD (followed by NEXT on the
# same line, when given) that tesseract reads in the picture; nothing when there is none.
ocr_words() {
  tesseract "$1" - tsv 2>/dev/null | awk -F'\t' -v w="$2" -v n="${3:-}" '
    NR > 1 && $12 != "" {
      key = $3 "." $4 "." $5
      if (found == 0 && prev_key == key && prev == w && $12 == n) {
        top = pt < $8 ? pt : $8; bottom = pt + ph > $8 + $10 ? pt + ph : $8 + $10
        printf "%d %d\n", (pl + $7 + $9) / 2, (top + bottom) / 2; found = 1
      }
      if (found == 0 && n == "" && $12 == w) { printf "%d %d\n", $7 + $9 / 2, $8 + $10 / 2; found = 1 }
      prev = $12; prev_key = key; pl = $7; pt = $8; ph = $10
    }'
}

# find_words PNG WORD [NEXT]: like ocr_words, on the screenshot as it is and then on its
# white text alone: tesseract misses white labels on Haven's dark green buttons ("Start").
find_words() {
  local found; found=$(ocr_words "$@")
  if [ -z "$found" ]; then
    convert "$1" -fuzz 2% -fill black -opaque white -fill white +opaque black "${1%.png}-white-text.png"
    found=$(ocr_words "${1%.png}-white-text.png" "${@:2}")
  fi
  [ -n "$found" ] && echo "$found"
}

# tap WINDOW X Y: a finger's tap in window coordinates: down, a short hold, up, no movement.
tap() { xdotool mousemove --window "$1" "$2" "$3" sleep 0.1 mousedown 1 sleep 0.12 mouseup 1; }

# --- The machine -------------------------------------------------------------------------

cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
cores=$(grep -c '^processor' /proc/cpuinfo)
ram=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
kernel=$(uname -r)
debian=$(cat /etc/debian_version 2>/dev/null || echo unknown)
renderer=$("$FLOOR" --size 64x64 --info | sed -n 's/^renderer: //p')
display_kind=${HAVEN_BENCH_XVFB:+"Xvfb ${SIZE_W}x${SIZE_H}x24 (private)"}
display_kind=${display_kind:-"the caller's display $DISPLAY"}
run_date=$(date -u '+%Y-%m-%d %H:%M UTC')
if revision=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null); then
  git -C "$ROOT" diff --quiet HEAD 2>/dev/null || revision="$revision with uncommitted changes"
else
  revision="not a git checkout"
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD/CMakeCache.txt")
say "Benchmarking $BUILD ($build_type) on $display_kind; raw outputs in $OUT"

# --- 1. Time to first frame ----------------------------------------------------------------

echo "shot $OUT/first-frame.png" >"$OUT/first-frame.script"
# The same start-up with no frame at all (1 ms is less than a frame step, so nothing is
# drawn): what is left of the first figure is the first frame and writing its PNG.
echo "wait 1" >"$OUT/no-frame.script"
time_haven() {  # time_haven SCRIPT
  local t0 t1 rc=0
  t0=$(now_us)
  "$HAVEN" --content "$CONTENT" --script "$OUT/$1.script" --size ${SIZE_W}x${SIZE_H} >>"$OUT/haven-script.log" 2>&1 || rc=$?
  t1=$(now_us)
  [ $rc -eq 0 ] || die "haven --script failed (exit $rc): $(tail -3 "$OUT/haven-script.log")"
  echo $(( (t1 - t0) / 1000 ))
}
time_floor() {
  local t0 t1 rc=0
  t0=$(now_us)
  "$FLOOR" --size ${SIZE_W}x${SIZE_H} >>"$OUT/floor.log" 2>&1 || rc=$?
  t1=$(now_us)
  [ $rc -eq 0 ] || die "floor_window failed (exit $rc): $(tail -3 "$OUT/floor.log")"
  echo $(( (t1 - t0) / 1000 ))
}
say "1/5 time to first frame: a warm-up each, then $RUNS alternating runs of each"
time_haven first-frame >/dev/null; time_floor >/dev/null  # page cache, font cache, shader cache
# The live kiosk until its first frame has been swapped to the screen and finished: what a
# patient waits for (no PNG written).
time_live() {
  local t0 t1 rc=0
  t0=$(now_us)
  "$HAVEN" --content "$CONTENT" --windowed ${SIZE_W}x${SIZE_H} --bench-first-frame >>"$OUT/haven-first-frame.log" 2>&1 || rc=$?
  t1=$(now_us)
  [ $rc -eq 0 ] || die "haven --bench-first-frame failed (exit $rc): $(tail -3 "$OUT/haven-first-frame.log")"
  echo $(( (t1 - t0) / 1000 ))
}
time_live >/dev/null
haven_ms=() bare_ms=() floor_ms=() live_ms=()
for _ in $(seq 1 "$RUNS"); do
  live_ms+=("$(time_live)"); floor_ms+=("$(time_floor)")
  haven_ms+=("$(time_haven first-frame)"); bare_ms+=("$(time_haven no-frame)")
done
[ -s "$OUT/first-frame.png" ] || die "haven --script wrote no screenshot"
ttff_haven=$(printf '%s\n' "${haven_ms[@]}" | median)
ttff_bare=$(printf '%s\n' "${bare_ms[@]}" | median)
ttff_floor=$(printf '%s\n' "${floor_ms[@]}" | median)
ttff_live=$(printf '%s\n' "${live_ms[@]}" | median)
say "   live kiosk: ${live_ms[*]} ms; scripted: ${haven_ms[*]} ms; without a frame: ${bare_ms[*]} ms; floor: ${floor_ms[*]} ms"

# --- 2 and 3. The live kiosk: memory, idle CPU, breathing CPU -----------------------------------

say "2/5 live kiosk: ${SETTLE} s on the home screen, then memory, ${CPU_SECONDS} s idle, 15 text-size changes, ${CPU_SECONDS} s breathing; again drawing every frame whole"
# start_live OUT_NAME [FLAG...]: the live kiosk on the bundled content; sets live_pid and live_win.
start_live() {
  local log=$OUT/$1.log; shift
  "$HAVEN" --content "$CONTENT" --windowed ${SIZE_W}x${SIZE_H} "$@" >"$log" 2>&1 &
  live_pid=$!; started+=("$live_pid")
  live_win=$(wait_window "$live_pid" '^Haven$' 30)
  [ -n "$live_win" ] || die "the live kiosk opened no window: $(cat "$log")"
}
stop_live() {
  kill -TERM "$live_pid"; wait "$live_pid" || die "the live kiosk did not exit cleanly ($OUT/$1.log)"
}
rss_mib() { awk '/^VmRSS:/ { printf "%.1f\n", $2 / 1024 }' "/proc/$1/status"; }

# breathe NAME: into the breathing exercise as a patient would (its tile, then Start, found by
# OCR), proof that it animates, then the CPU it takes over CPU_SECONDS.
breathe() {
  local name=$1 bx by sx sy text changed
  screenshot "$OUT/$name-home.png"
  read -r bx by < <(find_words "$OUT/$name-home.png" Breathing exercise) || true
  [ -n "${bx:-}" ] || die "no 'Breathing exercise' tile legible on the home screen ($OUT/$name-home.png)"
  tap "$live_win" "$bx" "$by"; sleep 1.5
  screenshot "$OUT/$name-choose.png"
  read -r sx sy < <(find_words "$OUT/$name-choose.png" Start) || true
  [ -n "${sx:-}" ] || die "no 'Start' button legible after tapping Breathing exercise ($OUT/$name-choose.png)"
  tap "$live_win" "$sx" "$sy"; sleep 2
  # The phase word is legible and the screen changes from moment to moment.
  screenshot "$OUT/$name-a.png"; sleep 0.7; screenshot "$OUT/$name-b.png"
  text=$(tesseract "$OUT/$name-a.png" - 2>/dev/null | tr -s ' \n' '  ')
  grep -Eq 'Breathe|Hold' <<<"$text" || die "the breathing exercise does not seem to run; OCR read: $text"
  changed=$(compare -metric AE "$OUT/$name-a.png" "$OUT/$name-b.png" null: 2>&1 || true)
  awk -v n="$changed" 'BEGIN { exit !(n + 0 > 0) }' ||
    die "the breathing screen did not change in 0.7 s: it is not animating ($OUT/$name-*.png)"
  cpu_percent "$live_pid"
  screenshot "$OUT/$name-end.png"
}

# text_size_changes: 15 changes (A++, A, A+, five times) where the buttons are at 1920x1080
# with the bundled content, each checked to have changed the top bar; prints the resident
# memory after the first change and after the last, in MiB ("n/a" if a tap missed).
text_size_changes() {
  # The three buttons move as the text grows: where each is, in the state it is tapped from.
  local taps=("1313 62" "900 78" "1311 54") i=0 first="" before after x y
  for _ in 1 2 3 4 5; do
    for xy in "${taps[@]}"; do
      read -r x y <<<"$xy"
      screenshot "$OUT/text-size-before.png"
      tap "$live_win" "$x" "$y"; sleep 1
      screenshot "$OUT/text-size-after.png"
      before=$(convert "$OUT/text-size-before.png" -crop ${SIZE_W}x140+0+0 +repage rgb:- | md5sum)
      after=$(convert "$OUT/text-size-after.png" -crop ${SIZE_W}x140+0+0 +repage rgb:- | md5sum)
      if [ "$before" = "$after" ]; then
        say "   text size: tap $((i + 1)) at $x,$y changed nothing ($OUT/text-size-*.png)"; echo "n/a n/a"; return
      fi
      i=$((i + 1))
      [ -n "$first" ] || { sleep 1; first=$(rss_mib "$live_pid"); }
    done
  done
  sleep 2
  echo "$first $(rss_mib "$live_pid")"
}

start_live haven-live
haven_pid=$live_pid
sleep "$SETTLE"
read -r haven_rss haven_pss haven_hwm < <(memory "$haven_pid")
screenshot "$OUT/live-home.png"
haven_idle=$(cpu_percent "$haven_pid")
read -r size_first size_last < <(text_size_changes)
say "   text size: ${haven_rss} MiB before, ${size_first} after the first change, ${size_last} after 15"
haven_breathing=$(breathe live-breathing)
stop_live haven-live

start_live haven-full-redraw --full-redraw
sleep "$SETTLE"
haven_breathing_full=$(breathe live-breathing-full-redraw)
stop_live haven-full-redraw
say "   breathing: ${haven_breathing} % of a core drawing what changed, ${haven_breathing_full} % drawing every frame whole"

say "   floor_window holding its window"
"$FLOOR" --size ${SIZE_W}x${SIZE_H} --hold $((SETTLE + CPU_SECONDS + 10)) >"$OUT/floor-hold.log" 2>&1 &
floor_pid=$!; started+=("$floor_pid")
[ -n "$(wait_window "$floor_pid" '^Haven floor$' 30)" ] || die "floor_window opened no window: $(cat "$OUT/floor-hold.log")"
sleep "$SETTLE"
read -r floor_rss floor_pss floor_hwm < <(memory "$floor_pid")
floor_idle=$(cpu_percent "$floor_pid")
kill -TERM "$floor_pid" 2>/dev/null || true; wait "$floor_pid" 2>/dev/null || true

say "   floor_window drawing one textured quad through a shader like ImGui's"
"$FLOOR" --size ${SIZE_W}x${SIZE_H} --textured --hold $((SETTLE + 10)) >"$OUT/floor-textured.log" 2>&1 &
floor_pid=$!; started+=("$floor_pid")
[ -n "$(wait_window "$floor_pid" '^Haven floor$' 30)" ] || die "floor_window --textured opened no window: $(cat "$OUT/floor-textured.log")"
sleep "$SETTLE"
read -r floor_tex_rss floor_tex_pss _ < <(memory "$floor_pid")
kill -TERM "$floor_pid" 2>/dev/null || true; wait "$floor_pid" 2>/dev/null || true

say "   Chromium in kiosk mode on tests/bench/chromium_home/index.html"
chromium_mode=kiosk
# Chromium's crash handlers detach from its process tree (their parent becomes init), so
# they are recognised as the ones that were not running before it started.
crashpad_before=" $(pgrep -x chrome_crashpad | tr '\n' ' ' || true) "
chromium_processes() {
  local pid
  for pid in $(tree "$chromium_pid") $(pgrep -x chrome_crashpad); do
    case "$(cat "/proc/$pid/comm" 2>/dev/null)" in
      chromium) echo "$pid" ;;  # not the Debian launcher's shell, which only waits
      chrome_crashpad) [[ "$crashpad_before" == *" $pid "* ]] || echo "$pid" ;;
    esac
  done | sort -un
}
start_chromium() {  # start_chromium [EXTRA FLAG]
  local profile; profile=$(mktemp -d "$OUT/chromium-profile.XXXXXX")
  # Offline and quiet: no first-run UI, no background fetches, updates, sync or extensions.
  # --no-sandbox: the bench runs as root, where Chromium refuses to start sandboxed.
  # --disable-gpu: Xvfb has no GPU; Chromium composites in software, as llvmpipe does for Haven.
  # Its own HOME too: the crash handler otherwise keeps a database in ~/.config/chromium.
  HOME=$profile XDG_CONFIG_HOME=$profile XDG_CACHE_HOME=$profile \
  chromium --kiosk --no-first-run --no-default-browser-check --disable-background-networking \
    --disable-component-update --disable-sync --disable-extensions --no-sandbox --disable-gpu \
    --disable-breakpad --noerrdialogs --user-data-dir="$profile" --window-size=${SIZE_W},${SIZE_H} \
    --window-position=0,0 "$@" "file://$ROOT/tests/bench/chromium_home/index.html" >"$OUT/chromium.log" 2>&1 &
  chromium_pid=$!; started+=("$chromium_pid")
}
start_chromium
# Generous: on a busy 2-core machine Chromium has taken over 30 s to show its first window.
chromium_win=$(wait_window "$chromium_pid" '^Haven - Chromium$' 90)
if [ -z "$chromium_win" ]; then
  say "   no Chromium kiosk window on this display; falling back to --headless=new"
  kill -TERM "$chromium_pid" 2>/dev/null || true; wait "$chromium_pid" 2>/dev/null || true
  chromium_mode=headless
  start_chromium --headless=new
  sleep 3
fi
sleep "$SETTLE"
if [ "$chromium_mode" = kiosk ]; then
  # Proof it shows the page, not an error: the tiles are legible on the screen.
  screenshot "$OUT/chromium-home.png"
  text=$(tesseract "$OUT/chromium-home.png" - 2>/dev/null | tr -s ' \n' '  ')
  grep -q 'Breathing exercise' <<<"$text" ||
    die "Chromium does not show the home page ($OUT/chromium-home.png)"
fi
chromium_pids=$(chromium_processes)
chromium_procs=$(wc -w <<<"$chromium_pids")
# shellcheck disable=SC2086  # one pid per word
read -r chromium_rss chromium_pss chromium_hwm < <(memory $chromium_pids)
# shellcheck disable=SC2086  # one pid per word
chromium_idle=$(cpu_percent $chromium_pids)
kill -TERM "$chromium_pid" 2>/dev/null || true; wait "$chromium_pid" 2>/dev/null || true

# --- 4. Content load and reload ----------------------------------------------------------------

say "3/5 bench_content_load (100, 1,000, 10,000 cards)"
"$BUILD/tests/bench/bench_content_load" >"$OUT/bench_content_load.txt" 2>>"$OUT/bench.log"
load_row() { awk -v n="$1" '$1 == n { printf "%s %s\n", $2, $3 }' "$OUT/bench_content_load.txt"; }
read -r load100 per100 < <(load_row 100)
read -r load1000 per1000 < <(load_row 1000)
read -r load10000 per10000 < <(load_row 10000)

say "4/5 bench_reload_frames (100, 999 and 10,000 cards; 10,000 is refused: codes stop at 999)"
{
  "$BUILD/tests/bench/bench_reload_frames" --quick >"$OUT/bench_reload_frames-100.txt"
  "$BUILD/tests/bench/bench_reload_frames" >"$OUT/bench_reload_frames-999.txt"
  "$BUILD/tests/bench/bench_reload_frames" --cards 10000 >"$OUT/bench_reload_frames-10000.txt"
} 2>>"$OUT/bench.log"
reload_figure() { awk -v key="$2" 'index($0, key) { print $(NF - 1) }' "$1"; }
declare -A reload
for n in 100 999 10000; do
  f=$OUT/bench_reload_frames-$n.txt
  reload[load_$n]=$(reload_figure "$f" "load on the loader's thread")
  reload[longest_$n]=$(reload_figure "$f" "frame during the load, longest")
  reload[swap_$n]=$(reload_figure "$f" "the swap frame")
  [ -n "${reload[swap_$n]}" ] || reload[swap_$n]=$(reload_figure "$f" "the frame that kept the old content")
done

# --- 5. The live soak ----------------------------------------------------------------------------

soak_slope="" soak_cpu="" soak_verdict="" soak_minutes=""
if [ "$SOAK_MINUTES" -gt 0 ]; then
  say "5/5 the live soak: $SOAK_MINUTES minutes of random taps and drags (tests/bench/soak.sh)"
  HAVEN_SOAK_MINUTES=$SOAK_MINUTES "$ROOT/tests/bench/soak.sh" "$HAVEN" "$CONTENT" "$OUT/soak" >"$OUT/soak.txt" ||
    die "the soak failed: $(tail -5 "$OUT/soak.txt")"
  soak_row() { awk -F' [|] ' -v key="$1" 'index($1, key) { sub(/ [|]$/, "", $2); print $2; exit }' "$OUT/soak/soak.md"; }
  soak_slope=$(soak_row "| RSS slope")
  soak_cpu=$(soak_row "| CPU, mean")
  soak_verdict=$(soak_row "| Target")
  # soak.sh's window: the last 20 minutes, or all but the warm-up minute 0 in a shorter soak.
  soak_minutes="$(( SOAK_MINUTES > 20 ? SOAK_MINUTES - 20 : 1 ))-$SOAK_MINUTES"
fi

# --- The table ---------------------------------------------------------------------------------

{
  echo "## Haven benchmarks, $run_date"
  echo
  echo "Machine: $cpu_model, $cores cores, $ram RAM; Linux $kernel; Debian $debian."
  echo "Display: $display_kind; OpenGL renderer: $renderer. Build: $build_type, no sanitizers; source $revision."
  echo "Chromium: $(chromium --version 2>/dev/null | head -1), $chromium_mode mode, $chromium_procs processes."
  echo
  echo "| Figure | Haven | Floor (GLFW + GL) | Chromium ($chromium_mode) | Haven / floor | Chromium / Haven |"
  echo "|---|---:|---:|---:|---:|---:|"
  echo "| First frame on the screen, live kiosk (\`--bench-first-frame\`), exec to exit, median of $RUNS (ms) | $ttff_live | $ttff_floor | | $(ratio "$ttff_live" "$ttff_floor") | |"
  echo "| Time to first frame, scripted (\`--script\`, one \`shot\`, PNG written), exec to exit, median of $RUNS (ms) | $ttff_haven | $ttff_floor | | $(ratio "$ttff_haven" "$ttff_floor") | |"
  echo "| … of which start-up and exit without drawing (script \`wait 1\`), median of $RUNS (ms) | $ttff_bare | $ttff_floor | | $(ratio "$ttff_bare" "$ttff_floor") | |"
  echo "| Steady RSS on the home screen (MiB) | $haven_rss | $floor_rss | $chromium_rss | $(ratio "$haven_rss" "$floor_rss") | $(ratio "$chromium_rss" "$haven_rss") |"
  echo "| Steady PSS on the home screen (MiB) | $haven_pss | $floor_pss | $chromium_pss | $(ratio "$haven_pss" "$floor_pss") | $(ratio "$chromium_pss" "$haven_pss") |"
  echo "| Peak RSS, VmHWM (MiB) | $haven_hwm | $floor_hwm | $chromium_hwm | $(ratio "$haven_hwm" "$floor_hwm") | $(ratio "$chromium_hwm" "$haven_hwm") |"
  echo "| Steady RSS; the floor drawing one textured quad as ImGui does (MiB) | $haven_rss | $floor_tex_rss | | $(ratio "$haven_rss" "$floor_tex_rss") | |"
  echo "| Steady PSS; the floor drawing one textured quad as ImGui does (MiB) | $haven_pss | $floor_tex_pss | | $(ratio "$haven_pss" "$floor_tex_pss") | |"
  echo "| RSS after the first text-size change; after 15 (MiB) | $size_first; $size_last | | | | |"
  echo "| CPU idle on the home screen, ${CPU_SECONDS} s (% of a core) | $haven_idle | $floor_idle | $chromium_idle | $(ratio "$haven_idle" "$floor_idle") | $(ratio "$chromium_idle" "$haven_idle") |"
  echo "| CPU during the breathing exercise, ${CPU_SECONDS} s, drawing what changed (% of a core) | $haven_breathing | | | | |"
  echo "| CPU during the breathing exercise, ${CPU_SECONDS} s, every frame whole (\`--full-redraw\`) (% of a core) | $haven_breathing_full | | | | |"
  echo "| Content load, 100 cards (ms; µs per card) | $load100; $per100 | | | | |"
  echo "| Content load, 1,000 cards (ms; µs per card) | $load1000; $per1000 | | | | |"
  echo "| Content load, 10,000 cards (ms; µs per card) | $load10000; $per10000 | | | | |"
  echo "| Reload of 100 cards on the loader's thread (ms) | ${reload[load_100]} | | | | |"
  echo "| Reload of 999 cards on the loader's thread (ms) | ${reload[load_999]} | | | | |"
  echo "| Longest UI frame during a 100-card reload; swap frame (ms) | ${reload[longest_100]}; ${reload[swap_100]} | | | | |"
  echo "| Longest UI frame during a 999-card reload; swap frame (ms) | ${reload[longest_999]}; ${reload[swap_999]} | | | | |"
  echo "| Reload of 10,000 cards on the loader's thread, refused (ms) | ${reload[load_10000]} | | | | |"
  echo "| Longest UI frame during the 10,000-card reload; the frame that kept the old content (ms) | ${reload[longest_10000]}; ${reload[swap_10000]} | | | | |"
  if [ -n "$soak_slope" ]; then
    echo "| Live soak, $SOAK_MINUTES minutes of random taps and drags: RSS slope over minutes $soak_minutes (KiB a minute) | $soak_slope | | | | |"
    echo "| Live soak: under 50 KB a minute? (with the text size held still: a larger one has a larger atlas) | $soak_verdict | | | | |"
    echo "| Live soak: CPU, mean of its minutes (% of a core) | $soak_cpu | | | | |"
  fi
} | tee "$OUT/table.md"
if [ -s "$OUT/soak/soak.md" ]; then echo; cat "$OUT/soak/soak.md"; fi | tee -a "$OUT/table.md"
