// GL test fixture.
#include "gl/gl_test_context.hpp"

namespace lumbar::test {

void GlTest::SetUp()
{
    app::WindowSettings settings;
    settings.width = 64;
    settings.height = 64;
    settings.headless = true;
    m_window = std::make_unique<app::GlWindow>(settings);
    m_debug = std::make_unique<gl::DebugOutput>();
    ASSERT_TRUE(m_debug->active()) << "the driver offers no KHR_debug: GL errors would go unseen";
}

void GlTest::TearDown()
{
    m_debug->pollErrors();
    EXPECT_TRUE(m_debug->errors().empty()) << "OpenGL errors:\n" << m_debug->errorSummary();
    m_debug.reset();
    m_window.reset();
}

} // namespace lumbar::test
