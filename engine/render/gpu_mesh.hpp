// A mesh uploaded to the GPU: one vertex array with interleaved attributes and an index buffer.
#pragma once

#include "gl/gl_handle.hpp"
#include "scene/mesh_lod.hpp"
#include "scene/model.hpp"

#include <vector>

namespace lumbar {

/// Vertex layout shared with shaders/mesh.vert: location 0 position, 1 normal, 2 tangent,
/// 3 heat-map scalar (a separate buffer, see setScalars), 4 across-fibre coordinate in metres.
class GpuMesh {
public:
    /// Uploads `mesh` (static draw) and its coarser `lods`, all in one index buffer over the same
    /// vertices. Missing normals or tangents upload as zero vectors. texCoords[i].x, where the mesh
    /// has texture coordinates, is the across-fibre coordinate (models written by
    /// lumbarlab-anatomygen; see importModel); else 0. `closedOutward`: the caller
    /// has checked that the mesh bounds a solid (isClosedOutward), so its back faces may be culled.
    explicit GpuMesh(
        const MeshData& mesh, const std::vector<LodLevel>& lods = {}, bool closedOutward = false);

    /// Replaces the whole mesh with `mesh` in the same buffers, without levels of detail: for
    /// geometry that changes every frame (a path band growing behind the tool). The buffers are
    /// re-specified (orphaned), so a frame still drawing the old data is never waited for; no
    /// GL object is created or deleted.
    void update(const MeshData& mesh);

    /// Replaces the levels of detail of the same `mesh` this GpuMesh was made from (only the index
    /// buffer is uploaded again) and records whether it is closed; for work finished after upload.
    /// The levels index the same vertices, so they carry every attribute (tangents, fibre
    /// coordinates) unchanged.
    void refine(const MeshData& mesh, const std::vector<LodLevel>& lods, bool closedOutward);

    /// Records whether the mesh bounds a solid (isClosedOutward), so its back faces may be culled;
    /// for a check finished after upload, without levels of detail.
    void setClosedOutward(bool closedOutward) { m_closedOutward = closedOutward; }

    /// Uploads one scalar per vertex (location 3: the heat-map dose, 0 to 1); empty clears them.
    void setScalars(const std::vector<float>& scalars);

    /// Issues the indexed draw of level `lod` (0 the full mesh; clamped to the coarsest); the
    /// caller has bound the program and set the state.
    void draw(std::size_t lod = 0) const;
    GLsizei indexCount(std::size_t lod = 0) const;
    /// Each level's error in metres: 0 for the full mesh, then coarser and coarser.
    const std::vector<float>& lodErrorsM() const { return m_lodErrorsM; }
    /// The centre and radius of the mesh's bounding sphere (from its box), model space.
    const glm::vec3& boundsCentre() const { return m_boundsCentre; }
    float boundsRadius() const { return m_boundsRadius; }
    /// Half the size of the mesh's bounding box (centred on boundsCentre), model space.
    const glm::vec3& boundsHalfSize() const { return m_boundsHalfSize; }
    /// Whether location 4 holds the mesh's across-fibre coordinates (it had texture coordinates).
    bool hasFibreCoordinates() const { return m_hasFibreCoordinates; }
    /// Whether the mesh has vertex colours (without them the buffer holds white).
    bool hasVertexColors() const { return m_hasVertexColors; }
    /// A closed surface wound outwards: every back face is hidden behind one of its front faces.
    bool closedOutward() const { return m_closedOutward; }

private:
    /// Uploads the interleaved vertices of `mesh` (`usage` as glBufferData's) and records its
    /// bounds; the vertex array must be bound.
    void uploadVertices(const MeshData& mesh, GLenum usage);
    /// Uploads the full index list followed by each level's; records where each level starts.
    void uploadIndices(const MeshData& mesh, const std::vector<LodLevel>& lods);

    gl::VertexArray m_vertexArray;
    gl::Buffer m_vertices;
    gl::Buffer m_indices;
    gl::Buffer m_scalars; ///< empty until setScalars; the attribute then reads a constant 0
    std::vector<GLsizei> m_lodFirst; ///< first index of each level in the index buffer
    std::vector<GLsizei> m_lodCount;
    std::vector<float> m_lodErrorsM;
    std::size_t m_vertexCount = 0;
    glm::vec3 m_boundsCentre{0.0f};
    float m_boundsRadius = 0.0f;
    glm::vec3 m_boundsHalfSize{0.0f};
    bool m_closedOutward = false;
    bool m_hasFibreCoordinates = false;
    bool m_hasVertexColors = false;
};

} // namespace lumbar
