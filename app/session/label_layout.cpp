// Two-column label layout; labels moved off one another by whole lines.
#include "session/label_layout.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

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

bool overlaps(const LabelBox& a, const LabelBox& b)
{
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

std::optional<LabelBox> clearPlace(const LabelBox& wanted, const std::vector<LabelBox>& taken,
    float lineHeightPx, int maxLines, const std::function<bool(const LabelBox&)>& allowed)
{
    const auto clear = [&](const LabelBox& box) {
        return std::none_of(
            taken.begin(), taken.end(), [&](const LabelBox& other) { return overlaps(box, other); });
    };
    if (clear(wanted))
        return wanted;
    // The places to try, by how far they move the label: whole lines down or up (down first at
    // the same distance), and sideways just clear of each label in the way, at most half its width.
    std::vector<std::pair<float, glm::vec2>> shifts;
    for (int lines = 1; lines <= maxLines; ++lines)
        for (const float direction : {1.0f, -1.0f})
            shifts.emplace_back(
                float(lines) * lineHeightPx, glm::vec2(0.0f, direction * float(lines) * lineHeightPx));
    const float halfWidth = 0.5f * (wanted.max.x - wanted.min.x);
    for (const LabelBox& other : taken) {
        if (!overlaps(wanted, other))
            continue;
        for (const float dx : {other.min.x - wanted.max.x, other.max.x - wanted.min.x})
            if (std::abs(dx) <= halfWidth)
                shifts.emplace_back(std::abs(dx), glm::vec2(dx, 0.0f));
    }
    std::stable_sort(
        shifts.begin(), shifts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [distance, shift] : shifts) {
        const LabelBox moved{wanted.min + shift, wanted.max + shift};
        if (clear(moved) && (!allowed || allowed(moved)))
            return moved;
    }
    return std::nullopt;
}

std::vector<std::optional<LabelBox>> placeApart(
    const std::vector<LabelBox>& wanted, float lineHeightPx, int maxLines)
{
    std::vector<std::optional<LabelBox>> placed;
    std::vector<LabelBox> taken;
    for (const LabelBox& box : wanted) {
        placed.push_back(clearPlace(box, taken, lineHeightPx, maxLines));
        if (placed.back())
            taken.push_back(*placed.back());
    }
    return placed;
}

} // namespace lumbar::app
