// Dose per vertex (pressure x time x falloff) and the viridis colour map.
#include "support/scene_files.hpp"
#include "support/technique_fixture.hpp"
#include "technique/anatomy_surface.hpp"
#include "technique/heat_map.hpp"
#include "technique/prepared_lesson.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace lumbar::technique {
namespace {

/// A box erector, a sphere quadratus lumborum (the elbow holds on its top), an untargeted kidney.
Model doseModel()
{
    Model model;
    model.meshes.push_back(test::makeBox(
        "longissimus_thoracis.left", glm::vec3(-0.04f, 0.0f, 0.0f), glm::vec3(0.02f, 0.1f, 0.02f)));
    model.meshes.push_back(
        test::makeIcosphere("quadratus_lumborum.left", glm::vec3(-0.08f, 0.0f, -0.05f), 0.04f, 3));
    model.meshes.push_back(test::makeBox("kidney.left", glm::vec3(0.5f), glm::vec3(0.01f)));
    model.meshes.push_back(
        test::makeBox("hip_bone.left", glm::vec3(-0.08f, -0.15f, -0.05f), glm::vec3(0.03f)));
    return model;
}

class Dose : public ::testing::Test {
protected:
    Model model = doseModel();
    AnatomySurface surface{model};
    PreparedLesson prepared
        = prepareLesson(*parseLesson(test::validLessonJson().dump(), "test.json").lesson, surface);
};

TEST_F(Dose, IsPressureTimesHoldTimesFalloff)
{
    const PreparedStep& holds = prepared.steps[1];
    // The first 45 s of step 1: the elbow holds 30 N on the top of the sphere.
    const HeatMap map = accumulateDose(prepared, surface, holds.startS, holds.startS + 45.0);
    ASSERT_EQ(map.doseKPaS.size(), 4u);
    EXPECT_TRUE(map.doseKPaS[2].empty()); // the kidney is no step's target
    const std::vector<float>& dose = map.doseKPaS[1];
    ASSERT_EQ(dose.size(), model.meshes[1].positions.size());
    const glm::vec3 tool = holds.pressurePoints[0].position;
    const double pressure = pressureKPa(30.0, 3.5);
    const double contact = contactRadiusM(3.5), reach = indentationRadiusM(TissueModel{}, 3.5);
    int touched = 0;
    for (std::size_t v = 0; v < dose.size(); ++v) {
        const double distance = glm::length(model.meshes[1].positions[v] - tool);
        const double expected = pressure * 45.0 * falloffWeight(distance, contact, reach);
        EXPECT_NEAR(dose[v], expected, 1e-4 * pressure * 45.0) << v;
        touched += dose[v] > 0.0f ? 1 : 0;
    }
    EXPECT_GT(touched, 0);
    EXPECT_NEAR(map.maxDoseKPaS(), pressure * 45.0, 0.01 * pressure * 45.0);
}

TEST_F(Dose, SpansAddUpAndStepsMatchTheirTimeline)
{
    const double start = prepared.steps[1].startS;
    const HeatMap whole = accumulateDose(prepared, surface, start, start + 60.0);
    const HeatMap first = accumulateDose(prepared, surface, start, start + 20.0);
    const HeatMap second = accumulateDose(prepared, surface, start + 20.0, start + 60.0);
    for (std::size_t v = 0; v < whole.doseKPaS[1].size(); ++v)
        EXPECT_NEAR(whole.doseKPaS[1][v], first.doseKPaS[1][v] + second.doseKPaS[1][v],
            1e-5f * whole.doseKPaS[1][v] + 1e-3f); // float sums in a different order
    const HeatMap step = stepDose(prepared, surface, 1);
    const HeatMap same = accumulateDose(prepared, surface, start, start + prepared.steps[1].durationS);
    EXPECT_EQ(step.doseKPaS, same.doseKPaS);
    // The glide of step 0 warms only its own target.
    const HeatMap glide = stepDose(prepared, surface, 0);
    EXPECT_GT(*std::max_element(glide.doseKPaS[0].begin(), glide.doseKPaS[0].end()), 0.0f);
    EXPECT_EQ(*std::max_element(glide.doseKPaS[1].begin(), glide.doseKPaS[1].end()), 0.0f);
    EXPECT_EQ(accumulateDose(prepared, surface, 5.0, 5.0).maxDoseKPaS(), 0.0f);
}

TEST_F(Dose, KeptAsTheLessonPlaysItEqualsTheDoseAccumulatedAtOnce)
{
    // From the lesson's start, advanced as the window advances it (every half second of lesson
    // time, at times off the slices' grid), and read at moments between slices: the same map as
    // accumulateDose gives for each moment, to the bit, with the slices already added kept.
    const double end = prepared.steps[1].startS + 60.0;
    DoseAccumulator kept(prepared, surface, 0.0, 0.25);
    EXPECT_EQ(kept.timeS(), 0.0);
    int checked = 0;
    for (double now = 0.13; now < end; now += 0.5) {
        kept.advanceTo(now);
        // Only whole slices are kept: the last ends at or before now, within one slice.
        EXPECT_LE(kept.timeS(), now);
        EXPECT_GT(kept.timeS(), now - 0.25);
        if (int(now * 2.0) % 37 != 0)
            continue;
        EXPECT_EQ(kept.mapAt(now).doseKPaS, accumulateDose(prepared, surface, 0.0, now, 0.25).doseKPaS)
            << "at " << now << " s";
        ++checked;
    }
    EXPECT_GE(checked, 4);
    const HeatMap last = kept.mapAt(end);
    EXPECT_EQ(last.doseKPaS, accumulateDose(prepared, surface, 0.0, end, 0.25).doseKPaS);
    EXPECT_GT(last.maxDoseKPaS(), 0.0f);
    // Going back is not its job: advancing to an earlier time adds nothing.
    const double keptUntil = kept.timeS();
    kept.advanceTo(1.0);
    EXPECT_EQ(kept.timeS(), keptUntil);
}

/// Relative luminance of an sRGB colour (WCAG formula).
float luminance(const glm::vec3& srgb)
{
    auto linear = [](float c) { return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f); };
    return 0.2126f * linear(srgb.r) + 0.7152f * linear(srgb.g) + 0.0722f * linear(srgb.b);
}

