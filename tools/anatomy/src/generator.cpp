// Structure meshing pipeline. Why signed distances + marching tetrahedra: bones need blended
// processes (smooth unions of capsules, cones, plates), muscles need to fill the space their
// neighbours leave (CSG carving against bone and deeper muscle with a fixed gap), and sheets
// must follow the body surface at a fixed depth; all three are one-liners on distance fields
// and guarantee non-overlap by construction, while a sweep-based mesher would need explicit
// collision handling. The price is triangle count, paid back by quadric decimation.
#include "generator.hpp"

#include "ambient_occlusion.hpp"
#include "body_envelope.hpp"
#include "client_body.hpp"
#include "decimate.hpp"
#include "fibre_coordinate.hpp"
#include "parallel.hpp"
#include "polygonise.hpp"
#include "sdf.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <map>
#include <stdexcept>

namespace lumbar {

namespace {

/// Gap kept between every structure and the deep side of the subcutaneous layer / trunk cuts.
constexpr float kBodyGapM = 0.0015f;
/// Gap kept between every structure and the dissection's floor: the body's 4.5 mm grid rounds the
/// corner where the floor meets the flank's wall, raising the surface there by up to about 2 mm.
constexpr float kFloorGapM = 0.003f;

/// Tangent for non-muscles: the surface direction closest to "up", or "right" where the
/// surface faces up or down. Consistent and smooth across the mesh.
glm::vec3 surfaceTangent(const glm::vec3& n, const glm::vec3& preferred)
{
    glm::vec3 t = preferred - n * glm::dot(n, preferred);
    if (glm::length(t) < 0.2f) {
        const glm::vec3 alt(1, 0, 0);
        t = alt - n * glm::dot(n, alt);
    }
    if (glm::length(t) < 1e-6f)
        t = glm::cross(n, glm::vec3(0, 0, 1));
    return glm::normalize(t);
}

void computeTangents(Mesh& mesh, const FibreField& fibre)
{
    mesh.tangents.resize(mesh.positions.size());
    for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
        const glm::vec3& n = mesh.normals[i];
        // Muscles: the fibre direction projected onto the surface (what a stroke follows).
        const glm::vec3 t
            = fibre ? surfaceTangent(n, fibre(mesh.positions[i])) : surfaceTangent(n, glm::vec3(0, 1, 0));
        mesh.tangents[i] = glm::vec4(t, 1.0f);
    }
}

/// Where `def` can have its inside: its bounds, within the trunk's slab for what lies inside the
/// body.
Box meshedBounds(const StructureDef& def)
{
    if (!def.insideBody)
        return def.bounds;
    return def.bounds.intersect({{-0.5f, dims::kTrunkBottomM, -0.5f}, {0.5f, dims::kTrunkTopM, 0.5f}});
}

/// Whether `occluder` shades `receiver` in the baked ambient occlusion: when it stays on screen
/// whenever the receiver does. Layers are peeled from the skin inwards, so a structure of the
/// receiver's own layer or a deeper one stays; the client's body and the table are never peeled.
/// The skin over the window is drawn see-through and shades nothing.
bool shades(const StructureDef& occluder, const StructureDef& receiver)
{
    if (occluder.scenery)
        return true;
    return occluder.layer != Layer::Skin
        && layerDepthOrder(occluder.layer) >= layerDepthOrder(receiver.layer);
}

/// Each vertex's tissue as its colour shows it, for the decimation to keep the borders where the
/// skin's surface meets what is not skin: the skin, the hair, or anything else (the fat and the
/// hollow's lining at the window's cut, and the blend at each border). The border between the fat
/// and the lining deep in the cut is left free: kept too, it took enough triangles from the
/// hollow's walls that the external oblique showed through them.
std::vector<std::uint8_t> tissueRegions(const Mesh& mesh, const ColourField& tissueColour)
{
    // Half the sRGB distance from the skin to the fat is 0.095 (*choice*: within 0.06 of the
    // skin's or the hair's colour a vertex is that tissue).
    constexpr float kWithin = 0.06f;
    const std::array<glm::vec3, 2> surfaces{glm::vec3(colours::kSkin), glm::vec3(colours::kHair)};
    std::vector<std::uint8_t> regions(mesh.positions.size(), std::uint8_t(surfaces.size()));
    for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
        const glm::vec3 colour = tissueColour(mesh.positions[i]);
        for (std::size_t t = 0; t < surfaces.size(); ++t)
            if (glm::distance(colour, surfaces[t]) < kWithin)
                regions[i] = std::uint8_t(t);
    }
    return regions;
}

