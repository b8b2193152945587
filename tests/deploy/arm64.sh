#!/usr/bin/env bash
# shellcheck disable=SC2317 # the helpers are called through check()
# The arm64 package (Raspberry Pi 4/5 on Raspberry Pi OS bookworm), proved on an amd64 machine:
#
#   tests/deploy/arm64.sh [OUT_DIR]      (default: build/arm64; the .deb is left there)
#
# 1. `deploy/cross-deb arm64 --test` cross-compiles Haven inside a fresh Debian 12 root
#    (tests/deploy/debian-root.sh, so nothing of this machine's packages takes part), packs
#    the .deb, and runs the unit tests that need no display and no sound (core, headless UI,
#    update, platform, content, the watchdog messages) under qemu-user. A failing test fails here.
# 2. In that root: CMake found every library as its arm64 build (nothing from x86_64), and
#    CTest really ran each of those tests through qemu-aarch64.
# 3. The .deb: Architecture arm64, /usr/bin/haven inside, an ARM aarch64 program, a Depends
#    computed by dpkg-shlibdeps from the arm64 libraries plus the kiosk's own packages, and
#    every package it names exists in Debian 12 for arm64.
#
# Outside CTest (see tests/CMakeLists.txt): about 12 minutes on 2 free cores (the packages
# 3 to 4, the build 6 to 7, the tests 1; docs/deployment.md, "Making the packages"), far
# longer on a machine busy with other builds, and 2.5 GB of disk while it runs. Needs root,
# mmdebstrap and Debian's archive. The root is removed at the end, whatever happened.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
out=$(realpath -m "${1:-$repo/build/arm64}")
root=$repo/build/roots/arm64-test
roots=$here/debian-root.sh

