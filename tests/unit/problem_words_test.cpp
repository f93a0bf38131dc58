// The Lesson editor names a problem's place in words, not as the JSON path.
#include "session/problem_words.hpp"

#include <gtest/gtest.h>

namespace lumbar::app {
namespace {

TEST(ProblemWords, PathsReadAsTheEditorsLabels)
{
    EXPECT_EQ(problemPlaceInWords("steps[2].explain.student.what"), "Step 3, student's text, What");
    EXPECT_EQ(problemPlaceInWords("steps[0].title"), "Step 1, title");
    EXPECT_EQ(problemPlaceInWords("steps[1].stroke.path[0]"), "Step 2, stroke, path point 1");
    EXPECT_EQ(problemPlaceInWords("steps[1].stroke.speed_cm_s"), "Step 2, stroke, speed");
    EXPECT_EQ(problemPlaceInWords("steps[3].pressure.profile[1]"), "Step 4, force sample 2");
    EXPECT_EQ(
        problemPlaceInWords("steps[3].pressure_points[0].hold_s"), "Step 4, pressure point 1, hold time");
    EXPECT_EQ(problemPlaceInWords("steps[9].check_in"), "Step 10, check-in line");
    EXPECT_EQ(problemPlaceInWords("steps[0].targets[1]"), "Step 1, target 2");
    EXPECT_EQ(problemPlaceInWords("patient_position"), "Patient position");
    EXPECT_EQ(problemPlaceInWords("title"), "Title");
    EXPECT_EQ(problemPlaceInWords(""), "The lesson");
    // A member the editor has no label for reads as written.
    EXPECT_EQ(problemPlaceInWords("steps[0].new_field"), "Step 1, new field");
}

} // namespace
} // namespace lumbar::app
