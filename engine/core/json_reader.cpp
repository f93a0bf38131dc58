// The one parse of outside JSON, and the typed reader's fields and messages.
#include "core/json_reader.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <cmath>

namespace lumbar {
namespace {

/// A SAX consumer that builds nothing and keeps the first error: run only on text that failed to
/// parse, to learn where and why for every kind of failure, not only nlohmann's parse_error.
class ErrorRecorder : public nlohmann::json_sax<Json> {
public:
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }

    bool parse_error(
        std::size_t position, const std::string& lastToken, const Json::exception& error) override
    {
        if (!m_failed) {
            m_failed = true;
            m_position = position;
            m_lastToken = lastToken;
            m_what = error.what();
            m_hasPlace = error.id >= 101 && error.id < 200; // parse_error names line and column
        }
        return false;
    }

    bool failed() const { return m_failed; }
    std::size_t position() const { return m_position; }
    const std::string& lastToken() const { return m_lastToken; }
    const std::string& what() const { return m_what; }
    bool hasPlace() const { return m_hasPlace; }

private:
    bool m_failed = false;
    std::size_t m_position = 0;
    std::string m_lastToken;
    std::string m_what;
    bool m_hasPlace = false;
};

/// "line 3, column 7" of byte `position` (counted from 1), as nlohmann counts them.
std::string lineAndColumn(std::string_view text, std::size_t position)
{
    const std::string_view read = text.substr(0, std::min(position, text.size()));
    const std::size_t lines = static_cast<std::size_t>(std::count(read.begin(), read.end(), '\n'));
    const std::size_t lineStart = read.rfind('\n');
    const std::size_t column
        = lineStart == std::string_view::npos ? read.size() : read.size() - lineStart - 1;
    return "line " + std::to_string(lines + 1) + ", column " + std::to_string(column);
}

/// Why `text` is not JSON, in nlohmann's words with its tag dropped and an overlong token cut.
JsonSyntaxError syntaxErrorOf(std::string_view text)
{
    ErrorRecorder recorder;
    Json::sax_parse(text.begin(), text.end(), &recorder);
    JsonSyntaxError error;
    error.byte = recorder.position();
    if (!recorder.failed()) {
        error.description = "parse error at " + lineAndColumn(text, error.byte) + ": not valid JSON";
        return error;
    }
    std::string description = recorder.what();
    const std::size_t tagEnd = description.find("] ");
    if (description.starts_with("[json.exception.") && tagEnd != std::string::npos)
        description.erase(0, tagEnd + 2);
    // A number of ten thousand digits is quoted whole by nlohmann; its start is enough.
    constexpr std::size_t kLongestToken = 24;
    const std::string& token = recorder.lastToken();
    if (token.size() > kLongestToken) {
        const std::size_t at = description.find(token);
        if (at != std::string::npos)
            description.replace(at, token.size(), token.substr(0, kLongestToken - 4) + "...");
    }
    error.description = recorder.hasPlace()
        ? description
        : "parse error at " + lineAndColumn(text, error.byte) + ": " + description;
    return error;
}

} // namespace

ParsedJson parseJson(std::string_view text)
{
    ParsedJson result;
    Json root = Json::parse(text.begin(), text.end(), nullptr, false);
    if (root.is_discarded())
        result.error = syntaxErrorOf(text);
    else
        result.root = std::move(root);
    return result;
}

std::string joined(const std::vector<std::string>& names)
{
    std::string list;
    for (const std::string& name : names)
        list += (list.empty() ? "" : ", ") + name;
    return list;
}

std::string formatNumber(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    return Json(value).dump();
}

JsonReader::JsonReader(std::string source, Policy policy) : m_source(std::move(source)), m_policy(policy)
{
}

void JsonReader::report(const ProblemPath& where, const std::string& message)
{
    if (m_policy == Policy::ThrowFirst)
        fail(where, message);
    m_problems.push_back({m_source, where.text(), message});
}

void JsonReader::fail(const ProblemPath& where, const std::string& message) const
{
    throw Error(Problem{m_source, where.text(), message}.text());
}

