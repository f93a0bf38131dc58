// Problem paths to the editor's words.
#include "session/problem_words.hpp"

#include <array>
#include <cctype>
#include <string_view>
#include <utility>

namespace lumbar::app {
namespace {

/// The editor's label of each member a lesson file has; a member not listed reads as written,
/// with spaces for underscores.
constexpr std::array<std::pair<std::string_view, std::string_view>, 30> kLabels{{
    {"title", "title"},
    {"summary", "summary"},
    {"patient_position", "patient position"},
    {"id", "id"},
    {"format", "format"},
    {"version", "version"},
    {"steps", "step"},
    {"phase", "phase"},
    {"tool", "tool"},
    {"approach", "approach"},
    {"targets", "target"},
    {"stroke", "stroke"},
    {"kind", "kind"},
    {"direction", "direction"},
    {"speed_cm_s", "speed"},
    {"repetitions", "passes"},
    {"repeat", "repeat"},
    {"path", "path point"},
    {"pressure", "pressure"},
    {"profile", "force sample"},
    {"pressure_points", "pressure point"},
    {"hold_s", "hold time"},
    {"duration_s", "duration"},
    {"explain", "texts"},
    {"what", "What"},
    {"why", "Why"},
    {"how", "How"},
    {"avoid", "Avoid"},
    {"cautions", "caution"},
    {"check_in", "check-in line"},
}};

std::string labelOf(std::string_view member)
{
    for (const auto& [name, label] : kLabels)
        if (name == member)
            return std::string(label);
    if (member == "student" || member == "instructor" || member == "patient")
        return std::string(member) + "'s text";
    if (member == "sources")
        return "source";
    std::string words(member);
    for (char& c : words)
        if (c == '_')
            c = ' ';
    return words;
}

} // namespace

std::string problemPlaceInWords(const std::string& where)
{
    if (where.empty())
        return "The lesson";
    std::string words;
    std::size_t at = 0;
    while (at < where.size()) {
        // One member, then any [i] after it.
        const std::size_t end = where.find_first_of(".[", at);
        const std::string_view member(
            where.data() + at, (end == std::string::npos ? where.size() : end) - at);
        std::string part = labelOf(member);
        at = end == std::string::npos ? where.size() : end;
        // "texts" is the group of the four: the audience's text names it well enough.
        const bool silent = member == "explain" || member == "pressure";
        while (at < where.size() && where[at] == '[') {
            const std::size_t close = where.find(']', at);
            if (close == std::string::npos)
                break;
            const std::string index = where.substr(at + 1, close - at - 1);
            bool number = !index.empty();
            for (const char c : index)
                number = number && std::isdigit(static_cast<unsigned char>(c));
            part += " " + (number ? std::to_string(std::stoul(index) + 1) : index);
            at = close + 1;
        }
        if (at < where.size() && where[at] == '.')
            ++at;
        if (silent)
            continue;
        words += (words.empty() ? "" : ", ") + part;
    }
    if (!words.empty())
        words[0] = char(std::toupper(static_cast<unsigned char>(words[0])));
    return words;
}

} // namespace lumbar::app
