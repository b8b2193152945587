# Every third-party dependency comes from a Debian 12 package as an imported target.
# Imported targets' include directories are treated as system headers (-isystem),
# so their warnings never fail our -Werror build.

find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)

# A missing dependency names the Debian package that brings it, so a machine without it (or a
# package list that forgot it: deploy/packages.sh) fails with a message saying what to install.
function(haven_missing debian_package what)
  message(FATAL_ERROR "Haven needs ${what} from the Debian package ${debian_package}, which is not "
                      "installed: apt-get install ${debian_package} (deploy/dev installs every package "
                      "in deploy/packages.sh).")
endfunction()
macro(haven_find_package name debian_package)
  find_package(${name} ${ARGN} QUIET)
  if(NOT ${name}_FOUND)
    haven_missing(${debian_package} ${name})
  endif()
endmacro()
macro(haven_pkg_check name debian_package module)
  pkg_check_modules(${name} QUIET IMPORTED_TARGET GLOBAL ${module})
  if(NOT ${name}_FOUND)
    haven_missing(${debian_package} ${module})
  endif()
endmacro()

# Core
find_path(STB_INCLUDE_DIR stb_image.h PATH_SUFFIXES stb)            # headers only
if(NOT STB_INCLUDE_DIR)
  haven_missing(libstb-dev "stb_image.h")
endif()
add_library(stb_headers INTERFACE IMPORTED)
set_target_properties(stb_headers PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${STB_INCLUDE_DIR}")
haven_find_package(tomlplusplus libtomlplusplus-dev)
# libmd4c-dev's CMake config imports md4c::md4c-html too, and stops CMake with a bare "file
# does not exist" when that library's package (not a dependency of libmd4c-dev) is missing.
find_library(MD4C_HTML_RUNTIME NAMES libmd4c-html.so.0)
if(NOT MD4C_HTML_RUNTIME)
  haven_missing(libmd4c-html0 "libmd4c-html.so.0 (libmd4c-dev's CMake config refers to it)")
endif()
haven_find_package(md4c libmd4c-dev)
haven_pkg_check(qrencode libqrencode-dev libqrencode)

# Text in every script: the bidirectional algorithm and line breaks (kiosk/core/text), and
# shaping (kiosk/ui/text)
haven_pkg_check(fribidi libfribidi-dev fribidi)
haven_pkg_check(unibreak libunibreak-dev libunibreak)
haven_pkg_check(harfbuzz libharfbuzz-dev harfbuzz)
haven_pkg_check(freetype libfreetype-dev freetype2)  # the shaped text's glyphs (kiosk/ui/text)

# Content updates (kiosk/update)
haven_pkg_check(sodium libsodium-dev libsodium)   # signatures, hashes, PIN hashes

# UI
haven_find_package(ImGui libimgui-dev)         # FindImGui.cmake

# Platform
haven_find_package(glfw3 libglfw3-dev 3.3)
set(OpenGL_GL_PREFERENCE GLVND)
haven_find_package(OpenGL libgl-dev)
haven_find_package(SDL2 libsdl2-dev)
haven_find_package(SDL2_mixer libsdl2-mixer-dev)
haven_pkg_check(systemd libsystemd-dev libsystemd)  # sd_notify (watchdog)
haven_pkg_check(espeak libespeak-ng-dev espeak-ng)  # cards read aloud, the breathing voice guide

# Application
haven_find_package(CLI11 libcli11-dev)
