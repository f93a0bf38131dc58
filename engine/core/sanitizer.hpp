// Whether this translation unit is built with AddressSanitizer. GCC says so with
// __SANITIZE_ADDRESS__, clang only through __has_feature(address_sanitizer); code and tests that
// must behave differently under the sanitizer (its shadow memory rules out an address-space
// limit, its quarantine grows the resident set) ask this one constant.
#pragma once

namespace lumbar {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kAddressSanitizer = true;
#else
inline constexpr bool kAddressSanitizer = false;
#endif
#else
inline constexpr bool kAddressSanitizer = false;
#endif

} // namespace lumbar
