// The right-hand Inspector: tabs for the current lesson step, the structures, saved views, safety,
// and the session guide for patients.
#pragma once

#include "gui/structures_panel.hpp"
#include "gui/views_panel.hpp"
#include "session/lesson_player.hpp"

namespace lumbar::app {

class Viewer;

enum class InspectorTab { Step, Structures, Views, Safety, Guide };

struct InspectorState {
    StructuresPanelState structures;
    ViewsPanelState views;
    bool showEndangerment = false; ///< endangerment sites tinted on the model
    std::optional<InspectorTab> requestTab; ///< brings a tab to the front next frame
};

void drawInspectorPanel(InspectorState& state, Viewer& viewer, LessonPlayer& player, CommandQueue& commands);

} // namespace lumbar::app
