// The Inspector's Views tab: a collection of saved views with pins and notes, to step through in
// class; saved as one JSON file per collection (docs/views-format.md).
#pragma once

#include "views/view_collection.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace lumbar::app {

/// What the user asked for in the tab, for the window to carry out (it needs the viewer, the lesson
/// and the files).
struct ViewsRequest {
    enum class Kind {
        None,
        Show, ///< show view `index` (and its lesson moment)
        Capture, ///< add the current view under `name`
        Update, ///< replace view `index` by the current view, keeping its name and pins
        Save, ///< save the collection to its file (a new one in the data folder the first time)
        Open, ///< open the collection at `path`
        Present, ///< present the views full screen, from view `index`
        Handout, ///< write the collection's handout (a page with a picture of each view)
    };
    Kind kind = Kind::None;
    std::size_t index = 0;
    std::string name;
    std::filesystem::path path;
};

struct ViewsPanelState {
    views::ViewCollection collection{"My views", {}};
    std::filesystem::path path; ///< where the collection is saved; empty until it is
    bool unsaved = false;
    std::optional<std::size_t> current; ///< the view shown last, whose pins are drawn
    bool placingPin = false; ///< the next click on a structure pins a note there
    std::string newName;
    std::string openPath;
    std::string message; ///< the outcome of the last open or save
    bool messageIsError = false;
    ViewsRequest request; ///< set by drawViewsTab, taken by the window
};

/// Draws the tab's content inside the current window.
void drawViewsTab(ViewsPanelState& state);

/// The current view's pins, or none.
const std::vector<views::ViewPin>* currentPins(const ViewsPanelState& state);

} // namespace lumbar::app
