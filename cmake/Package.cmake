# The Debian package, made by CPack from the install rules (cmake/Install.cmake) under /usr:
# `cpack -G DEB` in the build folder, which scripts/package runs. The library dependencies are
# found from the binary by dpkg-shlibdeps, not kept by hand.
set(CPACK_PACKAGE_NAME lumbarlab)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "interactive 3D anatomy of lumbar deep-tissue massage")
set(CPACK_PACKAGE_DESCRIPTION
  "LumbarLab shows the layers of the lower back, from skin and fascia through the back muscles down to the vertebrae and pelvis, and animates how a massage therapist works on them: the path of each stroke, its speed, force and tool, and how deep the pressure reaches. Lessons can be played, quizzed, written in the lesson editor, presented, and exported as handouts and videos.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # lumbarlab_<version>_<arch>.deb
set(LUMBARLAB_MAINTAINER "LumbarLab developers <lumbarlab@example.org>" CACHE STRING
  "Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${LUMBARLAB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Added to what dpkg-shlibdeps finds: what the program loads at run time without linking it
# (SDL opens libGL and libEGL with dlopen; Mesa's drivers render) and the UI font it reads.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libgl1, libegl1, libgl1-mesa-dri, fonts-dejavu-core")
# Recordings are encoded to .mp4 by ffmpeg when it is there (a folder of PNGs otherwise).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS ffmpeg)
include(CPack)
