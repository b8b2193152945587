# Haven as an installed kiosk: the systemd units, the USB udev rule and the helper scripts
# under /usr/lib/haven, installed by `cmake --install` (deploy/install.sh) and packed into a
# .deb by `cpack -G DEB`. Both paths run the same /usr/lib/haven/setup-system afterwards.

# Under the prefix: with /usr (install.sh, the .deb) they land in /usr/lib/systemd/system and
# /usr/lib/udev/rules.d, where systemd and udev 252 look. Relative on purpose: an install to
# any other prefix (a test's temporary folder) must never write into the machine's own /lib.
set(HAVEN_SYSTEMD_UNIT_DIR "lib/systemd/system" CACHE PATH "Where the systemd units are installed, under the prefix")
set(HAVEN_UDEV_RULES_DIR "lib/udev/rules.d" CACHE PATH "Where the udev rules are installed, under the prefix")
# Not CMAKE_INSTALL_LIBDIR: that is multiarch on Debian, and these are scripts.
set(HAVEN_HELPER_DIR "lib/haven")

set(haven_deploy "${PROJECT_SOURCE_DIR}/deploy")
install(FILES
    ${haven_deploy}/systemd/haven.service
    ${haven_deploy}/systemd/haven-x11.service
    ${haven_deploy}/systemd/haven-usb-import@.service
    ${haven_deploy}/systemd/haven-screen-off.service
    ${haven_deploy}/systemd/haven-screen-off.timer
    ${haven_deploy}/systemd/haven-screen-on.service
    ${haven_deploy}/systemd/haven-screen-on.timer
    ${haven_deploy}/systemd/haven-touchscreen-replugged.service
  DESTINATION ${HAVEN_SYSTEMD_UNIT_DIR})
install(FILES ${haven_deploy}/udev/90-haven-usb.rules ${haven_deploy}/udev/91-haven-touchscreen.rules
        DESTINATION ${HAVEN_UDEV_RULES_DIR})
install(PROGRAMS
    ${haven_deploy}/setup-system
    ${haven_deploy}/haven-usb-import
    ${haven_deploy}/x11/xinitrc
  DESTINATION ${HAVEN_HELPER_DIR})
# The units' Documentation= points here.
install(FILES ${PROJECT_SOURCE_DIR}/docs/deployment.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The .deb.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "haven")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Haven shows discreet, touch-first guidance cards in clinic waiting rooms, full screen\n"
    "under the cage kiosk compositor. It never uses the network and stores nothing about\n"
    "patients; staff update its content from signed packs on a USB stick.")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
# The units and the rule have absolute destinations: stage the whole tree under DESTDIR so
# they land inside the package, never on the machine building it.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# A cross build's toolchain (kiosk/cmake/toolchains/) names the Debian architecture it builds
# for: CPack would ask dpkg, which answers for the machine doing the build.
if(HAVEN_DEBIAN_ARCHITECTURE)
  set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE "${HAVEN_DEBIAN_ARCHITECTURE}")
endif()
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Haven maintainers <haven@localhost>" CACHE STRING "Maintainer field of the .deb")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Library dependencies are computed from the binary (dpkg-shlibdeps); these are what it runs
# with and under. init-system-helpers: deb-systemd-helper/-invoke in the maintainer scripts.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "cage, xwayland, fonts-noto-core, fonts-dejavu-core, systemd, udev, util-linux, passwd, init-system-helpers")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "xinit, xserver-xorg-core, xserver-xorg-input-libinput, x11-xserver-utils")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${haven_deploy}/debian/postinst;${haven_deploy}/debian/prerm;${haven_deploy}/debian/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
include(CPack)
