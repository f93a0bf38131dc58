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
