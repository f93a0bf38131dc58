# Project-wide warning and sanitizer flags, applied per target with lumbarlab_target_defaults().
function(lumbarlab_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion)
  if(LUMBARLAB_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

if(LUMBARLAB_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
