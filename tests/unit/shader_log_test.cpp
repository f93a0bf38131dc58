// Driver logs become readable: the offending source lines are quoted with their numbers.
#include "gl/shader_program.hpp"

#include <gtest/gtest.h>

namespace lumbar::gl {
namespace {

const std::string kSource = "#version 330 core\nout vec4 color;\nvoid main() {\n  color = vec3(1);\n}\n";

TEST(ShaderLog, MesaStyleLineNumbersQuoteTheSource)
{
    const std::string log = "0:4(11): error: value of type vec3 cannot be assigned to variable";
    EXPECT_EQ(describeShaderLog(log, kSource), log + "\n  4 |   color = vec3(1);");
}

TEST(ShaderLog, NvidiaStyleLineNumbersQuoteTheSource)
{
    const std::string log = "0(2) : error C1008: undefined variable";
    EXPECT_EQ(describeShaderLog(log, kSource), log + "\n  2 | out vec4 color;");
}

TEST(ShaderLog, LinesOutsideTheSourceAreNotQuoted)
{
    const std::string log = "0:99(1): error: something";
    EXPECT_EQ(describeShaderLog(log, kSource), log);
}

} // namespace
} // namespace lumbar::gl

namespace lumbar::gl {
namespace {

TEST(ShaderLog, DefinesKeepTheFileLineNumbers)
{
    const std::string text = withDefines(kSource, {"STRIATION", "HEAT 1"});
    EXPECT_EQ(text.substr(0, text.find("out vec4")),
        "#version 330 core\n#define STRIATION\n#define HEAT 1\n#line 2\n");
    // The driver reports line 4 of the file; the quote is that line, not a define.
    const std::string log = "0:4(11): error: value of type vec3 cannot be assigned";
    EXPECT_EQ(describeShaderLog(log, text), log + "\n  4 |   color = vec3(1);");
    EXPECT_EQ(withDefines(kSource, {}), kSource);
}

} // namespace
} // namespace lumbar::gl