say() { echo "arm64: $(date +%H:%M:%S) $*"; }
fail() { echo "arm64: FAIL: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "needs root (the cross build runs in a Debian root); run it with sudo"
for tool in mmdebstrap dpkg-deb file; do
  command -v "$tool" >/dev/null || fail "$tool is missing here (Debian: mmdebstrap dpkg-dev file)"
done
mkdir -p "$out"
log=$out/cross-deb.log
trap '"$roots" remove "$root" || echo "arm64: could not remove $root" >&2' EXIT

# --- 1. The cross build, the .deb and the unit tests under qemu.
say "deploy/cross-deb arm64 --test (a fresh root, the cross toolchain, the build, the tests; $log)"
started=$SECONDS
if ! deb=$("$repo/deploy/cross-deb" arm64 --test --keep-root --root "$root" --out "$out" 2>"$log"); then
  echo "arm64: FAIL: deploy/cross-deb arm64 --test failed; the end of $log:" >&2
  tail -n 40 "$log" | sed 's/^/    /' >&2
  exit 1
fi
grep '^cross-deb: ' "$log" | sed 's/^/arm64: /'
say "made $deb in $((SECONDS - started)) s"

failed=0
check() {  # check DESCRIPTION COMMAND...
  local description=$1; shift
  if "$@"; then echo "ok   $description"; else echo "FAIL $description"; failed=1; fi
}
lacks() { ! grep -q -- "$1" <<<"$2"; }

# --- 2. What the build found, and how its tests ran.
cache=$(cat "$root/src/build/CMakeCache.txt")
# Every library and CMake package file the configure step settled on, e.g.
# "ImGui_LIBRARY:FILEPATH=/usr/lib/aarch64-linux-gnu/libimgui.a" or "glfw3_DIR:PATH=...".
found=$(grep -E '^[A-Za-z0-9_]+(_LIBRARY|_LIBRARY_[A-Za-z0-9_]+|_DIR|_gl|_glx|_opengl|_egl):(FILEPATH|PATH)=/usr/lib' <<<"$cache" \
  | grep -Ev '^CMAKE_' || true)
# (OpenGL is libGL, GLVND's legacy library: libOpenGL.so is in libopengl-dev, which the build
# packages do not name, so FindOpenGL falls back to it; the package then depends on libgl1.)
for entry in ImGui_LIBRARY FREETYPE_LIBRARY_RELEASE OPENGL_gl_LIBRARY OPENGL_glx_LIBRARY glfw3_DIR SDL2_DIR \
             SDL2_mixer_DIR md4c_DIR tomlplusplus_DIR pkgcfg_lib_sodium_sodium pkgcfg_lib_qrencode_qrencode \
             pkgcfg_lib_systemd_systemd; do
  check "CMake found $entry in /usr/lib/aarch64-linux-gnu" \
    grep -qE "^$entry:(FILEPATH|PATH)=/usr/lib/aarch64-linux-gnu/" <<<"$cache"
done
check "nothing CMake found is from x86_64-linux-gnu" lacks x86_64-linux-gnu "$found"
# The compiler CMake settled on is recorded beside the cache, not in it (the toolchain sets it).
compiler=$(cat "$root"/src/build/CMakeFiles/*/CMakeCXXCompiler.cmake 2>/dev/null || true)
check "the compiler is aarch64-linux-gnu-g++" grep -qF 'set(CMAKE_CXX_COMPILER "/usr/bin/aarch64-linux-gnu-g++")' <<<"$compiler"

# CTest's own record of each test: its command line, and whether it passed.
ctest_log=$(cat "$root/src/build/Testing/Temporary/LastTest.log" 2>/dev/null || true)
passed_under_qemu() {  # passed_under_qemu TEST
  awk -v test="$1" '
    /^[0-9]+\/[0-9]+ Test: / { inside = ($0 ~ ("^[0-9]+/[0-9]+ Test: " test "$")) }
    inside && /^Command: .*qemu-aarch64/ { emulated = 1 }
    inside && /^Test Passed\.$/ { passed = 1 }
    END { exit !(emulated && passed) }' <<<"$ctest_log"
}
for test in core ui update_signing update_store platform content deploy_service_notify; do
  check "unit test $test ran under qemu-aarch64 and passed" passed_under_qemu "$test"
done

# --- 3. The package.
info=$(dpkg-deb --info "$deb")
contents=$(dpkg-deb --contents "$deb")
check "the file is named haven_*_arm64.deb" grep -qE '/haven_[0-9][^_]*_arm64\.deb$' <<<"$deb"
check "Architecture: arm64" grep -qx ' Architecture: arm64' <<<"$info"
has_program() {  # has_program PATH: an executable file of the package
  awk -v path="$1" '$1 == "-rwxr-xr-x" && $6 == path { found = 1 } END { exit !found }' <<<"$contents"
}
check "/usr/bin/haven is in the package, executable" has_program ./usr/bin/haven
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"; "$roots" remove "$root" || echo "arm64: could not remove $root" >&2' EXIT
dpkg-deb --extract "$deb" "$unpacked"
binary=$(file -b "$unpacked/usr/bin/haven")
echo "     /usr/bin/haven: $binary"
check "/usr/bin/haven is an ARM aarch64 program" grep -q 'ELF 64-bit LSB .*ARM aarch64' <<<"$binary"
check "/usr/bin/haven asks for the arm64 dynamic loader" grep -q 'interpreter /lib/ld-linux-aarch64.so.1' <<<"$binary"

depends=$(sed -n 's/^ Depends: //p' <<<"$info")
echo "     Depends: $depends"
# Computed ones carry the minimum versions from the arm64 libraries' symbols files (libsystemd0
# and libgl1 come without one).
names_in() { sed -E 's/[,|]/\n/g' <<<"$depends" | sed -E 's/^[[:space:]]+//; s/[[:space:]]+$//'; }
for package in libc6 libstdc++6 libglfw3 libsdl2-2.0-0 libsdl2-mixer-2.0-0 libfreetype6 libsodium23 \
               libqrencode4 libmd4c0 libmd4c-html0; do
  check "Depends has the computed $package (>= version)" grep -qE "^${package//+/\\+} \(>= [^)]+\)$" < <(names_in)
done
for package in libsystemd0 libgl1 cage xwayland fonts-noto-core fonts-dejavu-core systemd udev; do
  check "Depends names $package" grep -qE "^${package//+/\\+}( |$)" < <(names_in)
done
# Every package named (alternatives too) must be installable on a Pi: built for arm64, or
# for all architectures (the fonts), in Debian 12's arm64 archive, whose lists the root has.
mapfile -t names < <(sed -E 's/[,|]/\n/g' <<<"$depends" | sed -E 's/\(.*\)//; s/[[:space:]]//g' | grep -v '^$' | sort -u)
# shellcheck disable=SC2016 # expanded by the root's shell
missing=$("$roots" run "$root" bash -c 'for package; do
    apt-cache policy "$package:arm64" | grep -q "Candidate: [^(]" && continue
    apt-cache show --no-all-versions "$package" 2>/dev/null | grep -qx "Architecture: all" && continue
    echo "$package"
  done' bash "${names[@]}" | tr '\n' ' ')
check "every package in Depends exists in Debian 12 for arm64${missing:+ (not: $missing)}" test -z "$missing"

if [ "$failed" != 0 ]; then
  echo "--- dpkg-deb --info:"; echo "$info"
  echo "--- what CMake found under /usr/lib:"; echo "$found"
  fail "the arm64 package or its build is wrong (the FAIL lines above)"
fi
say "ok: $deb ($(du -k "$deb" | cut -f1) KiB), its unit tests passed under qemu, $((SECONDS - started)) s in all"
