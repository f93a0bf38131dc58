# Install rules: `cmake --install build --prefix P` puts the program in P/bin, its data in
# P/share/lumbarlab (found there by session/data_paths, relative to the executable), the desktop
# entry, icons, AppStream metadata and file types in the freedesktop.org places, and the
# documentation in P/share/doc/lumbarlab. The Debian package (cmake/Package.cmake) is this install
# under /usr. The UI font is Debian's (fonts-dejavu-core), not a copy.
include(GNUInstallDirs)
# `cmake --install` and CPack install what is built and build nothing: scripts/package builds the
# app alone first instead of every test program.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(LUMBARLAB_APP_ID "org.lumbarlab.LumbarLab" CACHE STRING
  "Reverse-DNS id of the desktop entry, icon, AppStream component and MIME package")
set(LUMBARLAB_PUBLIC_URL "https://example.org/lumbarlab" CACHE STRING
  "Where the project and its docs/ pictures are published (AppStream homepage and screenshots); a placeholder until then")

set(LUMBARLAB_DATA_DESTINATION "${CMAKE_INSTALL_DATADIR}/lumbarlab")
set(LUMBARLAB_DOC_DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/lumbarlab")
set(LUMBARLAB_ICON_SIZES 16 22 24 32 48 64 128 256)

set(LUMBARLAB_DESKTOP_FILE "${PROJECT_BINARY_DIR}/packaging/${LUMBARLAB_APP_ID}.desktop")
set(LUMBARLAB_METAINFO_FILE "${PROJECT_BINARY_DIR}/packaging/${LUMBARLAB_APP_ID}.metainfo.xml")
configure_file(packaging/lumbarlab.desktop.in "${LUMBARLAB_DESKTOP_FILE}" @ONLY)
configure_file(packaging/lumbarlab.metainfo.xml.in "${LUMBARLAB_METAINFO_FILE}" @ONLY)

install(TARGETS lumbarlab RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
# The importer program the app starts for each model file a user opens (engine/scene/isolated_import
# finds it in ../libexec/lumbarlab from the app): a program, but not one for people to run.
install(TARGETS lumbarlab-import RUNTIME DESTINATION "${CMAKE_INSTALL_LIBEXECDIR}/lumbarlab")
install(FILES models/lumbar.glb models/hands.glb models/therapist.glb models/structures.json
  DESTINATION "${LUMBARLAB_DATA_DESTINATION}/models")
install(DIRECTORY content/lessons DESTINATION "${LUMBARLAB_DATA_DESTINATION}/content"
  FILES_MATCHING PATTERN "*.json")

install(FILES "${LUMBARLAB_DESKTOP_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${LUMBARLAB_METAINFO_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES packaging/lumbarlab-mime.xml DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
  RENAME "${LUMBARLAB_APP_ID}.xml")
install(FILES packaging/icons/lumbarlab.svg DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
  RENAME "${LUMBARLAB_APP_ID}.svg")
foreach(size IN LISTS LUMBARLAB_ICON_SIZES)
  install(FILES "packaging/icons/lumbarlab-${size}.png"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps" RENAME "${LUMBARLAB_APP_ID}.png")
endforeach()

# The README with its pictures (it links them as docs/*.png), the changelog and the file formats.
install(FILES README.md CHANGELOG.md DESTINATION "${LUMBARLAB_DOC_DESTINATION}")
install(DIRECTORY docs DESTINATION "${LUMBARLAB_DOC_DESTINATION}" FILES_MATCHING PATTERN "*.md" PATTERN "*.png")
