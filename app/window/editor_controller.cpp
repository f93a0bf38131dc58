// The window's instructor mode: the editor's keys and clicks on the anatomy, unsaved-changes
// questions, autosave recovery and the anchor handles.
#include "window/editor_controller.hpp"

#include "core/error.hpp"
#include "session/data_paths.hpp"
#include "session/viewer.hpp"

#include <imgui.h>

#include <iostream>
#include <utility>

namespace lumbar::app {
namespace {

/// The selected structure, else the skin: where a new lesson's first step works.
std::string firstTarget(const Viewer& viewer)
{
    const std::optional<std::size_t> selected = viewer.anatomy().selected;
    return selected ? viewer.model().meshes[*selected].name : std::string("skin");
}

/// Where instructor mode keeps lessons and autosaves; empty folders (saving then fails with a
/// message) when the environment names none.
EditorFolders userEditorFolders()
{
    try {
        return editorFolders(processEnvironment());
    } catch (const Error& error) {
        std::cerr << "lumbarlab: warning: your own lessons cannot be saved: " << error.what() << "\n";
        return {};
    }
}

} // namespace

EditorController::EditorController(Viewer& viewer, LessonPlayer& player, CommandQueue& commands)
    : m_viewer(viewer), m_player(player), m_commands(commands),
      m_editor(viewer.knowledgeBase(), userEditorFolders())
{
    if (!m_editor.folders().autosave.empty())
        m_panel.recovery = authoring::listAutosaves(m_editor.folders().autosave);
}

std::optional<std::filesystem::path> EditorController::editedFile() const
{
    if (!m_editor.active() || m_editor.document().path().empty())
        return std::nullopt;
    return m_editor.document().path();
}

bool EditorController::handleKey(SDL_Keycode key, Uint16 modifiers)
{
    if (!m_editor.active() || !(modifiers & KMOD_CTRL))
        return false;
    authoring::LessonDocument& document = m_editor.document();
    const bool shift = (modifiers & KMOD_SHIFT) != 0;
    switch (key) {
    case SDLK_z:
        shift ? document.redo() : document.undo();
        return true;
    case SDLK_y:
        document.redo();
        return true;
    case SDLK_s:
        if (m_editor.canSaveInPlace() && !shift) {
            m_editor.save();
        } else {
            m_panel.openSaveAs = true;
        }
        return true;
    default:
        return false;
    }
}

bool EditorController::handlePlacementEvent(const SDL_Event& event, bool uiMouse,
    const technique::AnatomySurface& surface, const glm::vec2& windowSize)
{
    const auto placeAt = [&](int x, int y) {
        const Ray ray = m_viewer.camera().rayThroughPixel({float(x), float(y)}, windowSize.x, windowSize.y);
        const std::optional<PickHit> hit = m_viewer.castRay(ray, AnatomyView::kClickThroughOpacity);
        if (!hit)
            return;
        const std::string& id = m_viewer.model().meshes[hit->meshIndex].name;
        if (!m_editor.placeAt(surface, id, hit->point))
            m_editor.setMessage(
                "\"" + id + "\" cannot hold an anchor; click a structure of the lesson", true);
    };
    switch (event.type) {
    case SDL_MOUSEBUTTONDOWN:
        if (uiMouse || event.button.button != SDL_BUTTON_LEFT || !m_editor.placement())
            return false;
        m_placingDrag = true;
        placeAt(event.button.x, event.button.y);
        return true;
    case SDL_MOUSEMOTION:
        if (!m_placingDrag)
            return false;
        placeAt(event.motion.x, event.motion.y);
        return true;
    case SDL_MOUSEBUTTONUP:
        if (!m_placingDrag || event.button.button != SDL_BUTTON_LEFT)
            return false;
        m_placingDrag = false;
        m_editor.endPlacement();
        return true;
    default:
        return false;
    }
}

Command EditorController::afterClosing(const Command& next) const
{
    // The player still has the edited preview: closing goes back to the lesson as it is on disk.
    if (std::holds_alternative<command::CloseLesson>(next))
        if (const std::optional<std::filesystem::path> saved = editedFile())
            return command::OpenLesson{*saved, false};
    return next;
}

void EditorController::leaveThen(const Command& next)
{
    if (m_editor.active() && m_editor.document().isDirty()) {
        m_pending = next;
        m_panel.askUnsaved = true;
        return;
    }
    const Command followUp = afterClosing(next);
    m_editor.close();
    m_commands.push(followUp);
}

void EditorController::edit(const std::filesystem::path& lesson, bool builtIn)
{
    if (m_editor.open(lesson, builtIn))
        m_editor.selectStep(m_player.currentStep(), false);
}

void EditorController::startNew()
{
    m_editor.startNew(firstTarget(m_viewer));
}

void EditorController::answer(UnsavedChoice choice)
{
    const std::optional<Command> pending = std::exchange(m_pending, std::nullopt);
    if (choice == UnsavedChoice::Save) {
        if (!m_editor.canSaveInPlace()) {
            // A lesson without a file of its own needs a name first; the user repeats the action.
            m_panel.openSaveAs = true;
            return;
        }
        if (!m_editor.save())
            return;
    } else if (choice == UnsavedChoice::Cancel) {
        return;
    }
    if (pending) {
        const Command followUp = afterClosing(*pending);
        m_editor.close();
        m_commands.push(followUp);
    }
}

void EditorController::restoreAutosave(std::size_t index)
{
    if (index >= m_panel.recovery.size())
        return;
    const authoring::PendingAutosave pending = m_panel.recovery[index];
    try {
        m_editor.adopt(authoring::restoreAutosave(pending.file), pending.file);
        m_editor.setMessage(
            "Restored from the autosave of " + pending.savedAt + ": save it to keep it", false);
        m_panel.recovery.erase(m_panel.recovery.begin() + std::ptrdiff_t(index));
    } catch (const Error& error) {
        m_panel.recovery[index].problem = error.what();
    }
}

void EditorController::discardAutosave(std::size_t index)
{
    if (index >= m_panel.recovery.size())
        return;
    try {
        authoring::discardAutosave(m_panel.recovery[index].file);
        m_panel.recovery.erase(m_panel.recovery.begin() + std::ptrdiff_t(index));
    } catch (const Error& error) {
        m_panel.recovery[index].problem = error.what();
    }
}

bool EditorController::update(double nowS, const technique::AnatomySurface& surface)
{
    if (!m_editor.active())
        return false;
    m_editor.updatePreview(m_player, surface);
    m_editor.autosaveIfDue(nowS);
    // A save may have added a lesson of the user's own or renamed one.
    return std::exchange(m_librarySaveCount, m_editor.saveCount()) != m_editor.saveCount();
}

void EditorController::drawPanel(CommandQueue& commands)
{
    drawLessonEditor(m_editor, m_panel, m_viewer.knowledgeBase(), commands);
}

void EditorController::drawDialogs(CommandQueue& commands)
{
    drawLessonEditorDialogs(m_editor, m_panel, commands);
}

void EditorController::drawHandles(
    const glm::vec2& viewportPx, const technique::AnatomySurface& surface) const
{
    if (!m_editor.active() || m_editor.document().lesson().steps.empty())
        return;
    const technique::Step& step = m_editor.document().lesson().steps[m_editor.selectedStep()];
    ImDrawList* drawList = ImGui::GetBackgroundDrawList();
    const float radius = ImGui::GetFontSize() * 0.55f;
    const std::optional<AnchorPlacement>& armed = m_editor.placement();
    // Okabe-Ito blue for the path, orange for pressure points; the armed one gets a white ring.
    const auto handle = [&](const technique::Anchor& anchor, int number, ImU32 colour, bool isArmed) {
        const std::optional<glm::vec3> point = surface.anchorPoint(anchor, step.approach);
        if (!point)
            return;
        const glm::vec2 px = m_viewer.camera().project(*point, viewportPx.x, viewportPx.y);
        drawList->AddCircleFilled(ImVec2(px.x, px.y), radius, colour);
        if (isArmed)
            drawList->AddCircle(ImVec2(px.x, px.y), radius + 3.0f, IM_COL32(255, 255, 255, 255), 0, 2.0f);
        const std::string text = std::to_string(number);
        const ImVec2 size = ImGui::CalcTextSize(text.c_str());
        drawList->AddText(
            ImVec2(px.x - size.x * 0.5f, px.y - size.y * 0.5f), IM_COL32(0, 0, 0, 255), text.c_str());
    };
    const auto isArmed = [&](AnchorPlacement::Kind kind, std::size_t index) {
        return armed && armed->kind == kind && armed->step == m_editor.selectedStep()
            && armed->index == index;
    };
    if (step.stroke)
        for (std::size_t i = 0; i < step.stroke->path.size(); ++i)
            handle(step.stroke->path[i], int(i + 1), IM_COL32(86, 180, 233, 230),
                isArmed(AnchorPlacement::Kind::PathAnchor, i));
    for (std::size_t i = 0; i < step.pressurePoints.size(); ++i)
        handle(step.pressurePoints[i].anchor, int(i + 1), IM_COL32(230, 159, 0, 230),
            isArmed(AnchorPlacement::Kind::PressurePoint, i));
}

} // namespace lumbar::app
