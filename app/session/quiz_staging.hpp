// What the 3D view shows during a quiz: the structure of a question brought into view (and
// outlined when it is to be named), and the student's own view saved and given back afterwards.
#pragma once

#include "anatomy/anatomy_view.hpp"
#include "quiz/quiz_question.hpp"

#include <optional>
#include <set>
#include <vector>

namespace lumbar::app {

class Viewer;

/// The parts of the view a quiz changes, as they were before it.
struct SavedAnatomyView {
    const AnatomyView* view = nullptr; ///< the view saved; a model loaded since replaces it
    std::vector<LayerControl> layers;
    int peelDepth = 0;
    bool xray = false;
    std::set<std::size_t> hidden;
    std::set<std::size_t> isolated;
    std::optional<std::size_t> selected;
    bool labels = false;
    bool scenery = true; ///< the client's body and the table
};

/// Saves what stageQuestion() may change.
SavedAnatomyView saveAnatomyView(const Viewer& viewer);
/// Puts the saved state back; does nothing when another model has been loaded since.
void restoreAnatomyView(Viewer& viewer, const SavedAnatomyView& saved);

/// Sets the view up for `question`, starting from `saved`: labels off (they would give answers
/// away); for a structure question, the layers above the structure peeled away so it can be seen
/// and clicked, and the structure outlined when it is to be named or once a click was answered.
/// A structure to name becomes the camera's orbit centre (the caller saves and restores the
/// camera). Referral questions show the intact client: every layer opaque, nothing peeled, the body
/// round the anatomy shown (the zones lie on the skin). Step questions get the saved view back.
void stageQuestion(
    Viewer& viewer, const SavedAnatomyView& saved, const quiz::Question& question, bool answered);

} // namespace lumbar::app
