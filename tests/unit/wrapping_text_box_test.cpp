// Wrapping a text box's words: only spaces and line breaks trade places, lines stay within the
// width, and a word wider than the box has a line of its own.
#include "gui/wrapping_text_box.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace lumbar::app {
namespace {

/// Every character one unit wide.
float characters(std::string_view run)
{
    return float(run.size());
}

TEST(WrapAtSpaces, BreaksBeforeTheWordThatWouldRunPastTheWidth)
{
    EXPECT_EQ(wrapAtSpaces("the quick brown fox jumps", 10.0f, characters), "the quick\nbrown fox\njumps");
    // A line exactly as wide as the box stays whole.
    EXPECT_EQ(wrapAtSpaces("abcde fghij", 11.0f, characters), "abcde fghij");
    EXPECT_EQ(wrapAtSpaces("abcde fghij", 10.0f, characters), "abcde\nfghij");
    // Breaks the text had, or that an earlier, narrower box put in, are laid out again.
    EXPECT_EQ(wrapAtSpaces("the\nquick brown\nfox", 20.0f, characters), "the quick brown fox");
    // A word wider than the box: a line of its own, not cut.
    EXPECT_EQ(wrapAtSpaces("a sternocleidomastoid b", 6.0f, characters), "a\nsternocleidomastoid\nb");
    EXPECT_EQ(wrapAtSpaces("", 6.0f, characters), "");
}

TEST(WrapAtSpaces, KeepsTheLengthAndEveryOtherCharacterInPlace)
{
    const std::string text
        = "Lean in slowly until the client reports a 5 or 6, hold still, and reduce as the "
          "tenderness fades, usually within 30-90 s.";
    for (float width : {8.0f, 20.0f, 33.0f, 200.0f}) {
        const std::string wrapped = wrapAtSpaces(text, width, characters);
        ASSERT_EQ(wrapped.size(), text.size());
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] != ' ') {
                EXPECT_EQ(wrapped[i], text[i]) << width << " at " << i;
            }
        }
        std::istringstream lines(wrapped);
        for (std::string line; std::getline(lines, line);)
            EXPECT_TRUE(line.size() <= std::size_t(width) || line.find(' ') == std::string::npos)
                << width << ": \"" << line << "\"";
    }
}

} // namespace
} // namespace lumbar::app
