// Line segment upload and drawing.
#include "render/line_batch.hpp"

#include <cstddef>

namespace lumbar {

LineBatch::LineBatch(const std::vector<LineVertex>& vertices)
    : m_vertexArray(gl::createVertexArray()), m_vertices(gl::createBuffer()),
      m_vertexCount(static_cast<GLsizei>(vertices.size()))
{
    glBindVertexArray(m_vertexArray.get());
    glBindBuffer(GL_ARRAY_BUFFER, m_vertices.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(LineVertex)),
        vertices.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(LineVertex),
        reinterpret_cast<const void*>(offsetof(LineVertex, position)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, sizeof(LineVertex),
        reinterpret_cast<const void*>(offsetof(LineVertex, color)));
    glBindVertexArray(0);
}

void LineBatch::draw() const
{
    glBindVertexArray(m_vertexArray.get());
    glDrawArrays(GL_LINES, 0, m_vertexCount);
    glBindVertexArray(0);
}

} // namespace lumbar
