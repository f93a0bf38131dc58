# Script mode: fails when any tracked C++ source differs from what clang-format would write.
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
  "${SOURCE_DIR}/engine/*.cpp" "${SOURCE_DIR}/engine/*.hpp"
  "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.hpp"
  "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.hpp"
  "${SOURCE_DIR}/tools/*.cpp" "${SOURCE_DIR}/tools/*.hpp")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${sources}
  WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${errors}\nSome files are not formatted: run clang-format -i on them.")
endif()
