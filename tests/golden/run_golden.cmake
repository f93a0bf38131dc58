# Script mode: render one golden scene with the app, then compare it with its baseline.
# Inputs: APP, COMPARE, ARGS (;-list), BASELINE, ACTUAL, DIFF.
file(REMOVE "${ACTUAL}" "${DIFF}")
execute_process(
  COMMAND "${APP}" --headless --resolution 300x300 --output "${ACTUAL}" ${ARGS}
  RESULT_VARIABLE render_result)
if(NOT render_result EQUAL 0)
  message(FATAL_ERROR "lumbarlab exited with ${render_result} while rendering ${ACTUAL}")
endif()
execute_process(COMMAND "${COMPARE}" "${BASELINE}" "${ACTUAL}" "${DIFF}" RESULT_VARIABLE compare_result)
if(NOT compare_result EQUAL 0)
  message(FATAL_ERROR "golden image check failed for ${BASELINE}")
endif()
