// Reading JSON written by people: typed fields with ranges, and every problem collected with its
// JSON path ("steps[3].tool") instead of stopping at the first.
#pragma once

#include "core/problem_path.hpp"
#include "technique/lesson.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace lumbar::technique {

using Json = nlohmann::json;

/// "a, b, c".
std::string joined(const std::vector<std::string>& names);

/// Numbers as a person writes them: 60 rather than 60.0, 0.1 rather than 0.10000000000000001.
std::string formatNumber(double value);

/// Typed field access that reports problems as Problem{source, path, message} and carries on.
class JsonReader {
public:
    explicit JsonReader(std::string source) : m_source(std::move(source)) { }

    std::vector<Problem> takeProblems() { return std::move(m_problems); }
    bool anyProblem() const { return !m_problems.empty(); }
    std::size_t problemCount() const { return m_problems.size(); }

    void report(const ProblemPath& where, const std::string& message)
    {
        m_problems.push_back({m_source, where.text(), message});
    }

    /// Reports keys of `object` that are not in `allowed`.
    void checkKeys(const Json& object, const ProblemPath& where, std::initializer_list<const char*> allowed)
    {
        checkKeys(object, where, std::vector<std::string>(allowed.begin(), allowed.end()));
    }

    void checkKeys(const Json& object, const ProblemPath& where, const std::vector<std::string>& names)
    {
        for (const auto& item : object.items()) {
            bool known = false;
            for (const std::string& name : names)
                known = known || item.key() == name;
            if (!known)
                report(where.member(item.key()), "unknown field; expected one of " + joined(names));
        }
    }

    /// The member `key`, reporting it when required and missing.
    const Json* field(const Json& object, const ProblemPath& where, const char* key, bool required)
    {
        const auto found = object.find(key);
        if (found == object.end()) {
            if (required)
                report(where, std::string("\"") + key + "\" is missing");
            return nullptr;
        }
        return &*found;
    }

    bool expectType(const Json& value, const ProblemPath& where, bool ok, const char* expected)
    {
        if (!ok)
            report(where, std::string("expected ") + expected + ", found " + value.type_name());
        return ok;
    }

    std::optional<std::string> text(const Json& object, const ProblemPath& where, const char* key,
        bool required = true, bool allowEmpty = false)
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

    std::optional<double> number(
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

    std::optional<double> number(const Json& object, const ProblemPath& where, const char* key, double min,
        double max, const std::string& unit, bool required = true)
    {
        const Json* value = field(object, where, key, required);
        return value ? number(*value, where.member(key), min, max, unit) : std::nullopt;
    }

    std::optional<int> integer(
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

    /// A string that must spell a value of `Enum`; `what` names the kind ("a tool").
    template <typename Enum>
    std::optional<Enum> choice(
        const Json& object, const ProblemPath& where, const char* key, const char* what, bool required = true)
    {
        const std::optional<std::string> value = text(object, where, key, required, true);
        if (!value)
            return std::nullopt;
        if (const std::optional<Enum> parsed = valueSpelled<Enum>(*value))
            return parsed;
        report(where.member(key),
            "\"" + *value + "\" is not " + what + "; expected one of " + spellingList<Enum>());
        return std::nullopt;
    }

    std::vector<std::string> textList(
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

private:
    std::string m_source;
    std::vector<Problem> m_problems;
};

} // namespace lumbar::technique
