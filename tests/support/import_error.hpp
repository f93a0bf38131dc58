// Catching the ImportError a test expects.
#pragma once

#include "core/error.hpp"

#include <gtest/gtest.h>

#include <string>

namespace lumbar::test {

/// Runs `action`, expects an ImportError, and returns its message.
template <typename Action> std::string importErrorOf(Action action)
{
    try {
        action();
    } catch (const ImportError& error) {
        return error.what();
    }
    ADD_FAILURE() << "expected an ImportError";
    return {};
}

} // namespace lumbar::test
