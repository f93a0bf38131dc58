// Writing the handout of a collection of saved views to a folder: each view rendered offscreen as
// it is shown in the window (its lesson moment, referral zones and pins included), and index.html.
#pragma once

#include "views/view_collection.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace lumbar::app {

class Viewer;

struct ViewsHandoutResult {
    std::filesystem::path index; ///< the page written
    /// What a view could not show, "view 2: the lesson \"x\" is not found"; the rest was written.
    std::vector<std::string> problems;
};

/// Writes `folder`/images/view-NN.png (width x height) for each view of `collection` and
/// `folder`/index.html (views_handout_html.hpp). The folder must be new, empty or an earlier
/// handout (prepareHandoutFolder). The viewer is left showing the last view: a caller with a view
/// to keep saves it first. Throws lumbar::Error when the folder cannot be used or a file cannot be
/// written.
ViewsHandoutResult writeViewsHandout(Viewer& viewer, const views::ViewCollection& collection,
    const std::filesystem::path& folder, int width, int height);

} // namespace lumbar::app
