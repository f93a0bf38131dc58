// Problem paths: the exact spellings messages use, reading them back, and which place holds which.
#include "core/problem_path.hpp"
#include "technique/lesson.hpp"

#include <gtest/gtest.h>

namespace lumbar {
namespace {

TEST(ProblemPath, SpellsMembersWithDotsAndIndicesInBrackets)
{
    const ProblemPath root;
    EXPECT_EQ(root.text(), "");
    EXPECT_TRUE(root.isRoot());
    EXPECT_EQ(root.member("title").text(), "title");
    EXPECT_EQ(root.member("steps").index(3).text(), "steps[3]");
    EXPECT_EQ(root.member("steps").index(3).member("stroke").member("path").index(1).text(),
        "steps[3].stroke.path[1]");
    EXPECT_EQ(root.member("steps").index(1).member("pressure").member("profile").index(0).index(1).text(),
        "steps[1].pressure.profile[0][1]");
    EXPECT_EQ(root.index(0).text(), "[0]");
    EXPECT_EQ(technique::stepPath(12).member("explain").member("patient").member("avoid").text(),
        "steps[12].explain.patient.avoid");
    EXPECT_FALSE(technique::stepPath(0).isRoot());
}

TEST(ProblemPath, ReadsBackWhatItSpells)
{
    const ProblemPath place = technique::stepPath(2).member("pressure_points").index(0).member("anchor");
    EXPECT_EQ(ProblemPath::parse(place.text()), place);
    EXPECT_EQ(ProblemPath::parse(""), ProblemPath());
    EXPECT_EQ(ProblemPath::parse("title"), ProblemPath().member("title"));
    EXPECT_EQ(ProblemPath::parse("[4].x"), ProblemPath().index(4).member("x"));
    EXPECT_EQ(ProblemPath::parse("steps[0].x y-z"), technique::stepPath(0).member("x y-z"));
    // A file's "" field is reported as an empty member.
    EXPECT_EQ(ProblemPath::parse("steps[0]."), technique::stepPath(0).member(""));
}

TEST(ProblemPath, RefusesMalformedText)
{
    for (const char* text : {"steps[", "steps[]", "steps[x]", "steps[-1]", "steps[+1]", "steps[1", "steps]",
             "steps[1]x", "steps[1]]", ".title", "a]b", "steps[1.5]", "steps[99999999999999999999999]"})
        EXPECT_FALSE(ProblemPath::parse(text).has_value()) << text;
}

TEST(ProblemPath, KnowsWhichPlaceHoldsWhich)
{
    const ProblemPath step1 = technique::stepPath(1);
    EXPECT_TRUE(step1.isWithin(step1));
    EXPECT_TRUE(step1.member("title").isWithin(step1));
    EXPECT_TRUE(step1.member("targets").index(0).isWithin(step1.member("targets")));
    EXPECT_TRUE(step1.isWithin(ProblemPath()));
    EXPECT_FALSE(technique::stepPath(10).isWithin(step1));
    EXPECT_FALSE(ProblemPath().member("stepsx").isWithin(ProblemPath().member("steps")));
    EXPECT_FALSE(step1.isWithin(step1.member("title")));
    EXPECT_FALSE(ProblemPath().isWithin(step1));
}

TEST(ProblemPath, FindsTheStepAPlaceLiesIn)
{
    EXPECT_EQ(technique::stepPath(3).member("tool").indexIn("steps"), 3u);
    EXPECT_EQ(technique::stepPath(0).indexIn("steps"), 0u);
    EXPECT_EQ(technique::stepPath(7).index(2).indexIn("steps"), 7u);
    EXPECT_FALSE(ProblemPath().member("steps").indexIn("steps").has_value());
    EXPECT_FALSE(ProblemPath().member("title").indexIn("steps").has_value());
    EXPECT_FALSE(ProblemPath().member("stepsx").index(1).indexIn("steps").has_value());
    EXPECT_FALSE(ProblemPath().member("lesson").member("steps").index(1).indexIn("steps").has_value());
    EXPECT_EQ(technique::stepIndexOf("steps[3].stroke.path[1]"), 3u);
    EXPECT_EQ(technique::stepIndexOf("steps[12]"), 12u);
    EXPECT_FALSE(technique::stepIndexOf("").has_value());
    EXPECT_FALSE(technique::stepIndexOf("steps").has_value());
    EXPECT_FALSE(technique::stepIndexOf("steps[x].title").has_value());
    EXPECT_FALSE(technique::stepIndexOf("steps[2").has_value());
    EXPECT_FALSE(technique::stepIndexOf("patient_position").has_value());
}

TEST(Problem, ShowsControlCharactersOfTheFileEscaped)
{
    // A tool named "\x1b[2J" would clear the terminal of whoever runs --check-routine.
    const Problem problem{"evil.json", "steps[0].tool", "\"\x1b[2J\nok\" is not a tool"};
    EXPECT_EQ(problem.text(), "evil.json: steps[0].tool: \"\\u001b[2J\\u000aok\" is not a tool");
}

} // namespace
} // namespace lumbar
