// The place of a value in a JSON document as messages name it ("steps[3].stroke.path[1]"), and a
// problem found there.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace lumbar {

/// A JSON path built from members and indices, spelled the way people read it: members joined by
/// dots, indices in brackets, the document itself empty. Every place a message names is built and
/// read through this type, so that a path is spelled one way only.
class ProblemPath {
public:
    /// The document itself: text() is "".
    ProblemPath() = default;

    /// The path `text` spells ("steps[2].title", "" for the document), so that parse(p.text()) == p
    /// for every path built from keys without '.', '[' or ']'; nullopt when `text` is not a path:
    /// brackets around anything but a whole index, an unclosed or stray bracket, a leading dot.
    static std::optional<ProblemPath> parse(std::string_view text);

    /// Member `key` of this place: "title" at the root, "steps[2].title" below it.
    ProblemPath member(std::string_view key) const;
    /// Element `position` of this place: "steps[2]".
    ProblemPath index(std::size_t position) const;

    /// The spelling messages use; "" for the document.
    const std::string& text() const { return m_text; }
    /// True for the document itself.
    bool isRoot() const { return m_text.empty(); }

    /// True when this place is `outer` or lies inside it ("steps[1].title" within "steps[1]", not
    /// within "steps[10]"); every place is within the document.
    bool isWithin(const ProblemPath& outer) const;
    /// `i` when this place is element i of the top-level member `list` or inside it
    /// ("steps[3].tool" gives 3 for "steps"); nullopt otherwise.
    std::optional<std::size_t> indexIn(std::string_view list) const;

    /// Same spelling.
    bool operator==(const ProblemPath&) const = default;

private:
    explicit ProblemPath(std::string text) : m_text(std::move(text)) { }

    std::string m_text;
};

/// One thing wrong with a file people write: where (a ProblemPath's text; empty for the whole file)
/// and what.
struct Problem {
    std::string source; ///< the file name or the name the text was given
    std::string where;
    std::string message;

    /// "lumbar-basic.json: steps[3].tool: \"elbo\" is not a tool; expected one of ...", with control
    /// characters (of keys and values the message quotes) shown as \u001b.
    std::string text() const;

    /// Field by field.
    bool operator==(const Problem&) const = default;
};

} // namespace lumbar
