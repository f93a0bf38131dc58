// The printable lesson handout as one self-contained HTML page: built from the lesson data alone,
// no GL, so the page can be tested without rendering anything.
#pragma once

#include "session/lesson_player.hpp"
#include "technique/prepared_lesson.hpp"

#include <glm/glm.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lumbar {
struct KnowledgeBase;
}

namespace lumbar::app {

/// The generator tag every handout page carries; a folder whose index.html holds it is an earlier
/// handout that may be overwritten.
inline constexpr const char* kHandoutGenerator = "LumbarLab handout";

/// One step's picture as the page refers to it.
struct HandoutPicture {
    std::string source; ///< relative to index.html, e.g. "images/step-01.png"
    int width = 0;
    int height = 0;
};

/// One structure entered straight in under the tool, for the handout's depth table.
struct HandoutDepthRow {
    std::string name; ///< the structure's display name
    double depthM = 0.0; ///< under the skin
    double stressKPa = 0.0; ///< the estimated vertical stress there
    glm::vec3 colour{0.0f}; ///< its section colour, sRGB
};

/// What lies under the tool at a step's pictured moment: the section through the tool and the
/// depth table along its axis.
struct HandoutUnderTool {
    HandoutPicture section; ///< e.g. "images/step-01-section.png"
    double surfacePressureKPa = 0.0;
    std::vector<HandoutDepthRow> rows;
};

/// The style sheet of every handout page: screen layout and print rules (a new page per
/// `.step` section).
const char* handoutStyle();

/// `text` with &, <, >, " and ' replaced by character references, safe in text and attributes.
std::string escapeHtml(std::string_view text);

/// "images/step-01.png" for the first step (0-based `stepIndex`), two digits at least.
std::string handoutPictureName(std::size_t stepIndex);
/// "images/step-01-section.png": the section through the tool of that step.
std::string handoutSectionName(std::size_t stepIndex);

/// The handout of `prepared` for `audience`: title, summary, patient position, safety notes, and per
/// step its number, phase, title, tool, targets by display name, stroke, force and pressure figures,
/// `pictures[step]` (one per step, or none) and the sections of its step card (session/step_card:
/// the audience's texts, cautions and check-in line, as the Lesson panel shows them), then, where
/// `underTool[step]` holds one, what lies under the tool: the section through it and the depth
/// table (stresses in kPa, for patients as shares of the pressure felt on the skin).
/// Inline CSS only, print-ready (a page break before each step); every text is escaped.
std::string handoutHtml(const technique::PreparedLesson& prepared, const KnowledgeBase& knowledge,
    Audience audience, const std::vector<HandoutPicture>& pictures,
    const std::vector<std::optional<HandoutUnderTool>>& underTool = {});

} // namespace lumbar::app
