// Shader compilation on a real driver: errors name the file and quote the line.
#include "core/error.hpp"
#include "gl/gl_test_context.hpp"
#include "gl/shader_program.hpp"
#include "gl/shader_source.hpp"
#include "render/renderer.hpp"
#include "support/temp_dir.hpp"

#include <functional>

namespace lumbar::test {
namespace {

using ShaderProgramGlTest = GlTest;

const std::string kVertex = "#version 330 core\nlayout(location = 0) in vec3 p;\nout vec3 v;\n"
                            "void main() { v = p; gl_Position = vec4(p, 1.0); }\n";
const std::string kFragment = "#version 330 core\nin vec3 v;\nout vec4 color;\n"
                              "void main() { color = vec4(v, 1.0); }\n";

std::string shaderErrorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const ShaderError& error) {
        return error.what();
    }
    ADD_FAILURE() << "expected a ShaderError";
    return {};
}

TEST_F(ShaderProgramGlTest, ValidProgramLinks)
{
    gl::ShaderProgram program("ok.vert", kVertex, "ok.frag", kFragment);
    EXPECT_NE(program.id(), 0u);
}

TEST_F(ShaderProgramGlTest, CompileErrorNamesTheFileAndQuotesTheLine)
{
    const std::string broken = "#version 330 core\nout vec4 color;\nvoid main() {\n"
                               "  color = vec3(1.0);\n}\n";
    const std::string message
        = shaderErrorOf([&] { gl::ShaderProgram("ok.vert", kVertex, "shaders/broken.frag", broken); });
    EXPECT_EQ(message.rfind("shader shaders/broken.frag failed to compile:\n", 0), 0u) << message;
    EXPECT_NE(message.find("error"), std::string::npos) << message;
    EXPECT_NE(message.find("\n  4 |   color = vec3(1.0);"), std::string::npos) << message;
}

TEST_F(ShaderProgramGlTest, LinkErrorNamesBothFiles)
{
    // The fragment stage reads an input the vertex stage never writes with that type.
    const std::string mismatched = "#version 330 core\nin vec2 v;\nout vec4 color;\n"
                                   "void main() { color = vec4(v, 0.0, 1.0); }\n";
    const std::string message
        = shaderErrorOf([&] { gl::ShaderProgram("a.vert", kVertex, "b.frag", mismatched); });
    EXPECT_EQ(message.rfind("shaders a.vert and b.frag failed to link:\n", 0), 0u) << message;
}

TEST_F(ShaderProgramGlTest, MissingShaderFileInOverrideFolderIsNamed)
{
    TempDir dir;
    const gl::ShaderSources sources(dir.path());
    const std::string message = shaderErrorOf([&] { Renderer renderer(sources); });
    EXPECT_EQ(message,
        "cannot read shader '" + (dir.path() / "mesh.vert").string()
            + "': file not found (check --shader-dir)");
}

TEST_F(ShaderProgramGlTest, EmbeddedAndSourceTreeShadersBothCompile)
{
    Renderer embedded{gl::ShaderSources()};
    Renderer fromDisk{gl::ShaderSources(gl::ShaderSources::sourceTreeDir())};
    EXPECT_NO_THROW(fromDisk.reloadShaders(gl::ShaderSources()));
}

TEST_F(ShaderProgramGlTest, DebugOutputCatchesAnInvalidCall)
{
    // Binding a name that glGenBuffers never returned is an error in a core profile.
    glBindBuffer(GL_ARRAY_BUFFER, 987654);
    debug().pollErrors();
    EXPECT_FALSE(debug().errors().empty());
    forgetErrors();
}

} // namespace
} // namespace lumbar::test
