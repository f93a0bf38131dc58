// A fixture with a real OpenGL 3.3 core debug context from SDL's offscreen driver (no X server).
#pragma once

#include "gl/debug_output.hpp"
#include "platform/gl_window.hpp"

#include <gtest/gtest.h>

#include <memory>

namespace lumbar::test {

/// Every GL test starts with a fresh context and ends asserting that the driver reported no error.
class GlTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    /// Clears recorded errors (for tests that provoke one on purpose).
    void forgetErrors() { m_debug->clear(); }
    gl::DebugOutput& debug() { return *m_debug; }
    app::GlWindow& window() { return *m_window; }

private:
    std::unique_ptr<app::GlWindow> m_window;
    std::unique_ptr<gl::DebugOutput> m_debug;
};

} // namespace lumbar::test