void JsonReader::checkKeys(
    const Json& object, const ProblemPath& where, std::initializer_list<const char*> allowed)
{
    checkKeys(object, where, std::vector<std::string>(allowed.begin(), allowed.end()));
}

void JsonReader::checkKeys(
    const Json& object, const ProblemPath& where, const std::vector<std::string>& allowed)
{
    for (const auto& item : object.items())
        if (std::find(allowed.begin(), allowed.end(), item.key()) == allowed.end())
            report(where.member(item.key()), "unknown field; expected one of " + joined(allowed));
}

const Json* JsonReader::field(const Json& object, const ProblemPath& where, const char* key, bool required)
{
    const auto found = object.find(key);
    if (found == object.end()) {
        if (required)
            report(where, std::string("\"") + key + "\" is missing");
        return nullptr;
    }
    return &*found;
}

bool JsonReader::expectType(const Json& value, const ProblemPath& where, bool ok, const char* expected)
{
    if (!ok)
        report(where, std::string("expected ") + expected + ", found " + value.type_name());
    return ok;
}

std::optional<std::string> JsonReader::text(
    const Json& object, const ProblemPath& where, const char* key, bool required, bool allowEmpty)
{
    const Json* value = field(object, where, key, required);
    if (!value || !expectType(*value, where.member(key), value->is_string(), "a string"))
        return std::nullopt;
    std::string result = value->get<std::string>();
    if (result.empty() && !allowEmpty) {
        report(where.member(key), "must not be empty");
        return std::nullopt;
    }
    return result;
}

std::optional<std::string> JsonReader::oneOf(const Json& object, const ProblemPath& where, const char* key,
    const std::vector<std::string>& allowed, const char* what, bool required)
{
    std::optional<std::string> value = text(object, where, key, required, true);
    if (!value || std::find(allowed.begin(), allowed.end(), *value) != allowed.end())
        return value;
    report(where.member(key), "\"" + *value + "\" is not " + what + "; expected one of " + joined(allowed));
    return std::nullopt;
}

std::optional<double> JsonReader::number(
    const Json& value, const ProblemPath& where, double min, double max, const std::string& unit)
{
    if (!expectType(value, where, value.is_number(), "a number"))
        return std::nullopt;
    const double result = value.get<double>();
    if (!std::isfinite(result) || result < min || result > max) {
        report(where,
            formatNumber(result) + " is out of range; expected " + formatNumber(min) + " to "
                + formatNumber(max) + (unit.empty() ? "" : " " + unit));
        return std::nullopt;
    }
    return result;
}

std::optional<double> JsonReader::number(const Json& object, const ProblemPath& where, const char* key,
    double min, double max, const std::string& unit, bool required)
{
    const Json* value = field(object, where, key, required);
    return value ? number(*value, where.member(key), min, max, unit) : std::nullopt;
}

std::optional<int> JsonReader::integer(
    const Json& object, const ProblemPath& where, const char* key, int min, int max)
{
    const Json* value = field(object, where, key, true);
    if (!value || !expectType(*value, where.member(key), value->is_number_integer(), "an integer"))
        return std::nullopt;
    const auto result = value->get<long long>();
    if (result < min || result > max) {
        report(where.member(key),
            value->dump() + " is out of range; expected " + std::to_string(min) + " to "
                + std::to_string(max));
        return std::nullopt;
    }
    return static_cast<int>(result);
}

std::vector<std::string> JsonReader::textList(
    const Json& object, const ProblemPath& where, const char* key, bool required)
{
    std::vector<std::string> result;
    const Json* value = field(object, where, key, required);
    if (!value || !expectType(*value, where.member(key), value->is_array(), "an array of strings"))
        return result;
    for (std::size_t i = 0; i < value->size(); ++i) {
        const Json& item = (*value)[i];
        const ProblemPath at = where.member(key).index(i);
        if (!expectType(item, at, item.is_string(), "a string"))
            continue;
        if (item.get<std::string>().empty())
            report(at, "must not be empty");
        else
            result.push_back(item.get<std::string>());
    }
    return result;
}

} // namespace lumbar
