// The palpation trainer on the built-in body: every target has a true spot on the skin where the
// anatomy puts it, the round's order is seeded, and clicks are scored by their error along the skin.
#include "anatomy/knowledge_base.hpp"
#include "quiz/palpation_round.hpp"
#include "quiz/progress.hpp"
#include "scene/model_import.hpp"
#include "technique/anatomy_surface.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

namespace lumbar::quiz {
namespace {

class PalpationOnTheBuiltInBody : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        const std::filesystem::path models(LUMBARLAB_MODELS_DIR);
        s_model = new Model(importModel(models / "lumbar.glb"));
        s_knowledge = new KnowledgeBase(loadKnowledgeBase(models / "structures.json"));
        s_surface = new technique::AnatomySurface(*s_model, s_knowledge);
    }
    static void TearDownTestSuite()
    {
        delete s_surface;
        delete s_knowledge;
        delete s_model;
    }
    static const PalpationTarget& target(const std::string& id)
    {
        for (const PalpationTarget& t : palpationTargets())
            if (t.id == id)
                return t;
        throw std::runtime_error("no target " + id);
    }
    static glm::vec3 spot(const std::string& id) { return palpationSpot(target(id), *s_surface).value(); }

    static inline Model* s_model = nullptr;
    static inline KnowledgeBase* s_knowledge = nullptr;
    static inline technique::AnatomySurface* s_surface = nullptr;
};

TEST_F(PalpationOnTheBuiltInBody, EveryTargetHasASpotOnTheSkinAboveIt)
{
    ASSERT_EQ(palpationTargets().size(), 15u);
    for (const PalpationTarget& t : palpationTargets()) {
        const std::optional<glm::vec3> point = palpationPoint(t, *s_surface);
        const std::optional<glm::vec3> onSkin = palpationSpot(t, *s_surface);
        ASSERT_TRUE(point && onSkin) << t.id;
        // Behind the point, through the tissue over it (the fat alone is 15 mm): straight back, or
        // for the rib's tip back and out.
        const bool rib = t.id.rfind("rib_12_tip", 0) == 0;
        if (!rib) {
            EXPECT_NEAR(onSkin->x, point->x, 1e-5f) << t.id;
        }
        EXPECT_GT(onSkin->z - point->z, 0.01f) << t.id;
        EXPECT_GT(glm::length(*onSkin - *point), 0.015f) << t.id;
        EXPECT_LT(glm::length(*onSkin - *point), 0.07f) << t.id;
        EXPECT_NE(s_knowledge->find(t.structure), nullptr) << t.id;
        EXPECT_FALSE(t.how.empty()) << t.id;
    }
}

TEST_F(PalpationOnTheBuiltInBody, TheSpotsKeepTheSurfaceAnatomyTaught)
{
    // The spinous processes from L1 down, about 3.5 cm apart (2 to 4.5 cm).
    for (int level = 1; level < 5; ++level) {
        const glm::vec3 upper = spot("spinous_process.l" + std::to_string(level));
        const glm::vec3 lower = spot("spinous_process.l" + std::to_string(level + 1));
        EXPECT_GT(upper.y - lower.y, 0.02f) << level; // L4-L5 the closest, in the lordosis
        EXPECT_LT(upper.y - lower.y, 0.045f) << level;
        EXPECT_NEAR(upper.x, 0.0f, 0.003f);
    }
    for (const std::string side : {"left", "right"}) {
        const float sign = side == "left" ? -1.0f : 1.0f;
        // The crest's top between the L4 spinous process and L5's (Chakraverty et al. 2007).
        const glm::vec3 crest = spot("iliac_crest." + side);
        EXPECT_LT(crest.y, spot("spinous_process.l3").y) << side;
        EXPECT_GT(crest.y, spot("spinous_process.l5").y) << side;
        // The PSIS about 4 cm from the midline, below the crest.
        const glm::vec3 psis = spot("psis." + side);
        EXPECT_GT(sign * psis.x, 0.025f) << side;
        EXPECT_LT(sign * psis.x, 0.06f) << side;
        EXPECT_LT(psis.y, crest.y - 0.04f) << side;
        // Quadratus lumborum's window lies lateral to the erector's border, between rib and crest.
        const glm::vec3 border = spot("erector_border." + side);
        const glm::vec3 window = spot("quadratus_window." + side);
        EXPECT_NEAR(sign * (window.x - border.x), 0.015f, 1e-4f) << side;
        EXPECT_GT(window.y, crest.y) << side;
        EXPECT_LT(window.y, spot("rib_12_tip." + side).y) << side;
        EXPECT_GT(sign * border.x, 0.05f) << side; // about a hand's width out
    }
}

