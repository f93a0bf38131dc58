// The printable handout of a collection of saved views: one self-contained HTML page, each view's
// picture with its pins numbered on it and their notes listed. Built from data alone, no GL.
#pragma once

#include "export/handout_html.hpp"
#include "views/view_collection.hpp"

#include <glm/glm.hpp>

#include <optional>
#include <string>
#include <vector>

namespace lumbar::app {

/// One view's picture and where its pins fall on it.
struct ViewsHandoutPicture {
    HandoutPicture picture;
    /// Per pin of the view, its place on the picture as fractions of the width and height from the
    /// top left; nullopt for a pin outside the picture (its note is still listed).
    std::vector<std::optional<glm::vec2>> pins;
};

/// "images/view-01.png" for the first view (0-based `viewIndex`).
std::string viewsHandoutPictureName(std::size_t viewIndex);

/// The page: the collection's title, then per view its number and name, its picture
/// (`pictures[view]`, one per view) with a numbered badge on each pin, what the view shows in words
/// (the lesson and its moment, the selected structure by `names`), and the pins' notes, numbered as
/// on the picture. Inline CSS, a page per view in print; every text escaped.
std::string viewsHandoutHtml(const views::ViewCollection& collection,
    const std::vector<ViewsHandoutPicture>& pictures, const KnowledgeBase& names);

} // namespace lumbar::app
