// The JSON reader: one parse that reports every failure with its place, and typed fields whose
// problems are collected or thrown as the reader's policy says.
#include "core/error.hpp"
#include "core/json_reader.hpp"

#include <gtest/gtest.h>

#include <string>

namespace lumbar {
namespace {

using Messages = std::vector<std::string>;

std::vector<std::string> textsOf(const std::vector<Problem>& problems)
{
    std::vector<std::string> texts;
    for (const Problem& problem : problems)
        texts.push_back(problem.text());
    return texts;
}

TEST(JsonReader, ParsesJson)
{
    const ParsedJson parsed = parseJson(R"({"a": [1, 2.5, "x"], "b": null})");
    ASSERT_TRUE(parsed.root.has_value());
    EXPECT_EQ((*parsed.root)["a"][1], 2.5);
    EXPECT_TRUE((*parsed.root)["b"].is_null());
}

TEST(JsonReader, SaysWhereTheSyntaxBreaks)
{
    const ParsedJson parsed = parseJson("{\"a\": 1,\n  oops}");
    ASSERT_FALSE(parsed.root.has_value());
    EXPECT_EQ(parsed.error.byte, 12u);
    EXPECT_EQ(parsed.error.description,
        "parse error at line 2, column 3: syntax error while parsing object key - invalid literal; last "
        "read: "
        "'1,<U+000A>  o'; expected string literal");
    EXPECT_EQ(parseJson("[1] [2]").error.description,
        "parse error at line 1, column 5: syntax error while parsing value - unexpected '['; expected end of "
        "input");
    EXPECT_EQ(parseJson("").error.description,
        "parse error at line 1, column 1: syntax error while parsing value - unexpected end of input; "
        "expected "
        "'[', '{', or a literal");
}

TEST(JsonReader, ANumberTooLargeForADoubleIsASyntaxErrorNotACrash)
{
    // 1 and 400 zeros: nlohmann throws out_of_range, not parse_error, for this one.
    const ParsedJson parsed = parseJson("[\n 1" + std::string(400, '0') + "]");
    ASSERT_FALSE(parsed.root.has_value());
    EXPECT_EQ(parsed.error.byte, 404u);
    EXPECT_EQ(parsed.error.description,
        "parse error at line 2, column 402: number overflow parsing '10000000000000000000...'");
    EXPECT_FALSE(parseJson("-1e999").root.has_value());
    EXPECT_TRUE(parseJson("1e308").root.has_value());
}

TEST(JsonReader, TextThatIsNotUtf8IsASyntaxError)
{
    const ParsedJson parsed = parseJson("[\"\xff\"]");
    ASSERT_FALSE(parsed.root.has_value());
    EXPECT_EQ(
        parsed.error.description.rfind("parse error at line 1, column 3: syntax error while parsing value - "
                                       "invalid string: ill-formed UTF-8 byte",
            0),
        0u)
        << parsed.error.description;
}

TEST(JsonReader, CollectsEveryProblemWithItsPlace)
{
    const Json root = *parseJson(R"({"name": 3, "size": 70, "tags": ["a", "", 4], "extra": true})").root;
    JsonReader reader("file.json", JsonReader::Policy::Collect);
    const ProblemPath top;
    reader.checkKeys(root, top, {"name", "size", "tags", "colour"});
    EXPECT_FALSE(reader.text(root, top, "name").has_value());
    EXPECT_FALSE(reader.number(root, top, "size", 0.5, 60.0, "cm").has_value());
    EXPECT_EQ(reader.textList(root, top, "tags", true), Messages{"a"});
    EXPECT_FALSE(reader.oneOf(root, top, "colour", {"red", "blue"}, "a colour").has_value());
    EXPECT_FALSE(reader.integer(root, top, "size", 1, 10).has_value());
    EXPECT_EQ(reader.problemCount(), 7u);
    EXPECT_EQ(textsOf(reader.takeProblems()),
        (Messages{"file.json: extra: unknown field; expected one of name, size, tags, colour",
            "file.json: name: expected a string, found number",
            "file.json: size: 70 is out of range; expected 0.5 to 60 cm",
            "file.json: tags[1]: must not be empty", "file.json: tags[2]: expected a string, found number",
            "file.json: \"colour\" is missing", "file.json: size: 70 is out of range; expected 1 to 10"}));
    EXPECT_FALSE(reader.anyProblem());
}

TEST(JsonReader, ThrowsTheFirstProblemWhenToldTo)
{
    const Json root = *parseJson(R"({"side": "up"})").root;
    JsonReader reader("structures.json", JsonReader::Policy::ThrowFirst);
    try {
        reader.oneOf(root, ProblemPath().member("structures").index(2), "side", {"left", "right"}, "a side");
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_STREQ(error.what(),
            "structures.json: structures[2].side: \"up\" is not a side; expected one of "
            "left, right");
    }
    EXPECT_THROW(reader.fail(ProblemPath(), "stop"), Error);
}

TEST(JsonReader, WritesNumbersAsPeopleDo)
{
    EXPECT_EQ(formatNumber(60.0), "60");
    EXPECT_EQ(formatNumber(0.1), "0.1");
    EXPECT_EQ(formatNumber(-2.5), "-2.5");
    EXPECT_EQ(joined({"a", "b", "c"}), "a, b, c");
    EXPECT_EQ(joined({}), "");
}

} // namespace
} // namespace lumbar
