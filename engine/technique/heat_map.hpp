// Where the work went: pressure dose per vertex over a time span, and a colour-blind-safe colour map.
#pragma once

#include <glm/glm.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lumbar::technique {

class AnatomySurface;
struct PreparedLesson;

/// Dose per vertex in kPa*s, one array per model mesh (same order as Model::meshes); a mesh no
/// step targets has an empty array.
struct HeatMap {
    std::vector<std::vector<float>> doseKPaS;

    /// The largest dose of any vertex; 0 for an empty map.
    float maxDoseKPaS() const;
};

/// Vertex indices of one mesh sorted by X, so a dose sample only visits the slab around the tool.
struct SortedVertices {
    std::vector<std::uint32_t> order;
    std::vector<float> xs;
};

/// A heat map kept up to date as a lesson plays: each call adds only the lesson time since the
/// last, so the window's map late in an hour's lesson costs what the last half second costs, not
/// the whole hour again. Slices are `sampleS` long from `fromS` on, as accumulateDose cuts them.
/// The model behind `surface` and the lesson must outlive the accumulator.
class DoseAccumulator {
public:
    DoseAccumulator(
        const PreparedLesson& prepared, const AnatomySurface& surface, double fromS, double sampleS);

    /// Adds every whole slice that ends by `toS`; nothing when time has not moved on a slice.
    void advanceTo(double toS);
    /// The end of the last whole slice added (`fromS` before any).
    double timeS() const { return m_fromS + double(m_slices) * m_sampleS; }
    double fromS() const { return m_fromS; }
    double sampleS() const { return m_sampleS; }
    /// The dose from `fromS` to `toS` (at least timeS()): the whole slices added and the part of
    /// the next one up to `toS`, exactly as accumulateDose(fromS, toS) gives it.
    HeatMap mapAt(double toS) const;

private:
    void addSlice(HeatMap& map, double startS, double widthS) const;

    const PreparedLesson& m_prepared;
    const AnatomySurface& m_surface;
    double m_fromS;
    double m_sampleS;
    std::size_t m_slices = 0;
    HeatMap m_map;
    std::vector<SortedVertices> m_sorted;
};

/// Accumulates pressure x time x falloff from lesson time `fromS` to `toS` on every structure a step
/// targets, sampling evaluate() at the middle of each `sampleS` slice (the last slice may be shorter).
/// Falloff: 1 within the contact radius, a smoothstep to 0 at the indentation radius, by straight
/// distance from the tool. Deterministic; the model behind `surface` must be the one prepared on.
HeatMap accumulateDose(const PreparedLesson& prepared, const AnatomySurface& surface, double fromS,
    double toS, double sampleS = 0.1);

/// The dose of one step from its start to its end.
HeatMap stepDose(const PreparedLesson& prepared, const AnatomySurface& surface, std::size_t stepIndex,
    double sampleS = 0.1);

/// Where a dose sits on the colour map, 0..1: the square root of its share of `maxDoseKPaS` (which
/// spreads the low doses at a stroke's edges over more of the map); 0 when `maxDoseKPaS` is not
/// positive.
float heatPosition(float doseKPaS, float maxDoseKPaS);
/// The dose at `position` (0..1, clamped) on the colour map: the inverse of heatPosition.
float doseAtHeatPosition(float position, float maxDoseKPaS);
/// How strongly the colour map covers the tissue at `position`: nothing below 2% of the map, full
/// from 30%, so the few kPa*s at a stroke's edges leave the tissue its own colour instead of a
/// dark purple wash.
float heatCoverage(float position);

/// Viridis (van der Walt and Smith, the matplotlib default, CC0): `t` in 0..1 (clamped) to sRGB in
/// 0..1, linear between 17 entries of the published 256-entry table (every 16th, and the last).
/// Perceptually uniform, readable with the common colour-vision deficiencies and in grey.
glm::vec3 viridis(float t);

} // namespace lumbar::technique
