# Project-wide warning and sanitizer flags, applied per target with lumbarlab_target_defaults().
function(lumbarlab_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion)
  if(LUMBARLAB_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  # Leak reports name the library of every frame only while it is still loaded (see the file).
  get_target_property(type ${target} TYPE)
  if(LUMBARLAB_SANITIZE AND type STREQUAL "EXECUTABLE")
    target_sources(${target} PRIVATE "${PROJECT_SOURCE_DIR}/tests/sanitizers/keep_modules_loaded.cpp")
  endif()
endfunction()

if(LUMBARLAB_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# Fuzzing: libFuzzer comes with clang only. Everything is instrumented for coverage and checked by
# ASan and UBSan; only the fuzz targets link libFuzzer's main (tests/fuzz).
if(LUMBARLAB_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "LUMBARLAB_FUZZ needs clang for libFuzzer (sudo apt-get install clang); configure a "
                        "separate build folder with -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
