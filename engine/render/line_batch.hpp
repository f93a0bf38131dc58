// A set of coloured 3D line segments uploaded once and drawn with GL_LINES.
#pragma once

#include "gl/gl_handle.hpp"

#include <glm/glm.hpp>

#include <vector>

namespace lumbar {

struct LineVertex {
    glm::vec3 position{0.0f};
    glm::vec4 color{1.0f}; ///< sRGB, alpha blended
};

/// Segment list: vertices 2k and 2k+1 form one segment.
class LineBatch {
public:
    explicit LineBatch(const std::vector<LineVertex>& vertices);

    void draw() const;
    GLsizei vertexCount() const { return m_vertexCount; }

private:
    gl::VertexArray m_vertexArray;
    gl::Buffer m_vertices;
    GLsizei m_vertexCount = 0;
};

} // namespace lumbar
