# Shared by scripts/run and scripts/test: install missing Debian packages, configure, build.
# Sourced, not executed.

LUMBARLAB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LUMBARLAB_BUILD="${LUMBARLAB_BUILD:-$LUMBARLAB_ROOT/build}"
LUMBARLAB_SANITIZE_BUILD="${LUMBARLAB_SANITIZE_BUILD:-$LUMBARLAB_ROOT/build-asan}"

# Everything the project needs from Debian 12, build and run time; ffmpeg encodes .mp4 recordings
# and decodes them again in the export tests; the last line is the freedesktop.org tools that check
# the desktop entry, AppStream metadata and lesson file type.
LUMBARLAB_PACKAGES=(
  build-essential cmake pkg-config
  libsdl2-dev libglm-dev libimgui-dev libassimp-dev libstb-dev zlib1g-dev nlohmann-json3-dev libmeshoptimizer-dev python3-glad
  libgl-dev libegl-dev libgl1-mesa-dri libegl-mesa0
  libgtest-dev libbenchmark-dev clang-format
  ffmpeg
  clang libclang-rt-dev
  fonts-dejavu-core
  appstream desktop-file-utils shared-mime-info libglib2.0-bin
)

lumbarlab_install_missing() {
  local missing=()
  local package
  for package in "${LUMBARLAB_PACKAGES[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  echo "lumbarlab: installing missing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "lumbarlab: these packages are missing and sudo is not available; as root run:" >&2
      echo "  apt-get install ${missing[*]}" >&2
      return 1
    fi
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Debug information is line tables only (-g1): backtraces and sanitizer reports still name file
# and line, and the compiler spends about a quarter less time than with full -g.
LUMBARLAB_RELEASE_FLAGS="-O2 -g1 -DNDEBUG"
# The sanitized builds optimise less: -O1 is what AddressSanitizer's own documentation suggests
# and halves their compile time; the tests they run take a little longer.
LUMBARLAB_SANITIZED_FLAGS="-O1 -g1 -DNDEBUG"
# Unity builds (eight sources compiled as one) parse the standard library, GLM, GoogleTest and
# nlohmann-json once per eight files instead of once per file. A name in an anonymous namespace
# must therefore be unique within its target: shared test helpers live in tests/support/.
LUMBARLAB_UNITY_FLAGS=(-DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=8)

lumbarlab_configure() {
  # Configure once; later runs only rebuild what changed. The scripts build with -Werror so that
  # warnings fail here exactly as they fail in CI.
  if [ ! -f "$LUMBARLAB_BUILD/CMakeCache.txt" ]; then
    cmake -S "$LUMBARLAB_ROOT" -B "$LUMBARLAB_BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=$LUMBARLAB_RELEASE_FLAGS" \
      "-DCMAKE_C_FLAGS_RELWITHDEBINFO=$LUMBARLAB_RELEASE_FLAGS" -DLUMBARLAB_WERROR=ON \
      "${LUMBARLAB_UNITY_FLAGS[@]}" "$@" || return 1
  fi
}

lumbarlab_build() {
  lumbarlab_configure "$@" || return 1
  cmake --build "$LUMBARLAB_BUILD" --parallel "$(nproc)"
}

# Builds the app and the importer program it starts, nothing else (no tests, no generator): what
# scripts/run needs. The same build folder then serves scripts/test, which builds the rest.
lumbarlab_build_app() {
  lumbarlab_configure "$@" || return 1
  cmake --build "$LUMBARLAB_BUILD" --parallel "$(nproc)" --target lumbarlab
}

# Runs a command as root: directly when root, else through sudo.
lumbarlab_as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  else
    sudo "$@"
  fi
}

lumbarlab_build_sanitized() {
  # A second folder, built with clang: the project, its tests and the libFuzzer targets, all with
  # AddressSanitizer and UndefinedBehaviorSanitizer (and libFuzzer's coverage hooks), so the whole
  # suite runs again checked for memory errors, undefined behaviour and leaks, and the fuzz smoke
  # runs share the build. One sanitized build instead of two (g++ for the suite, clang for
  # libFuzzer) compiles everything once; clang also compiles about a quarter faster. Only the
  # programs ctest runs are built.
  if [ ! -f "$LUMBARLAB_SANITIZE_BUILD/CMakeCache.txt" ]; then
    cmake -S "$LUMBARLAB_ROOT" -B "$LUMBARLAB_SANITIZE_BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=$LUMBARLAB_SANITIZED_FLAGS" \
      "-DCMAKE_C_FLAGS_RELWITHDEBINFO=$LUMBARLAB_SANITIZED_FLAGS" \
      -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DLUMBARLAB_WERROR=ON \
      -DLUMBARLAB_SANITIZE=ON -DLUMBARLAB_FUZZ=ON "${LUMBARLAB_UNITY_FLAGS[@]}" || return 1
  fi
  cmake --build "$LUMBARLAB_SANITIZE_BUILD" --target lumbarlab_test_programs lumbarlab_fuzzers \
    --parallel "$(nproc)"
}

lumbarlab_sanitizer_environment() {
  # Any report fails the test that caused it. Leaks are checked everywhere; the suppressions
  # cover only leaks inside Mesa and the system libraries it loads (each explained in the file).
  # intercept_tls_get_addr=0: the sanitizer runtime of GCC 12 and LLVM 14 takes a dynamic TLS
  # block whose address happens to end in the size of a glibc 2.19 TLS header for that header,
  # reads a bogus range from it, and LeakSanitizer's tracer dies at exit ("Tracer caught signal
  # 11", no leak reported). It hit export.handout every time under g++ once the model changed the
  # allocation pattern (a known runtime bug, fixed after GCC 13 / LLVM 16). The cost: dynamic TLS is not scanned for pointers, which
  # could only add leak reports, and none appear.
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:intercept_tls_get_addr=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  export LSAN_OPTIONS="suppressions=$LUMBARLAB_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
}
