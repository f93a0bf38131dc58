// The interactive loop's instructor mode: the lesson library, the editor's keys and clicks on the
// anatomy, unsaved-changes questions, autosave recovery and the preview.
#include "core/error.hpp"
#include "session/data_paths.hpp"
#include "session/viewer.hpp"
#include "window/interactive_loop.hpp"

#include <imgui.h>

#include <algorithm>
#include <iostream>
#include <utility>

namespace lumbar::app {
namespace {

/// Layers shown fainter than this are looked through when an anchor is placed.
constexpr float kPlacementMinOpacity = 0.5f;

/// The first target of the selected step, else the skin: where a new lesson's first step works.
std::string firstTarget(const Viewer& viewer)
{
    const std::optional<std::size_t> selected = viewer.anatomy().selected;
    return selected ? viewer.model().meshes[*selected].name : std::string("skin");
}

} // namespace

void InteractiveLoop::refreshLibrary()
{
    std::vector<LessonEntry> library;
    const auto add = [&](const std::filesystem::path& file, bool builtIn) {
        const technique::LessonParseResult parsed = technique::loadLesson(file);
        if (parsed.lesson)
            library.push_back({parsed.lesson->id, parsed.lesson->title, file, builtIn});
    };
    for (const std::filesystem::path& file : builtInLessonFiles())
        add(file, true);
    std::error_code error;
    const std::filesystem::path& folder = m_editor.folders().userLessons;
    if (!folder.empty() && std::filesystem::is_directory(folder, error)) {
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(folder, error))
            if (entry.path().extension() == ".json")
                files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const std::filesystem::path& file : files)
            add(file, false);
    }
    m_lessonPanel.library = std::move(library);
}

bool InteractiveLoop::handleEditorKey(SDL_Keycode key, Uint16 modifiers)
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
            m_editorPanel.openSaveAs = true;
        }
        return true;
    default:
        return false;
    }
}

bool InteractiveLoop::handlePlacementEvent(const SDL_Event& event, bool uiMouse)
{
    const auto placeAt = [&](int x, int y) {
        int width = 0;
        int height = 0;
        SDL_GetWindowSize(m_window.window(), &width, &height);
        const Ray ray = m_viewer.camera().rayThroughPixel({float(x), float(y)}, float(width), float(height));
        const std::optional<PickHit> hit = m_viewer.castRay(ray, kPlacementMinOpacity);
        if (!hit)
            return;
        const std::string& id = m_viewer.model().meshes[hit->meshIndex].name;
        if (!m_editor.placeAt(*m_surface, id, hit->point))
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

void InteractiveLoop::runOrAskUnsaved(PendingEditorAction action)
{
    if (m_editor.active() && m_editor.document().isDirty()) {
        m_pendingEditorAction = std::move(action);
        m_editorPanel.askUnsaved = true;
        return;
    }
    runEditorAction(action);
}

void InteractiveLoop::runEditorAction(const PendingEditorAction& action)
{
    const std::optional<std::filesystem::path> saved
        = m_editor.active() && !m_editor.document().path().empty()
        ? std::optional<std::filesystem::path>(m_editor.document().path())
        : std::nullopt;
    switch (action.kind) {
    case PendingEditorAction::Kind::Quit:
        m_editor.close();
        m_running = false;
        break;
    case PendingEditorAction::Kind::Close:
        m_editor.close();
        // The player still has the edited preview: go back to the lesson as it is on disk.
        if (saved)
            openLesson(*saved);
        else
            m_player.unload();
        break;
    case PendingEditorAction::Kind::Load:
        m_editor.close();
        openLesson(action.path);
        break;
    case PendingEditorAction::Kind::New:
        m_editor.close();
        m_editor.startNew(firstTarget(m_viewer));
        break;
    }
}

void InteractiveLoop::applyEditorRequests()
{
    if (std::exchange(m_lessonPanel.requestNewLesson, false))
        runOrAskUnsaved({PendingEditorAction::Kind::New, {}});
    if (std::exchange(m_lessonPanel.requestEdit, false) && m_lessonPath) {
        const bool builtIn = std::any_of(m_lessonPanel.library.begin(), m_lessonPanel.library.end(),
            [&](const LessonEntry& entry) { return entry.builtIn && entry.path == *m_lessonPath; });
        if (m_editor.open(*m_lessonPath, builtIn))
            m_editor.selectStep(m_player.currentStep(), false);
    }
    if (std::exchange(m_editorPanel.requestClose, false))
        runOrAskUnsaved({PendingEditorAction::Kind::Close, {}});
    if (const std::optional<UnsavedChoice> choice
        = std::exchange(m_editorPanel.unsavedChoice, std::nullopt)) {
        const std::optional<PendingEditorAction> action = std::exchange(m_pendingEditorAction, std::nullopt);
        if (*choice == UnsavedChoice::Save) {
            if (m_editor.canSaveInPlace()) {
                if (m_editor.save() && action)
                    runEditorAction(*action);
            } else {
                // A lesson without a file of its own needs a name first; the user repeats the action.
                m_editorPanel.openSaveAs = true;
            }
        } else if (*choice == UnsavedChoice::Discard && action) {
            runEditorAction(*action);
        }
    }
    if (const auto index = std::exchange(m_editorPanel.requestRestore, std::nullopt)) {
        const authoring::PendingAutosave pending = m_editorPanel.recovery.at(*index);
        try {
            m_editor.adopt(authoring::restoreAutosave(pending.file), pending.file);
            m_editor.setMessage(
                "Restored from the autosave of " + pending.savedAt + ": save it to keep it", false);
            m_editorPanel.recovery.erase(m_editorPanel.recovery.begin() + std::ptrdiff_t(*index));
        } catch (const Error& error) {
            m_editorPanel.recovery[*index].problem = error.what();
        }
    }
    if (const auto index = std::exchange(m_editorPanel.requestDiscard, std::nullopt)) {
        try {
            authoring::discardAutosave(m_editorPanel.recovery.at(*index).file);
            m_editorPanel.recovery.erase(m_editorPanel.recovery.begin() + std::ptrdiff_t(*index));
        } catch (const Error& error) {
            m_editorPanel.recovery[*index].problem = error.what();
        }
    }
}

void InteractiveLoop::updateEditor(double nowS)
{
    if (!m_editor.active())
        return;
    m_editor.updatePreview(m_player, *m_surface);
    m_editor.autosaveIfDue(nowS);
    if (!m_editor.document().path().empty())
        m_lessonPath = m_editor.document().path();
    // A save may have added a lesson of the user's own or renamed one: list it in the picker.
    if (m_editor.saveCount() != m_librarySaveCount) {
        m_librarySaveCount = m_editor.saveCount();
        refreshLibrary();
    }
}

void InteractiveLoop::drawEditorHandles(const glm::vec2& viewportPx) const
{
    if (!m_editor.active() || m_editor.document().lesson().steps.empty())
        return;
    const technique::Step& step = m_editor.document().lesson().steps[m_editor.selectedStep()];
    ImDrawList* drawList = ImGui::GetBackgroundDrawList();
    const float radius = ImGui::GetFontSize() * 0.55f;
    const std::optional<AnchorPlacement>& armed = m_editor.placement();
    // Okabe-Ito blue for the path, orange for pressure points; the armed one gets a white ring.
    const auto handle = [&](const technique::Anchor& anchor, int number, ImU32 colour, bool isArmed) {
        const std::optional<glm::vec3> point = m_surface->anchorPoint(anchor, step.approach);
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
