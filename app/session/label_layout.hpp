// Placing name labels in two columns beside the model with leader lines to their anchors.
#pragma once

#include <glm/glm.hpp>

#include <cstddef>
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

} // namespace lumbar::app
