// Where the section planes start on the built-in anatomy: a coronal plane through the vertebral
// bodies, a sagittal one down the middle of the spinous processes.
#include "built_in_anatomy.hpp"
#include "gl/gl_test_context.hpp"
#include "session/viewer.hpp"

#include <algorithm>

namespace lumbar::test {
namespace {

using SectionStartGlTest = GlTest;

TEST_F(SectionStartGlTest, TheCoronalPlaneCutsTheVertebralBodiesTheSagittalOneTheMidline)
{
    app::Viewer viewer(gl::ShaderSources(), 64, 64);
    loadBuiltInAnatomy(viewer);
    // L3's body, measured along the midline at its middle height: from 44.5 mm in front of S1's
    // endplate back to the vertebral canal 12.4 mm in front of it. The plane lies midway, where
    // the body is solid bone and not its thin front or back wall.
    const float coronal = viewer.sectionStart(SectionOrientation::Coronal);
    EXPECT_GT(coronal, -0.0445f);
    EXPECT_LT(coronal, -0.0124f);
    EXPECT_NEAR(coronal, -0.0285f, 0.001f);

    // L3's spinous process (the part of the vertebra more than 25 mm behind S1's endplate) runs
    // from 4.5 mm left to 4.5 mm right: the sagittal plane splits it within a millimetre.
    const MeshData* l3 = viewer.model().find("vertebra_l3");
    ASSERT_NE(l3, nullptr);
    float left = 1.0f, right = -1.0f;
    for (const glm::vec3& p : l3->positions)
        if (p.z > 0.025f) {
            left = std::min(left, p.x);
            right = std::max(right, p.x);
        }
    EXPECT_NEAR(left, -0.0045f, 0.0005f);
    EXPECT_NEAR(right, 0.0045f, 0.0005f);
    EXPECT_NEAR(viewer.sectionStart(SectionOrientation::Sagittal), 0.5f * (left + right), 0.001f);
}

} // namespace
} // namespace lumbar::test
