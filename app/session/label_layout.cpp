// Two-column label layout.
#include "session/label_layout.hpp"

#include <algorithm>

namespace lumbar::app {
namespace {

/// Stacks labels of one column top to bottom without overlap, then pushes them back up if the
/// stack runs off the bottom of the viewport.
void stackColumn(std::vector<PlacedLabel*>& column, float lineHeightPx, float viewportHeightPx)
{
    std::sort(column.begin(), column.end(),
        [](const PlacedLabel* a, const PlacedLabel* b) { return a->anchorPx.y < b->anchorPx.y; });
    float nextTop = 0.0f;
    for (PlacedLabel* label : column) {
        label->textPx.y = std::max(label->anchorPx.y - lineHeightPx * 0.5f, nextTop);
        nextTop = label->textPx.y + lineHeightPx;
    }
    float limit = viewportHeightPx - lineHeightPx;
    for (auto it = column.rbegin(); it != column.rend(); ++it) {
        (*it)->textPx.y = std::min((*it)->textPx.y, limit);
        limit = (*it)->textPx.y - lineHeightPx;
    }
    for (PlacedLabel* label : column)
        label->lineEndPx.y = label->textPx.y + lineHeightPx * 0.5f;
}

} // namespace

std::vector<PlacedLabel> layoutLabels(const std::vector<LabelRequest>& requests, const glm::vec2& viewportPx,
    float lineHeightPx, float gapPx, float freeLeftPx, float freeRightPx)
{
    std::vector<PlacedLabel> placed;
    if (requests.empty())
        return placed;
    float minX = requests.front().anchorPx.x;
    float maxX = minX;
    for (const LabelRequest& request : requests) {
        minX = std::min(minX, request.anchorPx.x);
        maxX = std::max(maxX, request.anchorPx.x);
    }
    const float middle = (minX + maxX) * 0.5f;
    const float leftLimit = std::max(freeLeftPx, 0.0f);
    const float rightLimit = std::min(freeRightPx, viewportPx.x);
    const float leftEdge = std::max(minX - gapPx, leftLimit);
    const float rightEdge = std::min(maxX + gapPx, rightLimit);

    std::vector<PlacedLabel*> left;
    std::vector<PlacedLabel*> right;
    placed.reserve(requests.size());
    for (const LabelRequest& request : requests) {
        PlacedLabel label;
        label.key = request.key;
        label.anchorPx = request.anchorPx;
        label.rightColumn = request.anchorPx.x >= middle;
        if (label.rightColumn) {
            label.lineEndPx.x = rightEdge;
            label.textPx.x = std::min(rightEdge + 4.0f, rightLimit - request.textWidthPx);
        } else {
            label.lineEndPx.x = leftEdge;
            label.textPx.x = std::max(leftEdge - 4.0f - request.textWidthPx, leftLimit);
        }
        placed.push_back(label);
    }
    for (PlacedLabel& label : placed)
        (label.rightColumn ? right : left).push_back(&label);
    stackColumn(left, lineHeightPx, viewportPx.y);
    stackColumn(right, lineHeightPx, viewportPx.y);
    return placed;
}

} // namespace lumbar::app
