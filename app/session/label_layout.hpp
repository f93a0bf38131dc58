// Placing labels so that none covers another: name labels in two columns beside the model with
// leader lines to their anchors, and labels on a picture moved off the ones placed before them.
#pragma once

#include <glm/glm.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

namespace lumbar::app {

struct LabelRequest {
    std::size_t key = 0; ///< caller's id (a mesh index)
    glm::vec2 anchorPx{0.0f}; ///< where the leader line touches the structure
    float textWidthPx = 0.0f;
};

struct PlacedLabel {
    std::size_t key = 0;
    glm::vec2 anchorPx{0.0f};
    glm::vec2 textPx{0.0f}; ///< top-left corner of the text
    glm::vec2 lineEndPx{0.0f}; ///< where the leader line meets the text
    bool rightColumn = false;
};

/// Anchors left of the anchors' middle go to a left column, the others to a right one. Columns sit
/// `gapPx` outside the anchors' extent, inside the viewport and, when given, between `freeLeftPx`
/// and `freeRightPx` (the part of the view no side panel covers). In each column labels keep the
/// vertical order of their anchors and never overlap (at least `lineHeightPx` apart).
std::vector<PlacedLabel> layoutLabels(const std::vector<LabelRequest>& requests, const glm::vec2& viewportPx,
    float lineHeightPx, float gapPx, float freeLeftPx = 0.0f, float freeRightPx = 1e9f);

/// A label's text box in pixels (y down): its top-left and bottom-right corners.
struct LabelBox {
    glm::vec2 min{0.0f};
    glm::vec2 max{0.0f};
};

/// True when the boxes share some area (touching edges do not count).
bool overlaps(const LabelBox& a, const LabelBox& b);

/// Where a label that wants `wanted` goes clear of the boxes `taken`: its own place when it
/// overlaps none of them, else the nearest clear place that `allowed` accepts (any, when empty: a
/// name may have to stay on its own section) among those whole lines of `lineHeightPx` below or
/// above it, at most `maxLines` lines away (below first at the same distance), and those moved
/// sideways, at most half its width, just clear of a box in its way; nullopt when none is.
std::optional<LabelBox> clearPlace(const LabelBox& wanted, const std::vector<LabelBox>& taken,
    float lineHeightPx, int maxLines, const std::function<bool(const LabelBox&)>& allowed = {});

/// Places labels in the order given, each by clearPlace clear of those placed before it: the
/// first ones keep their places. Those left out (no clear place) are nullopt.
std::vector<std::optional<LabelBox>> placeApart(
    const std::vector<LabelBox>& wanted, float lineHeightPx, int maxLines);

} // namespace lumbar::app