Mesh meshStructure(const StructureDef& def, const std::vector<StructureDef>& all, float cellScale)
{
    const Box box = meshedBounds(def);
    if (box.min.x >= box.max.x || box.min.y >= box.max.y || box.min.z >= box.max.z)
        throw std::logic_error("meshStructure: " + def.id + " lies outside the modelled trunk");
    Mesh mesh = polygonise(carvedField(def, all), box, def.cellSizeM * cellScale);
    if (mesh.indices.empty())
        throw std::logic_error("meshStructure: " + def.id + " carved away to nothing");
    removeSmallComponents(mesh, 0.02);
    taubinSmooth(mesh, 4);
    decimate(mesh, def.targetTriangles,
        def.tissueColour ? tissueRegions(mesh, def.tissueColour) : std::vector<std::uint8_t>{});
    taubinSmooth(mesh, 1);
    computeNormals(mesh);
    computeTangents(mesh, def.fibre);
    if (def.fibre)
        computeFibreCoordinates(mesh);
    if (def.tissueColour) {
        // Authored in sRGB like the base colours; the vertex colour is linear (glTF).
        mesh.tint.resize(mesh.positions.size());
        for (std::size_t i = 0; i < mesh.positions.size(); ++i)
            mesh.tint[i] = glm::pow(def.tissueColour(mesh.positions[i]), glm::vec3(2.2f));
    }
    if (def.fatOffset) {
        mesh.fatOffsets.resize(mesh.positions.size());
        for (std::size_t i = 0; i < mesh.positions.size(); ++i)
            mesh.fatOffsets[i] = def.fatOffset(mesh.positions[i]);
    }
    return mesh;
}

} // namespace

const Structure* Model::find(const std::string& id) const
{
    for (const auto& s : structures)
        if (s.id == id)
            return &s;
    return nullptr;
}

std::vector<StructureDef> allStructureDefs(const Landmarks& lm)
{
    const BodyEnvelope body;
    std::vector<StructureDef> defs = boneStructures(lm);
    for (auto& d : muscleStructures(lm, body))
        defs.push_back(std::move(d));
    for (auto& d : softTissueStructures(lm, body))
        defs.push_back(std::move(d));
    for (auto& d : sceneryStructures(lm))
        defs.push_back(std::move(d));
    return defs;
}

DistanceField carvedField(const StructureDef& def, const std::vector<StructureDef>& all)
{
    struct Carve {
        DistanceField shape;
        Box reach;
        float gap;
        float rounding;
    };
    std::vector<Carve> carves;
    for (const auto& a : def.avoid) {
        const auto it
            = std::find_if(all.begin(), all.end(), [&](const StructureDef& d) { return d.id == a.id; });
        if (it == all.end())
            throw std::logic_error("carvedField: " + def.id + " avoids unknown structure " + a.id);
        carves.push_back(
            {it->shape, it->bounds.expanded(a.gapM + a.roundingM + 0.004f), a.gapM, a.roundingM});
    }
    const BodyEnvelope body;
    return [shape = def.shape, carves, inside = def.insideBody, body](const glm::vec3& p) {
        float v = shape(p);
        if (v > 0.01f)
            return v; // far outside its own shape: carving cannot matter
        for (const auto& c : carves)
            if (c.reach.contains(p))
                v = sdf::smoothIntersect(v, c.gap - c.shape(p), c.rounding);
        if (inside) {
            v = std::max(v, body.inner(p) + kBodyGapM);
            v = std::max(
                v, std::max(dims::kTrunkBottomM + kBodyGapM - p.y, p.y - (dims::kTrunkTopM - kBodyGapM)));
            // In front of the dissection's floor the client's body is solid. A structure running
            // on into it (the external oblique wrapping round the flank) would lie inside the
            // body's mesh, and a section shows a cut mesh's inside as its cap only where no
            // other mesh lies in it: the oblique showed through the body's cut face. So the
            // floor cuts every structure, as a box-cut dissection does.
            v = std::max(v, window::kFloorZ + kFloorGapM - p.z);
        }
        return v;
    };
}

Model buildModel(const BuildOptions& options)
{
    if (!(options.cellScale > 0.0f))
        throw std::invalid_argument("buildModel: cellScale must be positive");
    const Landmarks lm = computeLandmarks();
    const std::vector<StructureDef> defs = allStructureDefs(lm);
    Model model;
    model.structures.resize(defs.size());
    forEachInParallel(defs.size(), options.threads, [&](std::size_t i) {
        model.structures[i] = {defs[i].id, defs[i].layer, defs[i].colour,
            meshStructure(defs[i], defs, options.cellScale), defs[i].scenery};
    });
    // Once everything is meshed: each structure shaded by its neighbours as carved.
    std::vector<Occluder> occluders(defs.size());
    for (std::size_t i = 0; i < defs.size(); ++i)
        occluders[i] = {carvedField(defs[i], defs), meshedBounds(defs[i])};
    forEachInParallel(defs.size(), options.threads, [&](std::size_t i) {
        std::vector<const Occluder*> shading;
        for (std::size_t j = 0; j < defs.size(); ++j)
            if (j != i && shades(defs[j], defs[i]))
                shading.push_back(&occluders[j]);
        Mesh& mesh = model.structures[i].mesh;
        mesh.occlusion = ambientOcclusion(mesh, shading);
    });
    return model;
}

} // namespace lumbar
