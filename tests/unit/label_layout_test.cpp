// Label layout: columns by side, vertical order kept, no overlaps, inside the viewport; labels on
// a picture moved off the ones placed before them.
#include "session/label_layout.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

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

void expectBox(const std::optional<LabelBox>& box, const glm::vec2& min, const glm::vec2& max)
{
    ASSERT_TRUE(box);
    EXPECT_FLOAT_EQ(box->min.x, min.x);
    EXPECT_FLOAT_EQ(box->min.y, min.y);
    EXPECT_FLOAT_EQ(box->max.x, max.x);
    EXPECT_FLOAT_EQ(box->max.y, max.y);
}

TEST(LabelsApart, AStructureNameOverAPressureReadoutMovesToTheNextFreeLine)
{
    // The slice window's case: "9 kPa" on its isobar, then "L4 vertebra" centred on its section a
    // few pixels lower, over it. 15 px lines.
    const LabelBox readout{{200.0f, 120.0f}, {240.0f, 135.0f}};
    const LabelBox name{{170.0f, 128.0f}, {250.0f, 143.0f}};
    EXPECT_TRUE(overlaps(readout, name));
    const auto placed = placeApart({readout, name}, 15.0f, 2);
    ASSERT_EQ(placed.size(), 2u);
    expectBox(placed[0], {200.0f, 120.0f}, {240.0f, 135.0f}); // the first keeps its place
    expectBox(placed[1], {170.0f, 143.0f}, {250.0f, 158.0f}); // one line down: clear of it
    EXPECT_FALSE(overlaps(*placed[0], *placed[1]));
}

TEST(LabelsApart, BelowTakenItMovesUpAndWithNoRoomItIsLeftOut)
{
    const std::vector<LabelBox> taken
        = {{{0.0f, 100.0f}, {100.0f, 110.0f}}, {{0.0f, 110.0f}, {100.0f, 120.0f}}};
    // Wanted at 100-110: the line below is taken too, the one above is free.
    expectBox(
        clearPlace({{10.0f, 100.0f}, {50.0f, 110.0f}}, taken, 10.0f, 1), {10.0f, 90.0f}, {50.0f, 100.0f});
    // Wanted at 110-120 with one line allowed: 120-130 is free.
    expectBox(
        clearPlace({{10.0f, 110.0f}, {50.0f, 120.0f}}, taken, 10.0f, 1), {10.0f, 120.0f}, {50.0f, 130.0f});
    // Lines of 4 px cannot clear a 20 px block within one line either way.
    EXPECT_FALSE(clearPlace({{10.0f, 105.0f}, {50.0f, 115.0f}}, taken, 4.0f, 1));
    // A label beside the taken ones, touching them, stays.
    expectBox(clearPlace({{100.0f, 100.0f}, {150.0f, 110.0f}}, taken, 10.0f, 0), {100.0f, 100.0f},
        {150.0f, 110.0f});
}

TEST(LabelsApart, WithTheLinesAboveAndBelowTakenALabelSlidesSideways)
{
    // "Sacrum" (60 px wide) over the left 20 px of "4 kPa": a line down (15 px) is nearer than 20 px
    // to the left; with the lines above and below taken, it slides left.
    const LabelBox readout{{100.0f, 100.0f}, {140.0f, 115.0f}};
    const LabelBox below{{60.0f, 115.0f}, {140.0f, 130.0f}};
    const LabelBox above{{60.0f, 85.0f}, {140.0f, 100.0f}};
    const LabelBox name{{60.0f, 100.0f}, {120.0f, 115.0f}};
    expectBox(clearPlace(name, {readout}, 15.0f, 2), {60.0f, 115.0f}, {120.0f, 130.0f});
    expectBox(clearPlace(name, {readout, below, above}, 15.0f, 2), {40.0f, 100.0f}, {100.0f, 115.0f});
    // Sideways at most half its width (30 px): 5 px right clears a narrow box, 45 px is too far.
    expectBox(
        clearPlace({{80.0f, 100.0f}, {140.0f, 115.0f}}, {{{80.0f, 100.0f}, {85.0f, 115.0f}}}, 100.0f, 0),
        {85.0f, 100.0f}, {145.0f, 115.0f});
    EXPECT_FALSE(
        clearPlace({{80.0f, 100.0f}, {140.0f, 115.0f}}, {{{70.0f, 100.0f}, {125.0f, 115.0f}}}, 100.0f, 0));
}

