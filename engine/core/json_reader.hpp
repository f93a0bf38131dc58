// Reading JSON that people write (lessons, the knowledge base, settings, autosaves): the one parse of
// outside text, and typed fields whose problems name their place ("steps[3].tool").
#pragma once

#include "core/problem_path.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lumbar {

using Json = nlohmann::json;

/// Why a text is not JSON.
struct JsonSyntaxError {
    /// nlohmann's words without its exception tag, always with the line and column: "parse error at
    /// line 1, column 12: syntax error while parsing value - unexpected end of input; ...".
    std::string description;
    std::size_t byte = 0; ///< how far the parser read, counting from 1
};

/// The outcome of parseJson: the document, or why there is none.
struct ParsedJson {
    std::optional<Json> root;
    JsonSyntaxError error; ///< meaningful when `root` is empty
};

/// Parses JSON text that comes from outside the program. Never throws a library exception: a syntax
/// error, a number too large for a double or text that is not UTF-8 all come back as `error`.
/// Every reader of outside JSON parses through here.
ParsedJson parseJson(std::string_view text);

/// "a, b, c".
std::string joined(const std::vector<std::string>& names);
/// Numbers as a person writes them: 60 rather than 60.0, 0.1 rather than 0.10000000000000001.
std::string formatNumber(double value);

/// Typed field access for one document. Each problem becomes a Problem{source, place, message};
/// the policy decides what happens to it, so that each reader keeps its own: a lesson collects
/// every problem, the knowledge base stops at the first.
class JsonReader {
public:
    enum class Policy {
        Collect, ///< keep every problem (takeProblems) and carry on
        ThrowFirst, ///< throw lumbar::Error with the problem's text at once
    };

    JsonReader(std::string source, Policy policy);

    /// The problems collected so far, emptied.
    std::vector<Problem> takeProblems() { return std::move(m_problems); }
    bool anyProblem() const { return !m_problems.empty(); }
    std::size_t problemCount() const { return m_problems.size(); }

    /// Records (or throws) a problem at `where`.
    void report(const ProblemPath& where, const std::string& message);
    /// Throws the problem at once as lumbar::Error, whatever the policy: for when reading cannot go on.
    [[noreturn]] void fail(const ProblemPath& where, const std::string& message) const;

    /// Reports keys of `object` that are not in `allowed`: "unknown field; expected one of ...".
    void checkKeys(const Json& object, const ProblemPath& where, std::initializer_list<const char*> allowed);
    void checkKeys(const Json& object, const ProblemPath& where, const std::vector<std::string>& allowed);

    /// The member `key` of `object`, reporting "\"key\" is missing" at `where` when required.
    const Json* field(const Json& object, const ProblemPath& where, const char* key, bool required);

    /// `ok`, reporting "expected <expected>, found <type>" at `where` when false.
    bool expectType(const Json& value, const ProblemPath& where, bool ok, const char* expected);

    /// A string member; an empty one is reported ("must not be empty") unless `allowEmpty`.
    std::optional<std::string> text(const Json& object, const ProblemPath& where, const char* key,
        bool required = true, bool allowEmpty = false);

    /// A string member that must be one of `allowed`; `what` names the kind ("a tool").
    std::optional<std::string> oneOf(const Json& object, const ProblemPath& where, const char* key,
        const std::vector<std::string>& allowed, const char* what, bool required = true);

    /// A finite number within [min, max]; `unit` follows the range in the message ("cm/s").
    std::optional<double> number(
        const Json& value, const ProblemPath& where, double min, double max, const std::string& unit);
    std::optional<double> number(const Json& object, const ProblemPath& where, const char* key, double min,
        double max, const std::string& unit, bool required = true);

    /// A whole number within [min, max].
    std::optional<int> integer(
        const Json& object, const ProblemPath& where, const char* key, int min, int max);

    /// An array of non-empty strings; the bad items are reported and left out.
    std::vector<std::string> textList(
        const Json& object, const ProblemPath& where, const char* key, bool required);

private:
    std::string m_source;
    Policy m_policy;
    std::vector<Problem> m_problems;
};

} // namespace lumbar
