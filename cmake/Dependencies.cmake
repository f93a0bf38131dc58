# Finds every third-party dependency from Debian's packages; a missing one names the package.
find_package(PkgConfig QUIET)

function(lumbarlab_require found what debian_package)
  if(NOT ${found})
    message(FATAL_ERROR
      "${what} was not found. Install it with: sudo apt-get install ${debian_package}\n"
      "(./scripts/run and ./scripts/test install every missing package for you.)")
  endif()
endfunction()

if(NOT PkgConfig_FOUND)
  message(FATAL_ERROR "pkg-config was not found. Install it with: sudo apt-get install pkg-config")
endif()

find_package(OpenGL QUIET COMPONENTS OpenGL)
lumbarlab_require(OpenGL_OpenGL_FOUND "OpenGL (libOpenGL)" libgl-dev)

find_package(SDL2 QUIET CONFIG)
lumbarlab_require(SDL2_FOUND "SDL2" libsdl2-dev)

find_package(glm QUIET CONFIG)
lumbarlab_require(glm_FOUND "GLM" libglm-dev)

find_package(assimp QUIET CONFIG)
lumbarlab_require(assimp_FOUND "assimp" libassimp-dev)

find_package(nlohmann_json 3.10 QUIET CONFIG)
lumbarlab_require(nlohmann_json_FOUND "nlohmann-json" nlohmann-json3-dev)

# Levels of detail: meshoptimizer's simplifier keeps borders and attributes and is far better
# tested than an edge-collapse simplifier of our own.
find_package(meshoptimizer QUIET CONFIG)
lumbarlab_require(meshoptimizer_FOUND "meshoptimizer" libmeshoptimizer-dev)

pkg_check_modules(IMGUI QUIET IMPORTED_TARGET imgui)
lumbarlab_require(IMGUI_FOUND "Dear ImGui" libimgui-dev)

pkg_check_modules(STB QUIET IMPORTED_TARGET stb)
lumbarlab_require(STB_FOUND "stb" libstb-dev)

# PNG writing deflates with zlib: stb's own deflate took longer than rendering the frame.
find_package(ZLIB QUIET)
lumbarlab_require(ZLIB_FOUND "zlib" zlib1g-dev)

find_program(GLAD_EXECUTABLE glad)
lumbarlab_require(GLAD_EXECUTABLE "The glad loader generator" python3-glad)

if(LUMBARLAB_BUILD_TESTS)
  find_package(GTest QUIET)
  lumbarlab_require(GTest_FOUND "GoogleTest" libgtest-dev)
  # Google Benchmark for the CPU-side benchmarks in tests/bench: warm-up, repetitions and
  # statistics done properly, instead of a timing loop of our own.
  find_package(benchmark QUIET CONFIG)
  lumbarlab_require(benchmark_FOUND "Google Benchmark" libbenchmark-dev)
endif()
