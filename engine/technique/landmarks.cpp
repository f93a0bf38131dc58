// Bony landmarks found from the bone meshes; definitions in anatomy_surface.hpp.
#include "technique/anatomy_surface.hpp"

#include <cmath>
#include <functional>

namespace lumbar::technique {
namespace {

/// The vertex of `mesh` with the largest `score` among those `keep` accepts; ties go to the first.
std::optional<glm::vec3> bestVertex(const MeshData& mesh, const std::function<bool(const glm::vec3&)>& keep,
    const std::function<float(const glm::vec3&)>& score)
{
    std::optional<glm::vec3> best;
    for (const glm::vec3& p : mesh.positions)
        if (keep(p) && (!best || score(p) > score(*best)))
            best = p;
    return best;
}

bool startsWith(const std::string& text, const std::string& prefix)
{
    return text.rfind(prefix, 0) == 0;
}

} // namespace

std::optional<glm::vec3> AnatomySurface::landmark(const std::string& name) const
{
    const auto any = [](const glm::vec3&) { return true; };
    const auto posterior = [](const glm::vec3& p) { return p.z; };
    const std::string spinous = "spinous_process.";
    if (startsWith(name, spinous)) {
        const MeshData* vertebra = structureMesh("vertebra_" + name.substr(spinous.size()));
        return vertebra ? bestVertex(*vertebra, any, posterior) : std::nullopt;
    }
    if (name == "sacral_base") {
        const std::optional<Bounds> bounds = structureBounds("sacrum");
        if (!bounds)
            return std::nullopt;
        const float top = bounds->max.y - 0.2f * bounds->size().y;
        return bestVertex(
            *structureMesh("sacrum"), [&](const glm::vec3& p) { return p.y >= top; }, posterior);
    }
    const auto downwards = [](const glm::vec3& p) { return -p.y; };
    if (name == "coccyx_tip") {
        const MeshData* coccyx = structureMesh("coccyx");
        return coccyx ? bestVertex(*coccyx, any, downwards) : std::nullopt;
    }
    const std::size_t dot = name.find('.');
    if (dot == std::string::npos)
        return std::nullopt;
    const std::string kind = name.substr(0, dot), side = name.substr(dot + 1);
    if (side != "left" && side != "right")
        return std::nullopt;
    if (kind == "iliac_crest" || kind == "psis") {
        const std::optional<Bounds> bounds = structureBounds("hip_bone." + side);
        if (!bounds)
            return std::nullopt;
        const MeshData& hip = *structureMesh("hip_bone." + side);
        if (kind == "iliac_crest")
            return bestVertex(hip, any, [](const glm::vec3& p) { return p.y; });
        const float lowest = bounds->max.y - kPsisBelowCrestM;
        return bestVertex(
            hip, [&](const glm::vec3& p) { return p.y >= lowest; }, posterior);
    }
    const auto lateral = [](const glm::vec3& p) { return std::abs(p.x); };
    if (kind == "greater_trochanter") {
        const MeshData* femur = structureMesh("femur." + side);
        return femur ? bestVertex(*femur, any, lateral) : std::nullopt;
    }
    if (kind == "ischial_tuberosity") {
        const MeshData* hip = structureMesh("hip_bone." + side);
        return hip ? bestVertex(*hip, any, downwards) : std::nullopt;
    }
    if (kind == "rib_11_tip" || kind == "rib_12_tip") {
        const MeshData* rib = structureMesh(kind.substr(0, 6) + "." + side);
        return rib ? bestVertex(*rib, any, lateral) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace lumbar::technique
