// The section view's plane and the spine's levels.
#include "anatomy/section_plane.hpp"

#include "scene/ray_pick.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

namespace lumbar {
namespace {

/// The front of a vertebra taken as its body: the bodies of T11-L5 are 25-35 mm deep (front to
/// back), so the front 20 mm are body alone, away from the processes above and below.
constexpr float kVertebralBodyDepthM = 0.020f;

std::string upper(std::string_view text)
{
    std::string result(text);
    for (char& c : result)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    return result;
}

/// The middle height of the vertices of `mesh` within `depthM` of its front (its anterior side,
/// the smallest z), or of all of them when depthM is infinite.
std::optional<float> middleHeight(const MeshData& mesh, float depthM)
{
    if (mesh.positions.empty())
        return std::nullopt;
    float front = std::numeric_limits<float>::max();
    for (const glm::vec3& p : mesh.positions)
        front = std::min(front, p.z);
    float low = std::numeric_limits<float>::max();
    float high = std::numeric_limits<float>::lowest();
    for (const glm::vec3& p : mesh.positions) {
        if (p.z > front + depthM)
            continue;
        low = std::min(low, p.y);
        high = std::max(high, p.y);
    }
    return 0.5f * (low + high);
}

} // namespace

glm::vec4 sectionPlane(const SectionSetting& section)
{
    if (!section.enabled)
        return glm::vec4(0.0f);
    glm::vec3 kept(0.0f); // unit normal pointing into the side that stays
    switch (section.orientation) {
    case SectionOrientation::ThroughTool: {
        // The stroke's heading along the skin: the part ahead of the tool goes.
        const glm::vec3 normal = glm::normalize(section.tool.normal);
        glm::vec3 along = section.tool.heading - normal * glm::dot(section.tool.heading, normal);
        if (glm::length(along) < 1e-6f)
            along = glm::vec3(0.0f, 1.0f, 0.0f);
        kept = -glm::normalize(along);
        if (section.flipped)
            kept = -kept;
        return glm::vec4(kept, -glm::dot(kept, section.tool.contact));
    }
    case SectionOrientation::Transverse:
        kept.y = -1.0f; // superior removed
        break;
    case SectionOrientation::Sagittal:
        kept.x = 1.0f; // left removed
        break;
    case SectionOrientation::Coronal:
        kept.z = -1.0f; // posterior removed
        break;
    }
    if (section.flipped)
        kept = -kept;
    const int axis = sectionAxis(section.orientation);
    return glm::vec4(kept, -kept[axis] * section.positionM);
}

int sectionAxis(SectionOrientation orientation)
{
    switch (orientation) {
    case SectionOrientation::Sagittal:
    case SectionOrientation::ThroughTool:
        return 0;
    case SectionOrientation::Transverse:
        return 1;
    case SectionOrientation::Coronal:
        return 2;
    }
    return 1;
}

std::string_view sectionOrientationName(SectionOrientation orientation)
{
    switch (orientation) {
    case SectionOrientation::Transverse:
        return "transverse";
    case SectionOrientation::Sagittal:
        return "sagittal";
    case SectionOrientation::Coronal:
        return "coronal";
    case SectionOrientation::ThroughTool:
        return "tool";
    }
    return "transverse";
}

std::optional<SectionOrientation> parseSectionOrientation(std::string_view name)
{
    for (const SectionOrientation orientation : {SectionOrientation::Transverse, SectionOrientation::Sagittal,
             SectionOrientation::Coronal, SectionOrientation::ThroughTool})
        if (upper(name) == upper(sectionOrientationName(orientation)))
            return orientation;
    return std::nullopt;
}

std::vector<SpinalLevel> spinalLevels(const Model& model)
{
    std::vector<SpinalLevel> levels;
    constexpr std::string_view kVertebra = "vertebra_";
    constexpr std::string_view kDisc = "disc_";
    for (const MeshData& mesh : model.meshes) {
        const std::string_view name = mesh.name;
        std::optional<float> y;
        std::string level;
        if (name.substr(0, kVertebra.size()) == kVertebra && name.size() > kVertebra.size()) {
            level = upper(name.substr(kVertebra.size()));
            y = middleHeight(mesh, kVertebralBodyDepthM);
        } else if (name.substr(0, kDisc.size()) == kDisc) {
            const std::string_view pair = name.substr(kDisc.size());
            const std::size_t split = pair.find('_');
            if (split == std::string_view::npos || split == 0 || split + 1 == pair.size())
                continue;
            level = upper(pair.substr(0, split)) + "-" + upper(pair.substr(split + 1));
            y = middleHeight(mesh, std::numeric_limits<float>::infinity());
        }
        if (y)
            levels.push_back({level, *y});
    }
    std::sort(
        levels.begin(), levels.end(), [](const SpinalLevel& a, const SpinalLevel& b) { return a.yM > b.yM; });
    return levels;
}

std::optional<VertebralBodyDepth> vertebralBodyDepth(const Model& model, std::string_view level)
{
    const std::string wanted = "VERTEBRA_" + upper(level);
    const auto vertebra = std::find_if(model.meshes.begin(), model.meshes.end(),
        [&](const MeshData& mesh) { return upper(mesh.name) == wanted; });
    if (vertebra == model.meshes.end())
        return std::nullopt;
    const std::optional<float> height = middleHeight(*vertebra, kVertebralBodyDepthM);
    if (!height)
        return std::nullopt;
    // A ray from in front of the vertebra straight back: the body is solid, so the ray enters it at
    // its front and leaves it at its back, into the canal (the arch behind comes later).
    const Bounds bounds = vertebra->bounds();
    const Ray ray{{bounds.center().x, *height, bounds.min.z - 0.01f}, {0.0f, 0.0f, 1.0f}};
    std::vector<float> hits;
    for (std::size_t i = 0; i + 2 < vertebra->indices.size(); i += 3)
        if (const std::optional<float> distance
            = intersectTriangle(ray, vertebra->positions[vertebra->indices[i]],
                vertebra->positions[vertebra->indices[i + 1]], vertebra->positions[vertebra->indices[i + 2]]))
            hits.push_back(*distance);
    std::sort(hits.begin(), hits.end());
    // A ray through an edge hits both triangles beside it: the same surface, counted once.
    constexpr float kSameSurfaceM = 1e-4f;
    hits.erase(std::unique(hits.begin(), hits.end(), [](float a, float b) { return b - a < kSameSurfaceM; }),
        hits.end());
    if (hits.size() < 2)
        return std::nullopt;
    return VertebralBodyDepth{ray.origin.z + hits[0], ray.origin.z + hits[1]};
}

const char* directionLetter(const glm::vec3& d)
{
    const glm::vec3 size = glm::abs(d);
    if (size.x >= size.y && size.x >= size.z)
        return d.x > 0.0f ? "R" : "L";
    if (size.y >= size.z)
        return d.y > 0.0f ? "S" : "I";
    return d.z > 0.0f ? "P" : "A";
}

std::string describeHeight(float yM, const std::vector<SpinalLevel>& levels)
{
    const long millimetres = std::lround(yM * 1000.0f);
    if (levels.empty())
        return "y " + std::to_string(millimetres) + " mm";
    const auto nearest
        = std::min_element(levels.begin(), levels.end(), [yM](const SpinalLevel& a, const SpinalLevel& b) {
              return std::abs(a.yM - yM) < std::abs(b.yM - yM);
          });
    const long offset = std::lround((yM - nearest->yM) * 1000.0f);
    if (offset == 0)
        return nearest->name;
    return nearest->name + (offset > 0 ? " +" : " -") + std::to_string(std::abs(offset)) + " mm";
}

std::string describeSectionPosition(const SectionSetting& section, const std::vector<SpinalLevel>& levels)
{
    const long millimetres = std::lround(section.positionM * 1000.0f);
    const std::string distance = std::to_string(std::abs(millimetres)) + " mm ";
    switch (section.orientation) {
    case SectionOrientation::Transverse:
        return describeHeight(section.positionM, levels);
    case SectionOrientation::Sagittal:
        return millimetres == 0 ? "midline" : distance + (millimetres > 0 ? "right" : "left");
    case SectionOrientation::Coronal:
        return millimetres == 0 ? "through S1's endplate"
                                : distance + (millimetres > 0 ? "posterior" : "anterior");
    case SectionOrientation::ThroughTool:
        return "the tool, across the stroke";
    }
    return {};
}

std::optional<float> levelHeight(std::string_view name, const std::vector<SpinalLevel>& levels)
{
    const std::string wanted = upper(name);
    for (const SpinalLevel& level : levels)
        if (level.name == wanted)
            return level.yM;
    return std::nullopt;
}

} // namespace lumbar
