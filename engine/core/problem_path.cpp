// JSON paths as messages spell them: building, reading back and comparing places.
#include "core/problem_path.hpp"

#include <charconv>
#include <cstdio>

namespace lumbar {
namespace {

/// The index spelled by text[open + 1 ..] up to its ']', and where that bracket is; nullopt when
/// it is not a whole number in brackets.
std::optional<std::pair<std::size_t, std::size_t>> bracketedIndex(std::string_view text, std::size_t open)
{
    const std::size_t close = text.find(']', open);
    if (close == std::string_view::npos || close == open + 1)
        return std::nullopt;
    std::size_t value = 0;
    const char* first = text.data() + open + 1;
    const char* last = text.data() + close;
    const auto [end, error] = std::from_chars(first, last, value);
    if (error != std::errc() || end != last)
        return std::nullopt;
    return std::pair{value, close};
}

bool endsKey(char c)
{
    return c == '.' || c == '[' || c == ']';
}

} // namespace

std::optional<ProblemPath> ProblemPath::parse(std::string_view text)
{
    if (text.starts_with('.'))
        return std::nullopt;
    std::size_t at = 0;
    while (at < text.size()) {
        if (text[at] == '[') {
            const auto index = bracketedIndex(text, at);
            if (!index)
                return std::nullopt;
            at = index->second + 1;
            continue;
        }
        if (at > 0 && text[at++] != '.')
            return std::nullopt;
        // A key may be empty: member("") of a place, as a file's "" field is reported.
        while (at < text.size() && !endsKey(text[at]))
            ++at;
        if (at < text.size() && text[at] == ']')
            return std::nullopt;
    }
    return ProblemPath(std::string(text));
}

std::string Problem::text() const
{
    std::string result = source;
    if (!where.empty())
        result += (result.empty() ? "" : ": ") + where;
    result += (result.empty() ? "" : ": ") + message;
    // Keys and values of the file are quoted in messages: a control character among them (an
    // escape sequence, a newline) would otherwise reach the terminal or split the line.
    std::string shown;
    for (const char c : result) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", byte);
            shown += escaped;
        } else {
            shown += c;
        }
    }
    return shown;
}

ProblemPath ProblemPath::member(std::string_view key) const
{
    return ProblemPath(m_text.empty() ? std::string(key) : m_text + "." + std::string(key));
}

ProblemPath ProblemPath::index(std::size_t position) const
{
    return ProblemPath(m_text + "[" + std::to_string(position) + "]");
}

bool ProblemPath::isWithin(const ProblemPath& outer) const
{
    if (outer.isRoot() || m_text == outer.m_text)
        return true;
    return m_text.size() > outer.m_text.size() && m_text.starts_with(outer.m_text)
        && (m_text[outer.m_text.size()] == '.' || m_text[outer.m_text.size()] == '[');
}

std::optional<std::size_t> ProblemPath::indexIn(std::string_view list) const
{
    const std::string_view text = m_text;
    if (list.empty() || !text.starts_with(list) || text.size() <= list.size() || text[list.size()] != '[')
        return std::nullopt;
    const auto index = bracketedIndex(text, list.size());
    if (!index)
        return std::nullopt;
    const std::size_t next = index->second + 1;
    if (next < text.size() && text[next] != '.' && text[next] != '[')
        return std::nullopt;
    return index->first;
}

} // namespace lumbar
