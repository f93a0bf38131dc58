# Generates the glad 2 OpenGL loader (GL 3.3 core + KHR_debug) into the build tree at configure time.
# The generated loader is never committed; --reproducible keeps glad off the network.
set(LUMBARLAB_GLAD_DIR "${CMAKE_BINARY_DIR}/glad")
set(_glad_stamp "${LUMBARLAB_GLAD_DIR}/stamp-gl33-khr-debug")
if(NOT EXISTS "${_glad_stamp}")
  file(REMOVE_RECURSE "${LUMBARLAB_GLAD_DIR}")
  execute_process(
    COMMAND "${GLAD_EXECUTABLE}" --api gl:core=3.3 --extensions GL_KHR_debug
            --out-path "${LUMBARLAB_GLAD_DIR}" --reproducible --quiet c
    RESULT_VARIABLE _glad_result OUTPUT_VARIABLE _glad_out ERROR_VARIABLE _glad_err)
  if(NOT _glad_result EQUAL 0 OR NOT EXISTS "${LUMBARLAB_GLAD_DIR}/src/gl.c")
    message(FATAL_ERROR "glad failed to generate the OpenGL loader:\n${_glad_out}${_glad_err}")
  endif()
  file(WRITE "${_glad_stamp}" "")
endif()

add_library(lumbarlab_glad STATIC "${LUMBARLAB_GLAD_DIR}/src/gl.c")
target_include_directories(lumbarlab_glad SYSTEM PUBLIC "${LUMBARLAB_GLAD_DIR}/include")
set_target_properties(lumbarlab_glad PROPERTIES POSITION_INDEPENDENT_CODE ON)
