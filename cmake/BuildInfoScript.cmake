# Run at build time (cmake -P) by the lumbarlab_build_info target: writes the header that names the
# commit the program is built from. configure_file rewrites it only when the text changes, so a
# build after a commit recompiles one small file (app/session/build_info.cpp), not the app.
# Inputs: SOURCE_DIR, OUTPUT, TEMPLATE, VERSION.
set(LUMBARLAB_COMMIT "unknown")
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS "${SOURCE_DIR}/.git")
  execute_process(COMMAND "${GIT_EXECUTABLE}" describe --always --dirty --abbrev=12
    WORKING_DIRECTORY "${SOURCE_DIR}" OUTPUT_VARIABLE commit OUTPUT_STRIP_TRAILING_WHITESPACE
    RESULT_VARIABLE result ERROR_QUIET)
  if(result EQUAL 0 AND NOT commit STREQUAL "")
    set(LUMBARLAB_COMMIT "${commit}")
  endif()
endif()
set(LUMBARLAB_VERSION "${VERSION}")
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
