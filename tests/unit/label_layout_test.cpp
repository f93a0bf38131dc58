// Label layout: columns by side, vertical order kept, no overlaps, inside the viewport.
#include "session/label_layout.hpp"

#include <gtest/gtest.h>

namespace lumbar::app {
namespace {

TEST(LabelLayout, LabelsGoToTheirSideInAnchorOrderWithoutOverlap)
{
    const std::vector<LabelRequest> requests = {{0, {300, 200}, 80}, {1, {310, 205}, 60}, {2, {700, 400}, 90},
        {3, {320, 190}, 70}, {4, {650, 100}, 50}};
    const auto placed = layoutLabels(requests, {1000, 600}, 20.0f, 50.0f);
    ASSERT_EQ(placed.size(), 5u);
    std::vector<const PlacedLabel*> left;
    for (const PlacedLabel& label : placed) {
        EXPECT_EQ(label.rightColumn, label.anchorPx.x >= 500.0f) << label.key;
        if (label.rightColumn) {
            EXPECT_FLOAT_EQ(label.lineEndPx.x, 750.0f); // 50 px right of the rightmost anchor
            EXPECT_FLOAT_EQ(label.textPx.x, 754.0f);
        } else {
            EXPECT_FLOAT_EQ(label.lineEndPx.x, 250.0f);
            left.push_back(&label);
        }
        EXPECT_GE(label.textPx.y, 0.0f);
        EXPECT_LE(label.textPx.y, 580.0f);
    }
    ASSERT_EQ(left.size(), 3u);
    std::sort(left.begin(), left.end(), [](auto* a, auto* b) { return a->textPx.y < b->textPx.y; });
    EXPECT_EQ(left[0]->key, 3u); // anchors at y 190, 200, 205 keep that order
    EXPECT_EQ(left[1]->key, 0u);
    EXPECT_EQ(left[2]->key, 1u);
    EXPECT_GE(left[1]->textPx.y - left[0]->textPx.y, 20.0f);
    EXPECT_GE(left[2]->textPx.y - left[1]->textPx.y, 20.0f);
    EXPECT_FLOAT_EQ(left[0]->textPx.y, 180.0f); // the first sits centred on its anchor
}

TEST(LabelLayout, AColumnTooLongForTheViewportIsPushedUp)
{
    std::vector<LabelRequest> requests;
    for (std::size_t i = 0; i < 5; ++i)
        requests.push_back({i, {100.0f, 95.0f}, 10.0f});
    requests.push_back({5, {500.0f, 50.0f}, 10.0f});
    const auto placed = layoutLabels(requests, {600, 100}, 20.0f, 10.0f);
    float lowest = 0.0f;
    for (const PlacedLabel& label : placed)
        if (!label.rightColumn)
            lowest = std::max(lowest, label.textPx.y);
    EXPECT_FLOAT_EQ(lowest, 80.0f); // 100 px viewport, 20 px lines
}

TEST(LabelLayout, LabelsStayClearOfTheSidePanels)
{
    // Panels cover x < 300 and x > 800 of a 1000 px view; the anchors span 320-700.
    const std::vector<LabelRequest> requests = {{0, {320, 100}, 120}, {1, {700, 100}, 150}};
    const auto placed = layoutLabels(requests, {1000, 600}, 20.0f, 60.0f, 300.0f, 800.0f);
    ASSERT_EQ(placed.size(), 2u);
    EXPECT_FLOAT_EQ(placed[0].lineEndPx.x, 300.0f); // 320 - 60 would be under the left panel
    EXPECT_FLOAT_EQ(placed[0].textPx.x, 300.0f);
    EXPECT_FLOAT_EQ(placed[1].lineEndPx.x, 760.0f);
    EXPECT_FLOAT_EQ(placed[1].textPx.x, 650.0f); // 800 - 150: ends at the right panel's edge
}

TEST(LabelLayout, NothingToPlace)
{
    EXPECT_TRUE(layoutLabels({}, {100, 100}, 10.0f, 10.0f).empty());
}

} // namespace
} // namespace lumbar::app