TEST(Viridis, MatchesThePublishedTableAndBrightensSteadily)
{
    EXPECT_EQ(viridis(0.0f), glm::vec3(0.267004f, 0.004874f, 0.329415f));
    EXPECT_EQ(viridis(1.0f), glm::vec3(0.993248f, 0.906157f, 0.143936f));
    const glm::vec3 middle = viridis(128.0f / 255.0f);
    EXPECT_NEAR(middle.r, 0.127568f, 1e-6f);
    EXPECT_NEAR(middle.g, 0.566949f, 1e-6f);
    EXPECT_NEAR(middle.b, 0.550556f, 1e-6f);
    // Entry 100 of the table, between two stored samples: within 0.005 of the published value.
    const glm::vec3 between = viridis(100.0f / 255.0f);
    EXPECT_NEAR(between.r, 0.166617f, 5e-3f);
    EXPECT_NEAR(between.g, 0.463708f, 5e-3f);
    EXPECT_NEAR(between.b, 0.558119f, 5e-3f);
    EXPECT_EQ(viridis(-1.0f), viridis(0.0f));
    EXPECT_EQ(viridis(2.0f), viridis(1.0f));
    for (int i = 1; i <= 64; ++i)
        EXPECT_GT(luminance(viridis(static_cast<float>(i) / 64.0f)),
            luminance(viridis(static_cast<float>(i - 1) / 64.0f)));
}

} // namespace
TEST(HeatPosition, SpreadsLowDosesAndTheLegendReadsThemBack)
{
    // A quarter of the largest dose sits half way along the colour map; the legend's marks read
    // the doses back from positions.
    EXPECT_FLOAT_EQ(heatPosition(250.0f, 1000.0f), 0.5f);
    EXPECT_FLOAT_EQ(heatPosition(1000.0f, 1000.0f), 1.0f);
    EXPECT_FLOAT_EQ(heatPosition(2000.0f, 1000.0f), 1.0f);
    EXPECT_FLOAT_EQ(heatPosition(-5.0f, 1000.0f), 0.0f);
    EXPECT_FLOAT_EQ(heatPosition(10.0f, 0.0f), 0.0f);
    for (const float dose : {0.0f, 40.0f, 250.0f, 999.0f})
        EXPECT_NEAR(doseAtHeatPosition(heatPosition(dose, 1000.0f), 1000.0f), dose, 1e-3f);
    EXPECT_FLOAT_EQ(doseAtHeatPosition(0.5f, 1320.0f), 330.0f);
}

TEST(HeatPosition, TheFaintEdgeOfAStrokeKeepsTheTissuesColour)
{
    // The lowest 2% of the map leaves the tissue as it is (no dark purple wash), the upper 70%
    // covers it fully, and the cover never falls as the dose rises.
    EXPECT_EQ(heatCoverage(0.0f), 0.0f);
    EXPECT_EQ(heatCoverage(0.02f), 0.0f);
    EXPECT_EQ(heatCoverage(0.30f), 1.0f);
    EXPECT_EQ(heatCoverage(1.0f), 1.0f);
    EXPECT_NEAR(heatCoverage(0.16f), 0.5f, 1e-6f);
    float previous = 0.0f;
    for (int i = 0; i <= 100; ++i) {
        const float cover = heatCoverage(float(i) / 100.0f);
        EXPECT_GE(cover, previous);
        previous = cover;
    }
}

} // namespace lumbar::technique
