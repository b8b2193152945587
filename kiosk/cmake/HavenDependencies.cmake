# Every third-party dependency comes from a Debian 12 package as an imported target.
# Imported targets' include directories are treated as system headers (-isystem),
# so their warnings never fail our -Werror build.

find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)

# Core
find_path(STB_INCLUDE_DIR stb_image.h PATH_SUFFIXES stb REQUIRED)    # libstb-dev (headers only)
add_library(stb_headers INTERFACE IMPORTED)
set_target_properties(stb_headers PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${STB_INCLUDE_DIR}")
find_package(tomlplusplus REQUIRED)            # libtomlplusplus-dev
find_package(md4c REQUIRED)                    # libmd4c-dev
pkg_check_modules(qrencode REQUIRED IMPORTED_TARGET libqrencode)   # libqrencode-dev

# Content updates (kiosk/update)
pkg_check_modules(sodium REQUIRED IMPORTED_TARGET GLOBAL libsodium)   # libsodium-dev: signatures, hashes, PIN hashes

# UI
find_package(ImGui REQUIRED)                   # libimgui-dev (FindImGui.cmake)

# Platform
find_package(glfw3 3.3 REQUIRED)               # libglfw3-dev
set(OpenGL_GL_PREFERENCE GLVND)
find_package(OpenGL REQUIRED)                  # libgl-dev
find_package(SDL2 REQUIRED)                    # libsdl2-dev
find_package(SDL2_mixer REQUIRED)              # libsdl2-mixer-dev
pkg_check_modules(systemd REQUIRED IMPORTED_TARGET GLOBAL libsystemd)  # libsystemd-dev: sd_notify (watchdog)

# Application
find_package(CLI11 REQUIRED)                   # libcli11-dev
