// The panels' shared text helpers: feedback and error colours readable on both themes (WCAG AA:
// 4.5:1), and labels made from the lesson vocabulary's spellings.
#include "gui/text_widgets.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace lumbar::app {
namespace {

double linear(float channel)
{
    return channel <= 0.04045f ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const ImVec4& c)
{
    return 0.2126 * linear(c.x) + 0.7152 * linear(c.y) + 0.0722 * linear(c.z);
}

double contrast(const ImVec4& a, const ImVec4& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

class TextColors : public ::testing::Test {
protected:
    void SetUp() override { ImGui::CreateContext(); }
    void TearDown() override { ImGui::DestroyContext(); }
};

/// Every feedback and error colour against the current theme's window background.
void expectReadableOnTheWindow()
{
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    EXPECT_GE(contrast(rightAnswerColor(), background), 4.5);
    EXPECT_GE(contrast(wrongAnswerColor(), background), 4.5);
    EXPECT_GE(contrast(errorTextColor(), background), 4.5);
}

TEST_F(TextColors, ReadableOnTheDarkTheme)
{
    ImGui::StyleColorsDark();
    expectReadableOnTheWindow();
}

TEST_F(TextColors, ReadableOnTheLightTheme)
{
    ImGui::StyleColorsLight();
    expectReadableOnTheWindow();
}

TEST(TextWidgets, VocabularySpellingsBecomeLabels)
{
    EXPECT_EQ(capitalised("student"), "Student");
    EXPECT_EQ(capitalised("what"), "What");
    EXPECT_EQ(capitalised("deep work"), "Deep work");
    EXPECT_EQ(capitalised(""), "");
}

} // namespace
} // namespace lumbar::app