TEST(LabelsApart, AMovedLabelGoesOnlyWhereItIsAllowed)
{
    const std::vector<LabelBox> taken = {{{0.0f, 100.0f}, {100.0f, 110.0f}}};
    const LabelBox wanted{{10.0f, 100.0f}, {50.0f, 110.0f}};
    // Its section lies above: the free line below is refused, the one above taken.
    const auto above = [](const LabelBox& box) { return box.max.y <= 100.0f; };
    expectBox(clearPlace(wanted, taken, 10.0f, 1, above), {10.0f, 90.0f}, {50.0f, 100.0f});
    // Nowhere allowed: left out, though lines are free.
    EXPECT_FALSE(clearPlace(wanted, taken, 10.0f, 3, [](const LabelBox&) { return false; }));
    // Its own place, when clear, needs no leave.
    expectBox(
        clearPlace({{10.0f, 60.0f}, {50.0f, 70.0f}}, taken, 10.0f, 1, [](const LabelBox&) { return false; }),
        {10.0f, 60.0f}, {50.0f, 70.0f});
}

TEST(LabelsApart, NoTwoPlacedLabelsOverlapAndThoseThatFitKeepTheirPlaces)
{
    std::mt19937 random(7);
    std::uniform_real_distribution<float> x(0.0f, 300.0f), y(0.0f, 200.0f), width(20.0f, 90.0f);
    std::vector<LabelBox> wanted;
    for (int i = 0; i < 60; ++i) {
        const glm::vec2 corner(x(random), y(random));
        wanted.push_back({corner, corner + glm::vec2(width(random), 14.0f)});
    }
    // One far from all others: it fits where it is.
    wanted.push_back({{1000.0f, 1000.0f}, {1050.0f, 1014.0f}});
    const auto placed = placeApart(wanted, 14.0f, 2);
    ASSERT_EQ(placed.size(), wanted.size());
    std::vector<LabelBox> kept;
    std::size_t left = 0, moved = 0, sideways = 0;
    for (std::size_t i = 0; i < placed.size(); ++i) {
        if (!placed[i]) {
            ++left;
            continue;
        }
        const bool fits = std::none_of(
            kept.begin(), kept.end(), [&](const LabelBox& b) { return overlaps(wanted[i], b); });
        if (fits) {
            expectBox(placed[i], wanted[i].min, wanted[i].max);
        } else {
            ++moved;
            const glm::vec2 shift = placed[i]->min - wanted[i].min;
            EXPECT_NEAR(placed[i]->max.x - placed[i]->min.x, wanted[i].max.x - wanted[i].min.x, 1e-3f) << i;
            EXPECT_NEAR(placed[i]->max.y - placed[i]->min.y, 14.0f, 1e-3f) << i;
            if (shift.x == 0.0f) { // up or down by whole lines
                const float lines = std::abs(shift.y) / 14.0f;
                EXPECT_NEAR(lines, std::round(lines), 1e-3f) << i;
                EXPECT_LE(lines, 2.001f) << i;
            } else { // or sideways, by at most half its width
                EXPECT_EQ(shift.y, 0.0f) << i;
                EXPECT_LE(std::abs(shift.x), 0.5f * (wanted[i].max.x - wanted[i].min.x) + 1e-3f) << i;
                ++sideways;
            }
        }
        for (const LabelBox& other : kept)
            EXPECT_FALSE(overlaps(*placed[i], other)) << i;
        kept.push_back(*placed[i]);
    }
    expectBox(placed.front(), wanted.front().min, wanted.front().max);
    expectBox(placed.back(), {1000.0f, 1000.0f}, {1050.0f, 1014.0f});
    // 60 labels of about 55 x 14 px in 300 x 200 px crowd: some move, some are left out.
    EXPECT_GT(moved, sideways);
    EXPECT_GT(sideways, 0u);
    EXPECT_GT(left, 0u);
}

} // namespace
} // namespace lumbar::app
