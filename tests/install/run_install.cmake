# Installs the build into a temporary prefix and checks that the installed program runs from it
# alone: every file in its FHS place, a lesson file (named like no lesson) opened from the command
# line, a built-in lesson by id, a user's model read by the installed importer program, and, with
# the installed models taken away, a failure that names
# only the prefix's folders: the source tree is out of the installed program's reach.
# Inputs: BUILD_DIR, SOURCE_DIR, APP_ID, VERSION, ICON_SIZES.

# Outside the build folder, or the program would be allowed the source tree.
if(DEFINED ENV{TMPDIR} AND IS_DIRECTORY "$ENV{TMPDIR}")
  set(temp "$ENV{TMPDIR}")
else()
  set(temp /tmp)
endif()
string(RANDOM LENGTH 8 suffix)
set(work "${temp}/lumbarlab-install-test-${suffix}")
set(prefix "${work}/prefix")
file(REMOVE_RECURSE "${work}")
file(MAKE_DIRECTORY "${work}/home")

function(fail message)
  file(REMOVE_RECURSE "${work}")
  message(FATAL_ERROR "${message}")
endfunction()

execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}"
  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  fail("cmake --install failed (${result}):\n${output}")
endif()

set(expected
  bin/lumbarlab libexec/lumbarlab/lumbarlab-import
  share/lumbarlab/models/lumbar.glb share/lumbarlab/models/hands.glb
  share/lumbarlab/models/therapist.glb share/lumbarlab/models/structures.json
  share/lumbarlab/content/lessons/lumbar-basic.json
  share/applications/${APP_ID}.desktop
  share/metainfo/${APP_ID}.metainfo.xml
  share/mime/packages/${APP_ID}.xml
  share/icons/hicolor/scalable/apps/${APP_ID}.svg
  share/doc/lumbarlab/README.md share/doc/lumbarlab/CHANGELOG.md share/doc/lumbarlab/docs/screenshot.png
  share/doc/lumbarlab/docs/lesson-format.md)
foreach(size IN LISTS ICON_SIZES)
  list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
foreach(file IN LISTS expected)
  if(NOT EXISTS "${prefix}/${file}")
    fail("the install lacks ${file}")
  endif()
endforeach()

set(app "${prefix}/bin/lumbarlab")
# The user's folders in the scratch folder, so the test leaves nothing in the real home.
set(env "${CMAKE_COMMAND}" -E env "HOME=${work}/home" "XDG_CONFIG_HOME=${work}/home/config"
  "XDG_DATA_HOME=${work}/home/data" "XDG_STATE_HOME=${work}/home/state")

execute_process(COMMAND ${env} "${app}" --version RESULT_VARIABLE result OUTPUT_VARIABLE output)
if(NOT result EQUAL 0 OR NOT output MATCHES "^lumbarlab ${VERSION} \\(commit [^)]+\\)\n$")
  fail("${app} --version gave (${result}): ${output}")
endif()

# A lesson is known by its content: this copy is named like no lesson, and given as FILE.
file(COPY_FILE "${prefix}/share/lumbarlab/content/lessons/forearm-erector-spinae.json" "${work}/class notes")
foreach(run "FILE;${work}/class notes;--step;3" "built-in id;--routine;lumbar-basic;--step;6")
  list(POP_FRONT run name)
  file(REMOVE "${work}/out.png")
  execute_process(COMMAND ${env} "${app}" --headless --resolution 160x90 --output "${work}/out.png" ${run}
    WORKING_DIRECTORY "${work}" RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT result EQUAL 0 OR NOT EXISTS "${work}/out.png")
    fail("the installed program failed to render a lesson (${name}), exit ${result}:\n${output}")
  endif()
  # A missing hands or therapist model only warns: any warning here is a file the install lacks.
  if(output MATCHES "not found|warning")
    fail("the installed program ran with something missing (${name}):\n${output}")
  endif()
endforeach()

# A user's model is read by the installed importer program: a model file the install has, copied to
# a name with a space.
file(COPY_FILE "${prefix}/share/lumbarlab/models/hands.glb" "${work}/my hands.glb")
file(REMOVE "${work}/out.png")
execute_process(COMMAND ${env} "${app}" --headless --resolution 160x90 --output "${work}/out.png"
  --model "${work}/my hands.glb" WORKING_DIRECTORY "${work}" RESULT_VARIABLE result OUTPUT_VARIABLE output
  ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR NOT EXISTS "${work}/out.png" OR output MATCHES "warning|importer")
  fail("the installed program failed to open a model with its importer program, exit ${result}:\n${output}")
endif()

# Without the installed models the program must fail and look only in the prefix.
file(RENAME "${prefix}/share/lumbarlab/models" "${prefix}/share/lumbarlab/models-hidden")
execute_process(COMMAND ${env} "${app}" --headless --resolution 160x90 --output "${work}/out.png"
  WORKING_DIRECTORY "${work}" RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
string(FIND "${output}" "lumbar.glb was not found (looked in ${prefix}/bin/models, ${prefix}/share/lumbarlab/models)"
  named)
if(result EQUAL 0 OR named EQUAL -1)
  fail("without its models the installed program should fail naming only the prefix (exit ${result}):\n${output}")
endif()
string(FIND "${output}" "${SOURCE_DIR}" inSource)
if(NOT inSource EQUAL -1)
  fail("the installed program looked in the source tree ${SOURCE_DIR}:\n${output}")
endif()

file(REMOVE_RECURSE "${work}")
