# lumbarlab_embed_files(<target> <namespace> <files...>): compiles text files into the binary as
# std::string_view constants, looked up by file name, so the app runs from any directory.
function(lumbarlab_embed_files target namespace)
  set(_out_cpp "${CMAKE_CURRENT_BINARY_DIR}/${target}_embedded.cpp")
  add_custom_command(
    OUTPUT "${_out_cpp}"
    COMMAND "${CMAKE_COMMAND}" -DOUTPUT=${_out_cpp} -DNAMESPACE=${namespace}
            "-DFILES=${ARGN}" -P "${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake"
    DEPENDS ${ARGN} "${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake"
    COMMENT "Embedding ${namespace} files"
    VERBATIM)
  target_sources(${target} PRIVATE "${_out_cpp}")
endfunction()
