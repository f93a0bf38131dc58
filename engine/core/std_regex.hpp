// <regex> without g++ 12's false "may be used uninitialized" warning in the sanitizer build.
#pragma once

// With -fsanitize=address, g++ 12 reports the std::function inside std::regex's compiler as "may
// be used uninitialized": a false positive in libstdc++'s own code that -Werror would turn into a
// failed build. It is silenced for this header only, so every other warning still fails.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <regex>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
