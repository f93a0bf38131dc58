// How a surface answers the light besides its colour: the moist sheen of muscle, the pearly gloss
// of tendon and aponeurosis, thin translucent fascia, dry ivory bone, skin that lets light round
// its shadow edge, fat in glistening lobules. Three numbers per kind, read by the mesh shader
// (fat also takes the shader's lobules: Renderer::Lobules).
#pragma once

#include <cstdint>

namespace lumbar {

enum class Surface : std::uint8_t { Plain, Muscle, Tendon, Fascia, Bone, Skin, Fat };

struct SurfaceLook {
    float sharpHighlight; ///< strength of the key light's tight highlight (a wet surface)
    float broadSheen; ///< strength of a wide, soft highlight (a satin or pearly surface)
    /// How far the key light wraps past the shadow edge (0 opaque; about 0.4 for skin, whose
    /// light scatters under the surface), with a warm rim at grazing angles.
    float wrap;
};

/// The look of each kind (*choices*, tuned by eye against dissection photographs; Plain is the
/// rig's original single highlight, for tools, markers and anything else).
constexpr SurfaceLook lookOf(Surface surface)
{
    switch (surface) {
    case Surface::Muscle:
        return {0.32f, 0.04f, 0.0f};
    case Surface::Tendon:
        return {0.20f, 0.14f, 0.05f};
    case Surface::Fascia:
        return {0.22f, 0.08f, 0.30f};
    case Surface::Bone:
        return {0.03f, 0.05f, 0.0f};
    case Surface::Skin:
        return {0.07f, 0.05f, 0.40f};
    case Surface::Fat:
        return {0.24f, 0.06f, 0.15f};
    case Surface::Plain:
        break;
    }
    return {0.18f, 0.0f, 0.0f};
}

} // namespace lumbar
