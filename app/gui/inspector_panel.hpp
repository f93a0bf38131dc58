// The right-hand Inspector: tabs for the current lesson step, the structures, safety, and the
// session guide for patients.
#pragma once

#include "gui/structures_panel.hpp"
#include "session/lesson_player.hpp"

namespace lumbar::app {

class Viewer;

enum class InspectorTab { Step, Structures, Safety, Guide };

struct InspectorState {
    StructuresPanelState structures;
    bool showEndangerment = false; ///< endangerment sites tinted on the model
    std::optional<InspectorTab> requestTab; ///< brings a tab to the front next frame
};

void drawInspectorPanel(InspectorState& state, Viewer& viewer, LessonPlayer& player, CommandQueue& commands);

} // namespace lumbar::app
