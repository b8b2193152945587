#!/usr/bin/env bash
# The live soak (issue 19): the real kiosk, in its own 1920x1080 window, driven for half an hour
# the way patients would drive it (random taps and drags everywhere, reading pauses, a text size
# now and then), with its memory and CPU read every minute. It answers what tests/soak (the
# virtual-clock soak, under ASan) cannot: whether the resident memory of the real process, with
# GLFW, Mesa, SDL and the glyph texture in it, keeps growing. The figure is the least-squares
# slope of RSS over the last minutes, after the warm-up; the target is under 50 KB a minute.
#
#   tests/bench/soak.sh HAVEN_BINARY [CONTENT_DIR] [OUT_DIR]
#     (default content: the bundled content; default OUT_DIR: build/soak, emptied first)
#
# Environment: HAVEN_SOAK_MINUTES (default 30), HAVEN_SOAK_SLOPE_MINUTES (default 20: the slope
# is taken over the samples of the last this-many minutes, or over all of them in a shorter
# run), HAVEN_SOAK_SEED (default 1: the same seed gives the same sequence of actions).
# Prints each minute's sample to stderr as it is taken and the summary (Markdown) to stdout;
# OUT_DIR keeps soak.tsv (the samples), soak.md (the summary), actions.log (every action with
# its time and coordinates, to replay a crash with its seed), haven.log and a screenshot a minute.
# Exits 0 whether or not the target is met (this is a benchmark), 1 when the kiosk dies during
# the soak or does not exit 0 soon after SIGTERM, 2 on a bad command line.
# Needs: xdotool; Xvfb, xauth and setpriv when there is no DISPLAY; ImageMagick (import,
# convert) to see which text size is on screen and for the screenshots (optional).
set -euo pipefail
export LC_ALL=C  # decimal points, not commas, in $EPOCHREALTIME, printf and awk

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
usage() { echo "usage: soak.sh HAVEN_BINARY [CONTENT_DIR] [OUT_DIR]" >&2; exit 2; }
die() { echo "soak.sh: $*" >&2; exit 1; }
{ [ $# -ge 1 ] && [ $# -le 3 ]; } || usage
HAVEN=$(realpath -m "$1")
CONTENT=$(realpath -m "${2:-$ROOT/content}")
OUT=$(realpath -m "${3:-$ROOT/build/soak}")
MINUTES=${HAVEN_SOAK_MINUTES:-30}
SLOPE_MINUTES=${HAVEN_SOAK_SLOPE_MINUTES:-20}
SEED=${HAVEN_SOAK_SEED:-1}
SIZE_W=1920 SIZE_H=1080
TARGET_KB=50  # the slope's target, KB (1000 bytes) a minute; compared in KiB below

[[ $MINUTES =~ ^[1-9][0-9]*$ ]] || { echo "soak.sh: HAVEN_SOAK_MINUTES must be a whole number of minutes, 1 or more" >&2; exit 2; }
[[ $SLOPE_MINUTES =~ ^[1-9][0-9]*$ ]] || { echo "soak.sh: HAVEN_SOAK_SLOPE_MINUTES must be a whole number of minutes, 1 or more" >&2; exit 2; }
[[ $SEED =~ ^[0-9]+$ ]] || { echo "soak.sh: HAVEN_SOAK_SEED must be a whole number" >&2; exit 2; }
[ -x "$HAVEN" ] || { echo "soak.sh: $HAVEN is not an executable" >&2; exit 2; }
[ -d "$CONTENT" ] || { echo "soak.sh: $CONTENT is not a folder" >&2; exit 2; }

# A display of our own when there is none, of the size the text-size buttons' places are for.
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || die "no DISPLAY and no Xvfb (apt-get install xvfb xauth)"
  HAVEN_SOAK_XVFB=1 exec "$(dirname "$0")/../support/with-xvfb.sh" "${SIZE_W}x${SIZE_H}x24" \
    bash "$0" "$HAVEN" "$CONTENT" "$OUT"
fi
command -v xdotool >/dev/null || die "xdotool is missing (Debian: apt-get install xdotool)"
# Without ImageMagick the text-size buttons are tapped where they are at the default size.
imagemagick=0
if command -v import >/dev/null && command -v convert >/dev/null; then imagemagick=1; fi

rm -rf "$OUT" && mkdir -p "$OUT/screens"
haven_pid=
cleanup() {
  if [ -n "$haven_pid" ] && kill -0 "$haven_pid" 2>/dev/null; then
    kill -TERM "$haven_pid" 2>/dev/null || true
    wait "$haven_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT
say() { echo "$*" >&2; }

# --- Helpers ---------------------------------------------------------------------------

# Shared: now_us, cpu_ticks, wait_window.
# shellcheck source-path=SCRIPTDIR source=bench_lib.sh
source "$(dirname "$0")/bench_lib.sh"
# seconds US: microseconds as seconds with three decimals, for sleep and the logs.
seconds() { printf '%d.%03d' $(( $1 / 1000000 )) $(( $1 % 1000000 / 1000 )); }

# rnd LO HI: a whole number from LO to HI in REPLY. Never called in a subshell ($(...)): the
# draw would not advance the script's own $RANDOM, and the sequence would repeat itself.
rnd() { REPLY=$(( $1 + RANDOM % ($2 - $1 + 1) )); }

# alive: whether the kiosk still runs. `kill -0` is not enough: a child that has died stays
# a zombie, which signals still reach, until the script waits for it.
alive() {
  local stat
  { read -r stat <"/proc/$haven_pid/stat"; } 2>/dev/null || return 1
  stat=${stat##*) }
  [ "${stat%% *}" != Z ]
}

# crashed: says loudly when and how the kiosk died, then exits 1.
crashed() {
  local rc=0 at how
  wait "$haven_pid" 2>/dev/null || rc=$?
  haven_pid=  # nothing left for cleanup to end
  at=$(( $(now_us) - start_us ))
  how="exit status $rc"
  [ "$rc" -gt 128 ] && how="$how, killed by SIG$(kill -l $((rc - 128)) 2>/dev/null || echo "$((rc - 128))")"
  say ""
  say "soak.sh: FAIL: the kiosk died $(seconds $at) s into the soak (minute $((at / 60000000)), at $(date '+%H:%M:%S')), after $actions actions ($how)."
  say "  Replay: HAVEN_SOAK_SEED=$SEED HAVEN_SOAK_MINUTES=$MINUTES tests/bench/soak.sh $HAVEN $CONTENT"
  say "  The last actions ($OUT/actions.log):"
  tail -5 "$OUT/actions.log" | sed 's/^/    /' >&2
  say "  The kiosk's last words ($OUT/haven.log):"
  tail -10 "$OUT/haven.log" | sed 's/^/    /' >&2
  echo "FAIL: died $(seconds $at) s into the soak after $actions actions ($how)" >>"$OUT/actions.log"
  exit 1
}

# xdo ARGS...: xdotool on the kiosk's window. When it fails, either the kiosk is gone (a
# crash, reported as such) or X refused one event (counted, and the soak goes on).
xdo() {
  xdotool "$@" 2>>"$OUT/xdotool.log" && return 0
  alive || crashed
  xdotool_failures=$((xdotool_failures + 1))
}

# log_action KIND DETAILS: one line of actions.log: seconds since the start, number, kind, where.
log_action() {
  printf '%s\t%d\t%s\t%s\n' "$(seconds $(( $(now_us) - start_us )))" "$actions" "$1" "$2" >>"$OUT/actions.log"
}

# --- Text size -------------------------------------------------------------------------------
# The top bar's A, A+ and A++ are on every screen with the top bar, but move with the text
# size (larger labels, right-aligned), so the A+ layout's places hit other buttons at other
# sizes: at A++, (1314,62) is "High contrast". Where each is, for each size, in a 1920x1080
# window with standard colours (the default size is A+, "medium"): the centres, then the
# point 18 px above each centre (inside the button, clear of its label) where its colour is
# read, and a point just left of A that is background only in that layout.
sizes=(small medium large)
labels=(A A+ A++)
declare -A button_x=([small]="1225 1312 1412" [medium]="1095 1196 1314" [large]="899 1023 1166")
declare -A button_y=([small]=53 [medium]=62 [large]=79)
declare -A gap_x=([small]=1180 [medium]=1040 [large]=835)

# text_size_now: sets SIZE_NOW to the size on screen (small, medium or large): the one whose
# layout has background left of A, its own button selected (dark green) and the other two
# not (light). "unknown" on screens without the top bar (the breathing exercise, the hidden
# screen), in high contrast (other colours, other places) and without ImageMagick.
text_size_now() {
  SIZE_NOW=unknown
  [ "$imagemagick" = 1 ] || return 0
  local shot=$OUT/top-bar.ppm size fmt="" x y found colours
  import -silent -window root -crop "${SIZE_W}x130+0+0" +repage "$shot" 2>/dev/null || return 0
  for size in "${sizes[@]}"; do
    y=$((button_y[$size] - 18))
    fmt+="$size %[pixel:p{${gap_x[$size]},$y}]"
    for x in ${button_x[$size]}; do fmt+=" %[pixel:p{$x,$y}]"; done
    fmt+='\n'
  done
  colours=$(convert "$shot" -format "$fmt" info: 2>/dev/null) || return 0
  found=$(awk -F'[ (),]+' '
    function kind(r, g, b) {
      if (r >= 243 && g >= 239 && b >= 232 && r <= 251 && g <= 247 && b <= 240) return "bg"
      if (r < 90 && g < 130 && b < 120 && g > 60) return "green"
      return r > 150 ? "light" : "other"
    }
    {
      # $1 the size, then srgb r g b four times: the gap, A, A+, A++.
      want = $1 == "small" ? 1 : $1 == "medium" ? 2 : 3
      ok = kind($3, $4, $5) == "bg"
      for (i = 1; i <= 3; i++) {
        k = kind($(3 + 4 * i), $(4 + 4 * i), $(5 + 4 * i))
        ok = ok && k == (i == want ? "green" : "light")
      }
      if (ok) { print $1; n++ }
    }
    END { if (n != 1) print "unknown" }' <<<"$colours" | tail -1)
  SIZE_NOW=${found:-unknown}
}

# change_text_size: taps another text size where its button is now. When the size on screen
# is unknown (most often the hidden screen, which random taps leave only by its two buttons),
# returns 1 so that a random action is done instead and the size is tried again at the next
# action; after 20 such turns (about 40 s: the hidden screen is usually left by then), taps a
# random size where it is at the default size, blind.
change_text_size() {
  local before target label i x y xs
  text_size_now; before=$SIZE_NOW
  if [ "$before" = unknown ] && [ "$text_size_deferred" -lt 20 ]; then
    text_size_deferred=$((text_size_deferred + 1))
    return 1
  fi
  text_size_deferred=0
  if [ "$before" = unknown ]; then
    rnd 0 2; target=${sizes[$REPLY]}
    read -ra xs <<<"${button_x[medium]}"; y=${button_y[medium]}
  else
    rnd 1 2
    for i in 0 1 2; do [ "${sizes[$i]}" = "$before" ] && target=${sizes[$(((i + REPLY) % 3))]}; done
    read -ra xs <<<"${button_x[$before]}"; y=${button_y[$before]}
  fi
  for i in 0 1 2; do [ "${sizes[$i]}" = "$target" ] && x=${xs[$i]} && label=${labels[$i]}; done
  actions=$((actions + 1)); text_size_taps=$((text_size_taps + 1))
  log_action text-size "($x,$y) $label: $before -> $target"
  xdo mousemove --window "$win" "$x" "$y" mousedown 1 sleep 0.1 mouseup 1
  sleep 0.5  # a few frames to draw the new layout
  text_size_now
  if [ "$SIZE_NOW" = "$target" ]; then
    text_size_changes=$((text_size_changes + 1))
    log_action text-size "now $SIZE_NOW"
  else
    log_action text-size "now $SIZE_NOW (not $target)"
  fi
}

# --- Patients' actions -----------------------------------------------------------------------

# tap: a finger anywhere in the window, held 50-150 ms.
tap() {
  local x y hold
  rnd 0 $((SIZE_W - 1)); x=$REPLY
  rnd 0 $((SIZE_H - 1)); y=$REPLY
  rnd 50 150; hold=$REPLY
  actions=$((actions + 1)); taps=$((taps + 1))
  log_action tap "($x,$y) hold 0.$(printf %03d "$hold") s"
  xdo mousemove --window "$win" "$x" "$y" mousedown 1 sleep "0.$(printf %03d "$hold")" mouseup 1
}

# drag: a finger down, 6-10 moves over about 0.3 s, up: mostly up or down (scrolling a card or
# the home screen's tiles), sometimes sideways, a few hundred pixels, kept inside the window.
drag() {
  local x y dx dy steps step_ms i args
  rnd 0 $((SIZE_W - 1)); x=$REPLY
  rnd 0 $((SIZE_H - 1)); y=$REPLY
  rnd 150 700; dx=0; dy=$REPLY
  rnd 0 1; [ "$REPLY" = 0 ] && dy=$((-dy))
  rnd 1 10
  if [ "$REPLY" -le 3 ]; then dx=$dy; dy=0; fi
  # Off the window's edge: the other way (a drag cut short at the edge is hardly one), and
  # only then cut to the window.
  if [ $((x + dx)) -lt 0 ] || [ $((x + dx)) -ge $SIZE_W ]; then dx=$((-dx)); fi
  if [ $((y + dy)) -lt 0 ] || [ $((y + dy)) -ge $SIZE_H ]; then dy=$((-dy)); fi
  if [ $((x + dx)) -lt 0 ]; then dx=$((-x)); elif [ $((x + dx)) -ge $SIZE_W ]; then dx=$((SIZE_W - 1 - x)); fi
  if [ $((y + dy)) -lt 0 ]; then dy=$((-y)); elif [ $((y + dy)) -ge $SIZE_H ]; then dy=$((SIZE_H - 1 - y)); fi
  rnd 6 10; steps=$REPLY
  step_ms=$((300 / steps))
  actions=$((actions + 1)); drags=$((drags + 1))
  log_action drag "($x,$y) -> ($((x + dx)),$((y + dy))) in $steps steps"
  args=(mousemove --window "$win" "$x" "$y" mousedown 1)
  for i in $(seq 1 "$steps"); do
    args+=(sleep "0.$(printf %03d "$step_ms")" mousemove --window "$win" $((x + dx * i / steps)) $((y + dy * i / steps)))
  done
  xdo "${args[@]}" mouseup 1
}

# --- Samples -------------------------------------------------------------------------------------

# sample MINUTE: the kiosk's RSS, anonymous RSS and CPU over the minute before, to soak.tsv and
# stderr, with a screenshot of what was on screen.
sample() {
  local minute=$1 now ticks rss anon cpu=- shot
  alive || crashed
  now=$(now_us); ticks=$(cpu_ticks "$haven_pid")
  rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$haven_pid/status" 2>/dev/null) || true
  anon=$(awk '/^RssAnon:/ { print $2 }' "/proc/$haven_pid/status" 2>/dev/null) || true
  if [ -z "$rss" ] || [ -z "$anon" ]; then alive || crashed; die "cannot read /proc/$haven_pid/status"; fi
  if [ "$minute" -gt 0 ]; then
    cpu=$(awk -v d=$((ticks - last_ticks)) -v hz="$clk_tck" -v us=$((now - last_us)) \
      'BEGIN { printf "%.2f", 100 * d / hz / (us / 1e6) }')
  fi
  last_ticks=$ticks; last_us=$now
  # The text size on screen: a larger one has a larger font atlas, so RSS steps by a few MiB
  # with it, up and down, and the slope is also taken over the samples at one size.
  text_size_now
  printf '%d\t%s\t%d\t%d\t%s\t%d\t%s\n' "$minute" "$(seconds $((now - start_us)))" "$rss" "$anon" "$cpu" "$actions" \
    "$SIZE_NOW" >>"$OUT/soak.tsv"
  say "   minute $minute: RSS $rss KiB, anonymous $anon KiB, CPU $cpu % of a core, $actions actions, text size $SIZE_NOW"
  if [ "$imagemagick" = 1 ]; then
    printf -v shot '%s/screens/minute-%03d.png' "$OUT" "$minute"
    import -silent -window root "$shot" 2>/dev/null || true
  fi
}

# pause_until US: waits until that time (microseconds, as now_us), taking the samples that fall
# due meanwhile and looking at the kiosk at least twice a second. Samples are due on the minute
# from the start, however late the actions run. Returns 1 once the last sample is taken.
pause_until() {
  local until=$1 now due next
  while :; do
    alive || crashed
    now=$(now_us); due=$((start_us + samples_taken * 60000000))
    if [ "$now" -ge "$due" ]; then
      sample "$samples_taken"; samples_taken=$((samples_taken + 1))
      [ "$samples_taken" -gt "$MINUTES" ] && return 1
      continue
    fi
    [ "$now" -ge "$until" ] && return 0
    next=$(( until < due ? until : due ))
    sleep "$(seconds $(( next - now < 500000 ? next - now : 500000 )))"
  done
}

# --- The soak ------------------------------------------------------------------------------------

cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
cores=$(grep -c '^processor' /proc/cpuinfo)
clk_tck=$(getconf CLK_TCK)
display_kind=${HAVEN_SOAK_XVFB:+"Xvfb ${SIZE_W}x${SIZE_H}x24 (private)"}
display_kind=${display_kind:-"the caller's display $DISPLAY"}
run_date=$(date -u '+%Y-%m-%d %H:%M UTC')
if revision=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null); then
  git -C "$ROOT" diff --quiet HEAD 2>/dev/null || revision="$revision with uncommitted changes"
else
  revision="not a git checkout"
fi
[ "$imagemagick" = 1 ] || say "no ImageMagick: text sizes are tapped where they are at A+, and no screenshots are taken"
say "Soaking $HAVEN for $MINUTES minutes (seed $SEED) on $display_kind; outputs in $OUT"

SDL_AUDIODRIVER=dummy "$HAVEN" --content "$CONTENT" --windowed ${SIZE_W}x${SIZE_H} >"$OUT/haven.log" 2>&1 &
haven_pid=$!
win=$(wait_window "$haven_pid" '^Haven$' 30)
[ -n "$win" ] || die "the kiosk opened no window within 30 s: $(cat "$OUT/haven.log")"
sleep 2  # its first frames, and the content loaded

RANDOM=$SEED
actions=0 taps=0 drags=0 pauses=0 walked_away=0 text_size_taps=0 text_size_changes=0 text_size_deferred=0
xdotool_failures=0
samples_taken=0 last_ticks=0 last_us=0
printf 'minute\tseconds\trss_kib\tanon_kib\tcpu_percent\tactions\ttext_size\n' >"$OUT/soak.tsv"
{
  echo "# Haven soak, $run_date: seed $SEED, $MINUTES minutes, $HAVEN, content $CONTENT"
  printf '# seconds\taction\tkind\twhere (window coordinates)\n'
} >"$OUT/actions.log"
start_us=$(now_us)
rnd 100 140; next_text_size_us=$((start_us + REPLY * 1000000))
next_action_us=$start_us
# Each turn: wait for the action's time (sampling meanwhile), act, choose the next time.
while pause_until "$next_action_us"; do
  if [ "$(now_us)" -ge "$next_text_size_us" ] && change_text_size; then
    rnd 100 140; next_text_size_us=$((next_text_size_us + REPLY * 1000000))
  else
    rnd 1 10
    if [ "$REPLY" -le 7 ]; then tap; else drag; fi
  fi
  # About one action in 30 is followed by a patient reading for a while (5-20 s), and about
  # one in 150 by the patient walking away: 100-110 s, past the idle prompt (60 s in the
  # bundled kiosk.toml) and the reset that forgets everything, which is also what leads back
  # from the hidden screen that random taps seldom leave.
  rnd 1 150
  if [ "$REPLY" = 1 ]; then
    rnd 100000 110000; pauses=$((pauses + 1)); walked_away=$((walked_away + 1))
    log_action pause "$(seconds $((REPLY * 1000))) s (walked away)"
  elif [ "$REPLY" -le 5 ]; then
    rnd 5000 20000; pauses=$((pauses + 1)); log_action pause "$(seconds $((REPLY * 1000))) s"
  else
    rnd 1000 3000
  fi
  next_action_us=$(( $(now_us) + REPLY * 1000 ))
done

# --- The end: SIGTERM, timed ----------------------------------------------------------------------

term_us=$(now_us)
kill -TERM "$haven_pid"
# The live loop promises to end within a second of SIGTERM; 10 s is a failure, not a slow exit.
while alive && [ $(( $(now_us) - term_us )) -lt 10000000 ]; do sleep 0.01; done
exit_ms=$(( ($(now_us) - term_us) / 1000 ))
exit_status=
if alive; then
  kill -KILL "$haven_pid" 2>/dev/null || true
  wait "$haven_pid" 2>/dev/null || true
  exit_status="still running after 10 s (killed)"
else
  rc=0; wait "$haven_pid" || rc=$?
  exit_status=$rc
  [ "$rc" -gt 128 ] && exit_status="$rc (SIG$(kill -l $((rc - 128)) 2>/dev/null || echo $((rc - 128))))"
fi
haven_pid=

# --- The summary ---------------------------------------------------------------------------------

# Minute 0 is the kiosk just started, before any action: its warm-up (fonts, textures, the
# first screens) is not a leak, so it is left out of the figures and only shown as the start.
first=$(( MINUTES > SLOPE_MINUTES ? MINUTES - SLOPE_MINUTES : 1 ))
read -r slope_rss slope_anon n_slope min_rss max_rss mean_cpu rss0 rss_end < <(
  awk -F'\t' -v first="$first" '
    NR == 1 { next }
    $1 == 0 { rss0 = $3; next }
    {
      if (min == "" || $3 < min) min = $3
      if ($3 > max) max = $3
      cpu += $5; ncpu++; last = $3
      if ($1 >= first) { n++; sx += $1; sxx += $1 * $1; sy += $3; sxy += $1 * $3; sa += $4; sxa += $1 * $4 }
    }
    END {
      d = n * sxx - sx * sx
      if (n >= 2 && d != 0) { sr = sprintf("%.1f", (n * sxy - sx * sy) / d); sa2 = sprintf("%.1f", (n * sxa - sx * sa) / d) }
      else { sr = "n/a"; sa2 = "n/a" }
      printf "%s %s %d %d %d %.2f %d %d\n", sr, sa2, n, min, max, (ncpu ? cpu / ncpu : 0), rss0, last
    }' "$OUT/soak.tsv")
# The same slope with the text size held still: RSS is a few MiB higher at a larger size (its
# font atlas), so where the sizes fall among the samples can tilt the slope over all of them
# either way without anything growing. Each size gets a level of its own and the slope is the
# one they share (least squares within each size, pooled), over every sample whose size was
# seen on screen.
read -r n_size n_sizes slope_size < <(
  awk -F'\t' -v first="$first" '
    NR == 1 || $1 < first || $1 == 0 || $7 == "" || $7 == "unknown" { next }
    { n++; count[$7]++; sx[$7] += $1; sy[$7] += $3; t[n] = $1; r[n] = $3; k[n] = $7 }
    END {
      for (i = 1; i <= n; i++) {
        mx = sx[k[i]] / count[k[i]]; my = sy[k[i]] / count[k[i]]
        num += (t[i] - mx) * (r[i] - my); den += (t[i] - mx) * (t[i] - mx)
      }
      sizes = 0; for (z in count) sizes++
      printf "%d %d %s\n", n, sizes, (n - sizes >= 2 && den > 0) ? sprintf("%.1f", num / den) : "n/a"
    }' "$OUT/soak.tsv")
target_kib=$(awk -v kb=$TARGET_KB 'BEGIN { printf "%.1f", kb * 1000 / 1024 }')
# Judged with the text size held still where there are samples enough, else over all of them.
judged=$slope_rss judged_on="all samples"
if [ "$slope_size" != n/a ]; then judged=$slope_size judged_on="$n_size samples at $n_sizes text sizes, each size at its own level"; fi
if [ "$judged" = n/a ]; then
  verdict="not measured: one sample (run 2 minutes or more)"
elif awk -v s="$judged" -v t="$target_kib" 'BEGIN { exit !(s < t) }'; then
  verdict="met: $judged KiB a minute over $judged_on, under $target_kib"
else
  verdict="**missed**: $judged KiB a minute over $judged_on, not under $target_kib"
fi
{
  echo "## Haven soak, $run_date"
  echo
  echo "Machine: $cpu_model, $cores cores. Display: $display_kind. Binary: $HAVEN; content: $CONTENT; source $revision."
  echo "Seed $SEED; $MINUTES minutes of random taps and drags over the whole window, an action every 1-3 s, a 5-20 s pause after about one in 30, a 100-110 s absence (the idle reset) after about one in 150, a text size about every 2 minutes."
  echo
  echo "| Figure | Value |"
  echo "|---|---:|"
  echo "| Minutes driven; samples (and one at the start) | $MINUTES; $MINUTES |"
  echo "| Actions: taps, drags, text sizes (pauses; of them, absences past the idle reset) | $actions: $taps, $drags, $text_size_taps ($pauses; $walked_away) |"
  echo "| Text-size taps that changed the size (seen on screen) | $text_size_changes of $text_size_taps |"
  echo "| RSS at the start, minute 0 (KiB) | $rss0 |"
  echo "| RSS lowest; highest, minutes 1-$MINUTES (KiB) | $min_rss; $max_rss |"
  echo "| RSS at the end, minute $MINUTES (KiB) | $rss_end |"
  echo "| RSS slope, least squares over minutes $first-$MINUTES, $n_slope samples (KiB a minute) | $slope_rss |"
  echo "| Anonymous RSS slope, same samples (KiB a minute) | $slope_anon |"
  echo "| RSS slope with the text size held still: the $n_size of them whose size was seen, each size at its own level (KiB a minute) | $slope_size |"
  echo "| Target: RSS slope under $TARGET_KB KB ($target_kib KiB) a minute | $verdict |"
  echo "| CPU, mean of minutes 1-$MINUTES (% of a core) | $mean_cpu |"
  echo "| SIGTERM to exit (ms); exit status | $exit_ms; $exit_status |"
  [ "$xdotool_failures" = 0 ] || echo "| xdotool commands refused by X (xdotool.log) | $xdotool_failures |"
} | tee "$OUT/soak.md"

[ "$exit_status" = 0 ] || die "the kiosk did not exit 0 on SIGTERM: $exit_status ($OUT/haven.log)"
