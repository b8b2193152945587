# shellcheck shell=bash disable=SC2034 # the lists are used by the scripts that source this file
# Debian 12 package lists, sourced by deploy/dev (development and tests) and by
# deploy/install.sh (a real kiosk), so the two never disagree about what Haven needs.

# What building and running Haven needs, all from Debian's own archive.
build_packages=(
  cmake g++ make pkg-config
  libimgui-dev libglfw3-dev libgl-dev libgl1-mesa-dri libfreetype-dev libstb-dev
  libsdl2-dev libsdl2-mixer-dev libtomlplusplus-dev libcli11-dev libmd4c-dev libqrencode-dev libsodium-dev libsystemd-dev
  fonts-noto-core fonts-dejavu-core
)

# The kiosk session on a real machine: cage (a Wayland kiosk compositor) with Xwayland,
# because GLFW is built for X11 and cage forwards touch only to Wayland/Xwayland clients.
kiosk_packages=(cage xwayland)

# The alternative plain X11 session (deploy/install.sh --x11): a bare X server started by
# xinit, libinput for touch, and xset for the screen-off schedule.
x11_packages=(xinit xserver-xorg-core xserver-xorg-input-libinput x11-xserver-utils)

# What tests/deploy needs besides the test packages: dpkg-shlibdeps and file (CPack's
# computed dependencies) and shellcheck (the scripts).
deploy_test_packages=(dpkg-dev file shellcheck)
