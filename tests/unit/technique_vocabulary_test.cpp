// The lesson vocabularies: each lists its enumeration's values exactly once, in declaration order,
// and every spelling reads back as its value through the named functions and the generic ones.
#include "technique/lesson.hpp"

#include <gtest/gtest.h>

#include <set>
#include <span>
#include <string>
#include <vector>

namespace lumbar::technique {
namespace {

/// Each vocabulary with its last enumerator, so that a value added to an enumeration but not to
/// its table fails here.
template <typename Enum, Enum Last> struct VocabularyCase {
    using Type = Enum;
    static constexpr Enum kLast = Last;
};

template <typename Case> class LessonVocabulary : public testing::Test {
};

using Cases = testing::Types<VocabularyCase<Audience, Audience::Patient>,
    VocabularyCase<ExplanationField, ExplanationField::Avoid>, VocabularyCase<Phase, Phase::Aftercare>,
    VocabularyCase<ToolKind, ToolKind::Palm>, VocabularyCase<StrokeKind, StrokeKind::Kneading>,
    VocabularyCase<StrokeDirection, StrokeDirection::Circular>,
    VocabularyCase<RepeatMode, RepeatMode::Return>, VocabularyCase<Approach, Approach::Lateral>>;
TYPED_TEST_SUITE(LessonVocabulary, Cases);

TYPED_TEST(LessonVocabulary, ListsEveryValueOnceInDeclarationOrder)
{
    using Enum = typename TypeParam::Type;
    const std::span<const Enum> values = allValues<Enum>();
    ASSERT_EQ(values.size(), valueCount<Enum>());
    // Value i is enumerator i: no gap, no repeat, and the last is the enumeration's last.
    for (std::size_t i = 0; i < values.size(); ++i)
        EXPECT_EQ(static_cast<std::size_t>(values[i]), i);
    EXPECT_EQ(values.back(), TypeParam::kLast);
}

TYPED_TEST(LessonVocabulary, EverySpellingIsDistinctAndReadsBack)
{
    using Enum = typename TypeParam::Type;
    std::set<std::string> seen;
    for (const Enum value : allValues<Enum>()) {
        const std::string spelling = spellingOf(value);
        EXPECT_FALSE(spelling.empty());
        EXPECT_NE(spelling, "?");
        EXPECT_TRUE(seen.insert(spelling).second) << spelling;
        EXPECT_EQ(valueSpelled<Enum>(spelling), value) << spelling;
    }
    EXPECT_EQ(spellings<Enum>().size(), seen.size());
    EXPECT_FALSE(valueSpelled<Enum>("").has_value());
    EXPECT_FALSE(valueSpelled<Enum>("no such value").has_value());
}

TEST(LessonVocabulary, TheNamedFunctionsReadBack)
{
    for (const Phase value : allValues<Phase>())
        EXPECT_EQ(parsePhase(phaseName(value)), value);
    for (const ToolKind value : allValues<ToolKind>())
        EXPECT_EQ(parseTool(toolName(value)), value);
    for (const StrokeKind value : allValues<StrokeKind>())
        EXPECT_EQ(parseStrokeKind(strokeKindName(value)), value);
    for (const StrokeDirection value : allValues<StrokeDirection>())
        EXPECT_EQ(parseStrokeDirection(strokeDirectionName(value)), value);
    for (const RepeatMode value : allValues<RepeatMode>())
        EXPECT_EQ(parseRepeatMode(repeatModeName(value)), value);
    for (const Approach value : allValues<Approach>())
        EXPECT_EQ(parseApproach(approachName(value)), value);
    for (const Audience value : allValues<Audience>())
        EXPECT_EQ(parseAudience(audienceName(value)), value);
    for (const ExplanationField value : allValues<ExplanationField>())
        EXPECT_EQ(parseExplanationField(explanationFieldName(value)), value);
    // Spellings are exact: no other case, no stray space.
    EXPECT_FALSE(parseTool("Elbow").has_value());
    EXPECT_FALSE(parsePhase("warm-up ").has_value());
}

TEST(LessonVocabulary, SpellingsAreTheFileWords)
{
    EXPECT_EQ(spellingList<Audience>(), "student, instructor, patient");
    EXPECT_EQ(spellingList<ExplanationField>(), "what, why, how, avoid");
    EXPECT_EQ(spellingList<ToolKind>(), "fingertip, thumb, knuckles, elbow, forearm, palm");
    EXPECT_EQ(spellings<RepeatMode>(), (std::vector<std::string>{"back and forth", "return"}));
    EXPECT_STREQ(phaseName(Phase::WarmUp), "warm-up");
    EXPECT_STREQ(strokeKindName(StrokeKind::CrossFibreFriction), "cross-fibre friction");
}

TEST(LessonVocabulary, EachFieldNamesItsOwnText)
{
    Explanation texts{"a", "b", "c", "d"};
    EXPECT_EQ(textOf(texts, ExplanationField::What), "a");
    EXPECT_EQ(textOf(texts, ExplanationField::Why), "b");
    EXPECT_EQ(textOf(texts, ExplanationField::How), "c");
    EXPECT_EQ(textOf(texts, ExplanationField::Avoid), "d");
    textOf(texts, ExplanationField::How) = "changed";
    EXPECT_EQ(texts.how, "changed");
    Step step;
    textsFor(step, Audience::Instructor).why = "teach";
    EXPECT_EQ(step.explain.instructor.why, "teach");
}

} // namespace
} // namespace lumbar::technique
