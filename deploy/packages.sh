# shellcheck shell=bash disable=SC2034 # the lists are used by the scripts that source this file
# Debian 12 package lists, sourced by deploy/dev (development and tests) and by
# deploy/install.sh (a real kiosk), so the two never disagree about what Haven needs.

# What building and running Haven needs, all from Debian's own archive. espeak-ng-data: the
# voices that read cards aloud (libespeak-ng1 depends on it; named so that it is never missed).
# libmd4c-html0: libmd4c-dev's CMake config imports md4c::md4c-html, whose library is in this
# package, and libmd4c-dev does not depend on it (Debian 12), so find_package(md4c) fails without it.
build_packages=(
  cmake g++ make pkg-config
  libimgui-dev libglfw3-dev libgl-dev libgl1-mesa-dri libfreetype-dev libstb-dev
  libsdl2-dev libsdl2-mixer-dev libtomlplusplus-dev libcli11-dev libmd4c-dev libmd4c-html0 libqrencode-dev
  libsodium-dev libsystemd-dev libharfbuzz-dev libfribidi-dev libunibreak-dev
  libespeak-ng-dev espeak-ng-data
  fonts-noto-core fonts-dejavu-core
)

# The kiosk session on a real machine: cage (a Wayland kiosk compositor) with Xwayland,
# because GLFW is built for X11 and cage forwards touch only to Wayland/Xwayland clients;
# systemd and udev for the units and the USB rule (a minimal or container-made Debian may
# lack udev: it is not part of systemd on Debian 12). The .deb depends on the same.
kiosk_packages=(cage xwayland systemd udev)

# The alternative plain X11 session (deploy/install.sh --x11): a bare X server started by
# xinit, libinput for touch, and xset for the screen-off schedule.
x11_packages=(xinit xserver-xorg-core xserver-xorg-input-libinput x11-xserver-utils)

# What tests/deploy needs besides the test packages: dpkg-shlibdeps and file (CPack's
# computed dependencies), shellcheck (the scripts), udev (udevadm reads the USB rule; Debian
# 12's systemd does not bring it). tests/deploy/cage-session.sh runs the
# deployed session itself, here and in an empty root with only the .deb installed: cage and
# xwayland (the session; the .deb depends on them, deploy/dev test does not install
# kiosk_packages), grim (captures cage's output over wlr-screencopy) and tesseract-ocr with
# its English data (reads the home screen back; also in deploy/dev's test_packages, and here
# too so that the .deb plus this one list is all the script needs).
deploy_test_packages=(dpkg-dev file shellcheck udev cage xwayland grim tesseract-ocr tesseract-ocr-eng)

# What tests/deploy/fresh-root.sh needs on the machine running it (deploy/dev test): mmdebstrap
# for the empty Debian roots, an X server and a way to capture and read its screen for the
# kiosk started inside them (xwd, netpbm's converters, OCR).
fresh_root_packages=(mmdebstrap xvfb xauth x11-utils x11-apps netpbm tesseract-ocr tesseract-ocr-eng)
