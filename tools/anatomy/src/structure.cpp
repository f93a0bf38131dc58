// Layer names, mirroring and fascicle bundles shared by the structure builders.
#include "structure.hpp"

#include "sdf.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace lumbar {

const char* layerName(Layer layer)
{
    switch (layer) {
    case Layer::Skin:
        return "skin";
    case Layer::Fascia:
        return "fascia";
    case Layer::SuperficialMuscle:
        return "superficial muscle";
    case Layer::IntermediateMuscle:
        return "intermediate muscle";
    case Layer::DeepMuscle:
        return "deep muscle";
    case Layer::DeepestMuscle:
        return "deepest muscle";
    case Layer::Bone:
        return "bone";
    case Layer::Disc:
        return "disc";
    case Layer::AnteriorMuscle:
        return "anterior muscle";
    case Layer::Organ:
        return "organ";
    }
    return "?";
}

int layerDepthOrder(Layer layer)
{
    switch (layer) {
    case Layer::Skin:
        return 0;
    case Layer::Fascia:
        return 1;
    case Layer::SuperficialMuscle:
        return 2;
    case Layer::IntermediateMuscle:
        return 3;
    case Layer::DeepMuscle:
        return 4;
    case Layer::DeepestMuscle:
        return 5;
    case Layer::Bone:
    case Layer::Disc:
        return 6;
    case Layer::AnteriorMuscle:
    case Layer::Organ:
        return 7;
    }
    return -1;
}

glm::vec3 skinOverFat(float depthM, const glm::vec3& skin)
{
    const float fat = glm::smoothstep(kSkinThicknessM - 0.00075f, kSkinThicknessM + 0.00075f, depthM);
    return glm::mix(skin, glm::vec3(colours::kFat), fat);
}

glm::vec3 flushedSkin(float flush)
{
    // Green and blue down by 0.04 in sRGB: 0.057 from the even tone, inside the 0.06 within which
    // generator.cpp's tissueRegions counts a vertex as skin.
    return glm::vec3(colours::kSkin) + flush * glm::vec3(0.0f, -0.04f, -0.04f);
}

bool isMuscle(Layer layer)
{
    return layer == Layer::SuperficialMuscle || layer == Layer::IntermediateMuscle
        || layer == Layer::DeepMuscle || layer == Layer::DeepestMuscle || layer == Layer::AnteriorMuscle;
}

namespace {

std::string toLeft(std::string id)
{
    const std::string right = ".right";
    if (id.size() > right.size() && id.compare(id.size() - right.size(), right.size(), right) == 0)
        id.replace(id.size() - right.size(), right.size(), ".left");
    return id;
}

glm::vec3 flipX(const glm::vec3& p)
{
    return {-p.x, p.y, p.z};
}

} // namespace

StructureDef mirrored(const StructureDef& right)
{
    StructureDef left = right;
    left.id = toLeft(right.id);
    assert(left.id != right.id && "mirrored: expects an id ending in .right");
    left.shape = [shape = right.shape](const glm::vec3& p) { return shape(flipX(p)); };
    left.bounds = {{-right.bounds.max.x, right.bounds.min.y, right.bounds.min.z},
        {-right.bounds.min.x, right.bounds.max.y, right.bounds.max.z}};
    for (auto& a : left.avoid)
        a.id = toLeft(a.id);
    if (right.fibre)
        left.fibre = [fibre = right.fibre](const glm::vec3& p) { return flipX(fibre(flipX(p))); };
    if (right.tissueColour)
        left.tissueColour = [colour = right.tissueColour](const glm::vec3& p) { return colour(flipX(p)); };
    return left;
}

FascicleBundle::FascicleBundle(std::vector<Fascicle> fascicles, float blendM)
    : fascicles_(std::move(fascicles)), blend_(blendM)
{
    assert(!fascicles_.empty() && "FascicleBundle: needs at least one fascicle");
    bounds_ = {glm::vec3(1e9f), glm::vec3(-1e9f)};
    for (const auto& f : fascicles_) {
        const float r = std::max(f.fromRadiusM, f.toRadiusM);
        const Box b{glm::min(f.from, f.to) - glm::vec3(r), glm::max(f.from, f.to) + glm::vec3(r)};
        boxes_.push_back(b);
        bounds_ = bounds_.unite(b);
    }
    bounds_ = bounds_.expanded(blend_);
}

float FascicleBundle::distance(const glm::vec3& p) const
{
    float d = 1e9f;
    float piece = 1e9f; // the current run of continuing fascicles, not yet blended into d
    for (std::size_t i = 0; i < fascicles_.size(); ++i) {
        const auto& f = fascicles_[i];
        if (!f.continuesPrevious) {
            d = sdf::smoothUnion(d, piece, blend_);
            piece = 1e9f;
        }
        // Far tubes cannot change the run's minimum, nor a smooth union by more than the
        // blend width.
        const float bound = boxes_[i].distance(p);
        if (bound > piece || bound > d + blend_)
            continue;
        piece = std::min(piece, sdf::roundCone(p, f.from, f.to, f.fromRadiusM, f.toRadiusM));
    }
    return sdf::smoothUnion(d, piece, blend_);
}

glm::vec3 FascicleBundle::fibre(const glm::vec3& p) const
{
    glm::vec3 sum(0.0f);
    for (const auto& f : fascicles_) {
        glm::vec3 dir = glm::normalize(f.to - f.from);
        // Orient all directions the same way (upwards) before averaging.
        if (dir.y < 0 || (dir.y == 0 && dir.x < 0))
            dir = -dir;
        const float d = std::max(sdf::roundCone(p, f.from, f.to, f.fromRadiusM, f.toRadiusM), 0.0f) + 0.002f;
        const float w = 1.0f / (d * d * d * d);
        sum += w * dir;
    }
    const float len = glm::length(sum);
    return len > 0 ? sum / len : glm::vec3(0, 1, 0);
}

void useBundle(StructureDef& def, std::shared_ptr<const FascicleBundle> bundle)
{
    def.shape = [bundle](const glm::vec3& p) { return bundle->distance(p); };
    def.fibre = [bundle](const glm::vec3& p) { return bundle->fibre(p); };
    def.bounds = bundle->bounds();
}

} // namespace lumbar