TEST_F(PalpationOnTheBuiltInBody, DueTargetsComeFirstThenNewOnesThenTheRest)
{
    constexpr std::int64_t kNowS = 1'750'000'000;
    Progress progress;
    const ProgressGroup group{ProgressGroup::Kind::Structure, "hip_bone.left"};
    progress.answer("palpation:spinous_process.l4", group, false, kNowS - 3600); // due for an hour
    progress.answer("palpation:psis.left", group, false, kNowS - 2 * 86'400); // due for two days
    // Found a minute ago: box 2, due tomorrow.
    for (const char* id :
        {"rib_12_tip.left", "rib_12_tip.right", "quadratus_window.left", "quadratus_window.right"})
        progress.answer(std::string("palpation:") + id, group, true, kNowS - 60);
    PalpationRound round(*s_surface, 42, 15, 0.0, &progress, kNowS);
    ASSERT_EQ(round.size(), 15u);
    std::vector<std::string> asked;
    while (!round.finished()) {
        asked.push_back(round.current().id);
        round.answer(std::nullopt, 1.0);
    }
    EXPECT_EQ(asked[0], "psis.left");
    EXPECT_EQ(asked[1], "spinous_process.l4");
    for (std::size_t i = 2; i < 11; ++i)
        EXPECT_EQ(urgencyOf(progress, "palpation:" + asked[i], kNowS), Urgency::New) << asked[i];
    for (std::size_t i = 11; i < 15; ++i)
        EXPECT_EQ(urgencyOf(progress, "palpation:" + asked[i], kNowS), Urgency::Later) << asked[i];
    // A round of ten asks the two due ones and eight new ones: none of those found a minute ago.
    PalpationRound ten(*s_surface, 42, 10, 0.0, &progress, kNowS);
    EXPECT_EQ(ten.current().id, "psis.left");
    while (!ten.finished()) {
        EXPECT_NE(urgencyOf(progress, "palpation:" + ten.current().id, kNowS), Urgency::Later);
        ten.answer(std::nullopt, 1.0);
    }
    // Without progress the seed alone decides, as before.
    const Progress none;
    PalpationRound plain(*s_surface, 42);
    PalpationRound empty(*s_surface, 42, 10, 0.0, &none, kNowS);
    while (!plain.finished()) {
        EXPECT_EQ(plain.current().id, empty.current().id);
        plain.answer(std::nullopt, 1.0);
        empty.answer(std::nullopt, 1.0);
    }
}

TEST_F(PalpationOnTheBuiltInBody, ARoundIsSeededAndScoresEachClickAlongTheSkin)
{
    PalpationRound round(*s_surface, 42);
    ASSERT_EQ(round.size(), 10u);
    PalpationRound same(*s_surface, 42);
    PalpationRound other(*s_surface, 43);
    std::set<std::string> asked;
    bool differs = false;
    for (std::size_t i = 0; i < round.size(); ++i) {
        EXPECT_EQ(round.current().id, same.current().id);
        differs = differs || round.current().id != other.current().id;
        EXPECT_TRUE(asked.insert(round.current().id).second) << round.current().id;
        const glm::vec3 truth = palpationSpot(round.current(), *s_surface).value();
        if (i == 0) {
            // On the spot: found, no error.
            const PalpationAttempt& exact = round.answer(truth, 4.0);
            EXPECT_TRUE(exact.found);
            EXPECT_NEAR(exact.errorM, 0.0f, 1e-4f);
        } else if (i == 1) {
            // 3 cm below it on the skin: about 3 cm along the skin, not found.
            const glm::vec3 below
                = palpationSpot(round.current(), *s_surface).value() - glm::vec3(0, 0.03f, 0);
            const PalpationAttempt& off = round.answer(below, 6.0);
            EXPECT_FALSE(off.found);
            EXPECT_NEAR(off.errorM, 0.03f, 0.004f);
        } else if (i == 2) {
            EXPECT_FALSE(round.answer(std::nullopt, 2.0).found); // passed
        } else {
            round.answer(truth + glm::vec3(0.005f, 0.0f, 0.0f), 3.0); // 5 mm aside: found
        }
        other.answer(std::nullopt, 1.0);
        same.answer(std::nullopt, 1.0);
    }
    EXPECT_TRUE(differs);
    EXPECT_TRUE(round.finished());
    EXPECT_THROW(round.current(), std::logic_error);
    EXPECT_EQ(round.foundCount(), 8u); // the exact click and the seven 5 mm ones
    // Mean over the nine clicks: 0, about 30 mm and seven of about 5 mm.
    EXPECT_NEAR(round.meanErrorM(), (0.03f + 7 * 0.005f) / 9.0f, 0.001f);
}

TEST_F(PalpationOnTheBuiltInBody, ATimedRoundDoesNotCountALateClick)
{
    PalpationRound round(*s_surface, 7, 2, 20.0);
    const glm::vec3 first = palpationSpot(round.current(), *s_surface).value();
    EXPECT_TRUE(round.answer(first, 19.5).found);
    const glm::vec3 second = palpationSpot(round.current(), *s_surface).value();
    const PalpationAttempt& late = round.answer(second, 25.0);
    EXPECT_FALSE(late.inTime);
    EXPECT_FALSE(late.found);
    EXPECT_NEAR(late.errorM, 0.0f, 1e-4f); // the error is still shown
    EXPECT_EQ(round.foundCount(), 1u);
}

} // namespace
} // namespace lumbar::quiz
