# One check of the desktop integration (CHECK): appstream, entry or mime. Inputs: PROGRAM (the tool,
# or <name>-NOTFOUND), PACKAGE (the Debian package that has it), FILE; for mime also GIO,
# SOURCE_DIR and WORK.
if(NOT PROGRAM OR PROGRAM MATCHES "NOTFOUND$")
  message(FATAL_ERROR "the ${CHECK} check needs a tool from the Debian package ${PACKAGE}: "
    "sudo apt-get install ${PACKAGE} (./scripts/test installs it), then configure again")
endif()

if(CHECK STREQUAL "appstream")
  # Offline: the screenshots' URLs are checked for form, not fetched. Warnings fail too.
  execute_process(COMMAND "${PROGRAM}" validate --no-net --explain "${FILE}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT result EQUAL 0 OR output MATCHES "(^|\n)W: ")
    message(FATAL_ERROR "appstreamcli validate ${FILE} (exit ${result}):\n${output}")
  endif()
elseif(CHECK STREQUAL "entry")
  # desktop-file-validate prints errors and warnings and exits 1 on errors; hints are advice
  # (two main categories, Education and Science, are what the entry means to say).
  execute_process(COMMAND "${PROGRAM}" "${FILE}" RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT result EQUAL 0 OR output MATCHES "(error|warning): ")
    message(FATAL_ERROR "desktop-file-validate ${FILE} (exit ${result}):\n${output}")
  endif()
  file(READ "${FILE}" text)
  foreach(key "Categories=Education;Science;" "MimeType=application/x-lumbarlab-lesson;" "Exec=lumbarlab %f")
    string(FIND "${text}" "${key}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "${FILE} lacks ${key}")
    endif()
  endforeach()
elseif(CHECK STREQUAL "mime")
  if(NOT GIO OR GIO MATCHES "NOTFOUND$")
    message(FATAL_ERROR "the mime check needs gio: sudo apt-get install libglib2.0-bin (./scripts/test installs it)")
  endif()
  # The type installed into a scratch XDG_DATA_HOME, the database built there, and files asked
  # about as a file manager asks: a lesson named .json, a lesson with no extension, and a JSON
  # file of another format, which must stay JSON.
  file(REMOVE_RECURSE "${WORK}")
  file(MAKE_DIRECTORY "${WORK}/data/mime/packages")
  file(COPY_FILE "${FILE}" "${WORK}/data/mime/packages/lumbarlab.xml")
  execute_process(COMMAND "${PROGRAM}" "${WORK}/data/mime" RESULT_VARIABLE result OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "update-mime-database rejected ${FILE} (exit ${result}):\n${output}")
  endif()
  file(COPY_FILE "${SOURCE_DIR}/content/lessons/lumbar-basic.json" "${WORK}/week-3.json")
  file(COPY_FILE "${SOURCE_DIR}/content/lessons/lumbar-basic.json" "${WORK}/week-3")
  file(COPY_FILE "${SOURCE_DIR}/models/structures.json" "${WORK}/structures.json")
  file(WRITE "${WORK}/class-views.json" "{\n  \"format\": \"lumbarlab-views\",\n  \"version\": 1\n}\n")
  foreach(case "week-3.json=application/x-lumbarlab-lesson" "week-3=application/x-lumbarlab-lesson"
      "structures.json=application/json" "class-views.json=application/x-lumbarlab-views")
    string(REPLACE "=" ";" case "${case}")
    list(GET case 0 name)
    list(GET case 1 type)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E env "XDG_DATA_HOME=${WORK}/data" "XDG_DATA_DIRS=/usr/share"
      "${GIO}" info --attributes=standard::content-type "${WORK}/${name}"
      RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0 OR NOT output MATCHES "standard::content-type: ([^\n]*)")
      message(FATAL_ERROR "gio info ${name} (exit ${result}):\n${output}")
    endif()
    if(NOT CMAKE_MATCH_1 STREQUAL type)
      message(FATAL_ERROR "${name} is recognised as ${CMAKE_MATCH_1}, not ${type}")
    endif()
  endforeach()
else()
  message(FATAL_ERROR "unknown check ${CHECK}")
endif()
