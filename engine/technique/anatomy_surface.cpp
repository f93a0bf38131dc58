// Structure lookup, surface projection with normals and fibre directions, anchor placement.
#include "technique/anatomy_surface.hpp"

#include "anatomy/knowledge_base.hpp"

#include <algorithm>
#include <cmath>

namespace lumbar::technique {

AnatomySurface::AnatomySurface(const Model& model, const KnowledgeBase* knowledge)
    : m_model(model), m_knowledge(knowledge)
{
    for (std::size_t i = 0; i < model.meshes.size(); ++i) {
        m_meshByName.emplace(model.meshes[i].name, i); // the first mesh of a name wins
        m_indexes.push_back(std::make_unique<SurfaceIndex>(model.meshes[i]));
    }
}

AnatomySurface::~AnatomySurface() = default;

std::optional<std::size_t> AnatomySurface::meshIndex(const std::string& id) const
{
    const auto found = m_meshByName.find(id);
    return found == m_meshByName.end() ? std::nullopt : std::optional<std::size_t>(found->second);
}

const MeshData* AnatomySurface::structureMesh(const std::string& id) const
{
    const auto index = meshIndex(id);
    return index ? &m_model.meshes[*index] : nullptr;
}

std::optional<Bounds> AnatomySurface::structureBounds(const std::string& id) const
{
    const SurfaceIndex* found = index(id);
    return found ? std::optional<Bounds>(found->bounds()) : std::nullopt;
}

const StructureInfo* AnatomySurface::structureInfo(const std::string& id) const
{
    return m_knowledge ? m_knowledge->find(id) : nullptr;
}

const SurfaceIndex* AnatomySurface::index(const std::string& id) const
{
    const auto found = meshIndex(id);
    return found ? m_indexes[*found].get() : nullptr;
}

SurfacePoint AnatomySurface::describe(const MeshData& mesh, const MeshPoint& point) const
{
    SurfacePoint result;
    result.position = point.position;
    result.distance = point.distance;
    const std::uint32_t* corner = &mesh.indices[3 * point.triangle];
    const glm::vec3& a = mesh.positions[corner[0]];
    const glm::vec3 faceNormal = glm::cross(mesh.positions[corner[1]] - a, mesh.positions[corner[2]] - a);
    glm::vec3 normal(0.0f);
    if (!mesh.normals.empty())
        for (int k = 0; k < 3; ++k)
            normal += mesh.normals[corner[k]] * point.barycentric[k];
    if (glm::length(normal) < 1e-6f)
        normal = faceNormal;
    if (glm::length(normal) > 1e-12f)
        result.normal = glm::normalize(normal);
    if (!mesh.tangents.empty()) {
        // Fibre lines have no sign: align every vertex's tangent with the first before blending.
        glm::vec3 fibre(0.0f), reference(0.0f);
        for (int k = 0; k < 3; ++k) {
            glm::vec3 tangent(mesh.tangents[corner[k]]);
            if (glm::length(tangent) < 1e-6f)
                continue;
            if (glm::length(reference) == 0.0f)
                reference = tangent;
            fibre += (glm::dot(tangent, reference) < 0.0f ? -tangent : tangent) * point.barycentric[k];
        }
        fibre -= result.normal * glm::dot(fibre, result.normal);
        if (glm::length(fibre) > 1e-6f)
            result.fibreDirection = glm::normalize(fibre);
    }
    return result;
}

std::optional<SurfacePoint> AnatomySurface::closestPoint(const std::string& id, const glm::vec3& point) const
{
    const SurfaceIndex* found = index(id);
    if (!found)
        return std::nullopt;
    const std::optional<MeshPoint> hit = found->closest(point);
    return hit ? std::optional<SurfacePoint>(describe(found->mesh(), *hit)) : std::nullopt;
}

std::optional<SurfacePoint> AnatomySurface::posteriorPoint(const std::string& id, float x, float y) const
{
    const SurfaceIndex* found = index(id);
    if (!found)
        return std::nullopt;
    const std::optional<MeshPoint> hit = found->topmost(x, y);
    if (!hit)
        return std::nullopt;
    SurfacePoint result = describe(found->mesh(), *hit);
    // The top of a closed surface faces +Z; a mesh wound the other way would otherwise point inwards.
    if (result.normal.z < 0.0f) {
        result.normal = -result.normal;
    }
    return result;
}

std::optional<SurfacePoint> AnatomySurface::projectPosterior(
    const std::string& id, const glm::vec3& point) const
{
    if (auto top = posteriorPoint(id, point.x, point.y))
        return top;
    return closestPoint(id, point);
}

std::optional<SurfacePoint> AnatomySurface::lateralPoint(const std::string& id, float y, float z) const
{
    const SurfaceIndex* found = index(id);
    if (!found)
        return std::nullopt;
    const bool leftSide = found->bounds().center().x < 0.0f;
    const std::optional<MeshPoint> hit = found->outermost(ColumnAxis::X, y, z, !leftSide);
    if (!hit)
        return std::nullopt;
    SurfacePoint result = describe(found->mesh(), *hit);
    // The outer side faces away from the midline, whatever the winding.
    if ((result.normal.x < 0.0f) != leftSide)
        result.normal = -result.normal;
    return result;
}

std::optional<SurfacePoint> AnatomySurface::project(
    const std::string& id, const glm::vec3& point, Approach approach) const
{
    if (approach == Approach::Posterior)
        return projectPosterior(id, point);
    if (auto side = lateralPoint(id, point.y, point.z))
        return side;
    return closestPoint(id, point);
}

std::optional<glm::vec3> AnatomySurface::anchorPoint(const Anchor& anchor, Approach approach) const
{
    if (anchor.isLandmark())
        return landmark(anchor.landmark);
    const std::optional<Bounds> bounds = structureBounds(anchor.structure);
    if (!bounds)
        return std::nullopt;
    const glm::vec3 size = bounds->size();
    const auto u = static_cast<float>(anchor.u), v = static_cast<float>(anchor.v);
    const float y = bounds->min.y + u * size.y;
    if (approach == Approach::Lateral) {
        const float z = bounds->max.z - v * size.z;
        const float outerX = bounds->center().x < 0.0f ? bounds->min.x : bounds->max.x;
        const std::optional<SurfacePoint> point
            = project(anchor.structure, glm::vec3(outerX, y, z), approach);
        return point ? std::optional<glm::vec3>(point->position) : std::nullopt;
    }
    const float centreX = bounds->center().x;
    float x = 0.0f;
    if (std::abs(centreX) < 0.1f * size.x) // straddles the midline: left edge to right edge
        x = bounds->min.x + v * size.x;
    else if (centreX < 0.0f) // patient's left: medial is the larger X
        x = bounds->max.x - v * size.x;
    else
        x = bounds->min.x + v * size.x;
    const std::optional<SurfacePoint> point
        = projectPosterior(anchor.structure, glm::vec3(x, y, bounds->max.z));
    return point ? std::optional<glm::vec3>(point->position) : std::nullopt;
}

std::optional<Anchor> AnatomySurface::anchorAt(
    const std::string& id, const glm::vec3& point, Approach approach) const
{
    const std::optional<Bounds> bounds = structureBounds(id);
    if (!bounds)
        return std::nullopt;
    const glm::vec3 size = glm::max(bounds->size(), glm::vec3(1e-6f));
    const auto fraction
        = [](float value) { return std::round(std::clamp(double(value), 0.0, 1.0) * 1000.0) / 1000.0; };
    Anchor anchor;
    anchor.structure = id;
    anchor.u = fraction((point.y - bounds->min.y) / size.y);
    if (approach == Approach::Lateral) {
        anchor.v = fraction((bounds->max.z - point.z) / size.z);
        return anchor;
    }
    // The same three cases as anchorPoint.
    const float centreX = bounds->center().x;
    if (std::abs(centreX) < 0.1f * size.x)
        anchor.v = fraction((point.x - bounds->min.x) / size.x);
    else if (centreX < 0.0f)
        anchor.v = fraction((bounds->max.x - point.x) / size.x);
    else
        anchor.v = fraction((point.x - bounds->min.x) / size.x);
    return anchor;
}

} // namespace lumbar::technique
