// A mesh uploaded to the GPU: one vertex array with interleaved attributes and an index buffer.
#pragma once

#include "gl/gl_handle.hpp"
#include "scene/model.hpp"

#include <vector>

namespace lumbar {

/// Vertex layout shared with shaders/mesh.vert: location 0 position, 1 normal, 2 tangent.
class GpuMesh {
public:
    /// Uploads `mesh` (static draw). Missing normals or tangents upload as zero vectors.
    explicit GpuMesh(const MeshData& mesh);

    /// Uploads one scalar per vertex (location 3: the heat-map dose, 0 to 1); empty clears them.
    void setScalars(const std::vector<float>& scalars);

    /// Issues the indexed draw; the caller has bound the program and set the state.
    void draw() const;
    GLsizei indexCount() const { return m_indexCount; }

private:
    gl::VertexArray m_vertexArray;
    gl::Buffer m_vertices;
    gl::Buffer m_indices;
    gl::Buffer m_scalars; ///< empty until setScalars; the attribute then reads a constant 0
    GLsizei m_indexCount = 0;
    std::size_t m_vertexCount = 0;
};

} // namespace lumbar
