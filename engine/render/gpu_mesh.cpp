// Interleaved vertex upload.
#include "render/gpu_mesh.hpp"

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <vector>

namespace lumbar {
namespace {

struct Vertex {
    glm::vec3 position;
    glm::vec3 normal;
    glm::vec4 tangent;
    float fibreCoordinateM; ///< across the fibres, metres (0 without texture coordinates)
    glm::vec3 color; ///< the vertex colour, multiplying the base colour (white without one)
};

/// Attribute locations of the across-fibre coordinate and the vertex colour in shaders/mesh.vert.
constexpr GLuint kFibreCoordinateLocation = 4;
constexpr GLuint kColorLocation = 5;

} // namespace

GpuMesh::GpuMesh(const MeshData& mesh, const std::vector<LodLevel>& lods, bool closedOutward)
    : m_vertexArray(gl::createVertexArray()), m_vertices(gl::createBuffer()), m_indices(gl::createBuffer()),
      m_closedOutward(closedOutward)
{
    glBindVertexArray(m_vertexArray.get());
    uploadVertices(mesh, GL_STATIC_DRAW);
    uploadIndices(mesh, lods); // binds the index buffer to the vertex array

    const auto attribute = [](GLuint location, GLint components, std::size_t offset) {
        glEnableVertexAttribArray(location);
        glVertexAttribPointer(
            location, components, GL_FLOAT, GL_FALSE, sizeof(Vertex), reinterpret_cast<const void*>(offset));
    };
    attribute(0, 3, offsetof(Vertex, position));
    attribute(1, 3, offsetof(Vertex, normal));
    attribute(2, 4, offsetof(Vertex, tangent));
    attribute(kFibreCoordinateLocation, 1, offsetof(Vertex, fibreCoordinateM));
    attribute(kColorLocation, 3, offsetof(Vertex, color));
    glBindVertexArray(0);
}

void GpuMesh::uploadVertices(const MeshData& mesh, GLenum usage)
{
    m_vertexCount = mesh.positions.size();
    m_hasFibreCoordinates = !mesh.positions.empty() && mesh.texCoords.size() == mesh.positions.size();
    m_hasVertexColors = !mesh.positions.empty() && !mesh.colors.empty();
    m_boundsCentre = glm::vec3(0.0f);
    m_boundsRadius = 0.0f;
    m_boundsHalfSize = glm::vec3(0.0f);
    if (!mesh.positions.empty()) {
        const Bounds box = mesh.bounds();
        m_boundsCentre = box.center();
        m_boundsRadius = glm::length(box.size()) * 0.5f;
        m_boundsHalfSize = box.size() * 0.5f;
    }

    // Interleaved straight into the buffer's memory: no copy of the whole mesh on the way (on
    // llvmpipe the buffer is plain memory, and each copy of a large model costs its page faults).
    const std::size_t count = mesh.positions.size();
    glBindBuffer(GL_ARRAY_BUFFER, m_vertices.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(count * sizeof(Vertex)), nullptr, usage);
    if (count == 0)
        return;
    auto* vertices = static_cast<Vertex*>(glMapBufferRange(GL_ARRAY_BUFFER, 0,
        static_cast<GLsizeiptr>(count * sizeof(Vertex)), GL_MAP_WRITE_BIT | GL_MAP_INVALIDATE_BUFFER_BIT));
    assert(vertices && "GpuMesh: a buffer just made for writing maps");
    for (std::size_t i = 0; i < count; ++i) {
        Vertex& vertex = vertices[i];
        vertex.position = mesh.positions[i];
        vertex.normal = i < mesh.normals.size() ? mesh.normals[i] : glm::vec3(0.0f);
        vertex.tangent = i < mesh.tangents.size() ? mesh.tangents[i] : glm::vec4(0.0f);
        vertex.fibreCoordinateM = m_hasFibreCoordinates ? mesh.texCoords[i].x : 0.0f;
        vertex.color = i < mesh.colors.size() ? mesh.colors[i] : glm::vec3(1.0f);
    }
    glUnmapBuffer(GL_ARRAY_BUFFER);
}

void GpuMesh::update(const MeshData& mesh)
{
    glBindVertexArray(m_vertexArray.get());
    uploadVertices(mesh, GL_DYNAMIC_DRAW);
    uploadIndices(mesh, {});
    glBindVertexArray(0);
    m_closedOutward = false;
    // Heat-map scalars belong to the old vertices.
    if (m_scalars)
        setScalars({});
}

void GpuMesh::refine(const MeshData& mesh, const std::vector<LodLevel>& lods, bool closedOutward)
{
    glBindVertexArray(m_vertexArray.get());
    uploadIndices(mesh, lods);
    glBindVertexArray(0);
    m_closedOutward = closedOutward;
}

void GpuMesh::uploadIndices(const MeshData& mesh, const std::vector<LodLevel>& lods)
{
    // The levels follow the full mesh in one buffer, each written in place (no joined copy).
    std::size_t total = mesh.indices.size();
    for (const LodLevel& level : lods)
        total += level.indices.size();
    m_lodFirst.assign(1, 0);
    m_lodCount.assign(1, static_cast<GLsizei>(mesh.indices.size()));
    m_lodErrorsM.assign(1, 0.0f);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, m_indices.get());
    if (lods.empty()) {
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(total * sizeof(std::uint32_t)),
            mesh.indices.data(), GL_STATIC_DRAW);
        return;
    }
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(total * sizeof(std::uint32_t)), nullptr,
        GL_STATIC_DRAW);
    const auto write = [](std::size_t first, const std::vector<std::uint32_t>& indices) {
        glBufferSubData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLintptr>(first * sizeof(std::uint32_t)),
            static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)), indices.data());
    };
    write(0, mesh.indices);
    std::size_t first = mesh.indices.size();
    for (const LodLevel& level : lods) {
        m_lodFirst.push_back(static_cast<GLsizei>(first));
        m_lodCount.push_back(static_cast<GLsizei>(level.indices.size()));
        m_lodErrorsM.push_back(level.errorM);
        write(first, level.indices);
        first += level.indices.size();
    }
}

void GpuMesh::setScalars(const std::vector<float>& scalars)
{
    glBindVertexArray(m_vertexArray.get());
    if (scalars.size() != m_vertexCount) {
        m_scalars.reset();
        glDisableVertexAttribArray(3);
    } else {
        if (!m_scalars)
            m_scalars = gl::createBuffer();
        glBindBuffer(GL_ARRAY_BUFFER, m_scalars.get());
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(scalars.size() * sizeof(float)), scalars.data(),
            GL_DYNAMIC_DRAW);
        glEnableVertexAttribArray(3);
        glVertexAttribPointer(3, 1, GL_FLOAT, GL_FALSE, sizeof(float), nullptr);
    }
    glBindVertexArray(0);
}

GLsizei GpuMesh::indexCount(std::size_t lod) const
{
    return m_lodCount[std::min(lod, m_lodCount.size() - 1)];
}

void GpuMesh::draw(std::size_t lod) const
{
    lod = std::min(lod, m_lodCount.size() - 1);
    glBindVertexArray(m_vertexArray.get());
    if (!m_scalars)
        glVertexAttrib1f(3, 0.0f); // the disabled attribute's constant value
    glDrawElements(GL_TRIANGLES, m_lodCount[lod], GL_UNSIGNED_INT,
        reinterpret_cast<const void*>(std::size_t(m_lodFirst[lod]) * sizeof(std::uint32_t)));
    glBindVertexArray(0);
}

} // namespace lumbar
