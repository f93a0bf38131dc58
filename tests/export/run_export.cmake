# Script mode: run one export with the app into a fresh folder, then check what it wrote.
# Inputs: APP, CHECK, OUT (the folder, removed first), ARGS (;-list for the app, OUT appended where
# %OUT% appears), SECOND_ARGS (optional: a second run of the app, the same way), CHECK_ARGS (;-list
# for export_check, after OUT), EXPECT_OUTPUT (a regex the app's stdout must match).
file(REMOVE_RECURSE "${OUT}")
string(REPLACE "%OUT%" "${OUT}" app_args "${ARGS}")
execute_process(COMMAND "${APP}" --headless ${app_args}
  RESULT_VARIABLE app_result OUTPUT_VARIABLE app_output ERROR_VARIABLE app_errors)
message(STATUS "${app_output}${app_errors}")
if(NOT app_result EQUAL 0)
  message(FATAL_ERROR "lumbarlab exited with ${app_result}")
endif()
# A second export into the same folder, for checks that compare two (an .mp4 with PNG frames).
if(SECOND_ARGS)
  string(REPLACE "%OUT%" "${OUT}" second_args "${SECOND_ARGS}")
  execute_process(COMMAND "${APP}" --headless ${second_args} RESULT_VARIABLE second_result)
  if(NOT second_result EQUAL 0)
    message(FATAL_ERROR "lumbarlab exited with ${second_result} on the second export")
  endif()
endif()
if(DEFINED EXPECT_OUTPUT AND NOT app_output MATCHES "${EXPECT_OUTPUT}")
  message(FATAL_ERROR "lumbarlab's output does not match \"${EXPECT_OUTPUT}\"")
endif()
list(GET CHECK_ARGS 0 kind)
list(REMOVE_AT CHECK_ARGS 0)
execute_process(COMMAND "${CHECK}" ${kind} "${OUT}" ${CHECK_ARGS} RESULT_VARIABLE check_result)
if(NOT check_result EQUAL 0)
  message(FATAL_ERROR "export_check failed for ${OUT}")
endif()
