# Cross-compiling Haven for 64-bit ARM (Raspberry Pi 4/5 on Raspberry Pi OS bookworm, or any
# Debian 12 arm64 machine) on a Debian 12 amd64 machine, with Debian's own multiarch packages:
#
#   dpkg --add-architecture arm64 && apt-get update
#   apt-get install crossbuild-essential-arm64 pkgconf:arm64 libimgui-dev:arm64 ...
#   cmake -S . -B build/arm64 -DCMAKE_TOOLCHAIN_FILE=kiosk/cmake/toolchains/aarch64-linux-gnu.cmake
#
# deploy/cross-deb does all of it inside a throwaway Debian root. Multiarch puts the arm64
# libraries beside the machine's own, in /usr/lib/aarch64-linux-gnu, with the same /usr/include:
# there is no separate sysroot, so nothing here sets CMAKE_SYSROOT or CMAKE_FIND_ROOT_PATH.

set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)

set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)

# Where find_library and find_package look first (/usr/lib/aarch64-linux-gnu, and the CMake
# package files under it). CMake would guess it from the compiler too; stating it means a
# guess that went wrong can never hand an amd64 library to the linker.
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)

# The .deb's Architecture field (kiosk/cmake/HavenPackaging.cmake): CPack would ask dpkg, which
# answers for the machine doing the build.
set(HAVEN_DEBIAN_ARCHITECTURE arm64)

# pkgconf:arm64 installs this wrapper, which reads only the arm64 .pc files
# (/usr/lib/aarch64-linux-gnu/pkgconfig and /usr/share/pkgconfig). Plain pkg-config would
# answer with the build machine's libraries, or find nothing.
find_program(PKG_CONFIG_EXECUTABLE aarch64-linux-gnu-pkg-config)
if(NOT PKG_CONFIG_EXECUTABLE)
  message(FATAL_ERROR "aarch64-linux-gnu-pkg-config not found (Debian 12: apt-get install pkgconf:arm64)")
endif()

# Test programs run through qemu-user (qemu-user-static), so CTest can run the unit tests of
# this build on an amd64 machine. Without it the build still works; its tests cannot run.
find_program(HAVEN_QEMU_AARCH64 NAMES qemu-aarch64-static qemu-aarch64)
if(HAVEN_QEMU_AARCH64)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${HAVEN_QEMU_AARCH64})
endif()
