// The interactive loop's saved views: carrying out the Views tab's requests (show, save the current
// view, save and open collections, present them, write their handout), placing pins with a click,
// and drawing the shown view's pins.
#include "core/error.hpp"
#include "export/views_handout.hpp"
#include "session/data_paths.hpp"
#include "session/view_capture.hpp"
#include "session/viewer.hpp"
#include "window/interactive_loop.hpp"

#include <imgui.h>

#include <filesystem>
#include <iostream>

namespace lumbar::app {
namespace {

constexpr float kPinLabelWidthPx = 220.0f;
constexpr float kPresentedPinScale = 0.62f; // the presentation's body text
// The size of the lesson handouts' pictures written from the window (export_controls.cpp).
constexpr int kViewsHandoutWidth = 960;
constexpr int kViewsHandoutHeight = 540;

} // namespace

std::string InteractiveLoop::lessonReference() const
{
    if (!m_player.loaded() || !m_lessonPath)
        return {};
    // A built-in lesson by its id, so that the collection works wherever LumbarLab is installed.
    const std::string& id = m_player.prepared().lesson.id;
    const std::optional<std::filesystem::path> builtIn = resolveLesson(id);
    return builtIn && std::filesystem::equivalent(*builtIn, *m_lessonPath) ? id : m_lessonPath->string();
}

void InteractiveLoop::showView(std::size_t index)
{
    ViewsPanelState& state = m_inspector.views;
    if (index >= state.collection.views.size())
        return;
    const views::SavedView& view = state.collection.views[index];
    state.current = index;
    state.placingPin = false;
    std::vector<std::string> problems = applyView(m_viewer, view);
    if (!view.lesson.empty()) {
        const std::optional<std::filesystem::path> lesson = resolveLesson(view.lesson);
        if (!lesson) {
            problems.push_back("the lesson \"" + view.lesson + "\" is not found");
        } else {
            if (!m_lessonPath || !std::filesystem::equivalent(*lesson, *m_lessonPath)) {
                openLesson(*lesson);
                m_inspector.requestTab = InspectorTab::Views; // stepping through views stays in the tab
            }
            if (m_player.loaded()) {
                m_player.pause();
                m_player.seek(view.timeS);
            }
        }
    }
    state.message.clear();
    for (const std::string& problem : problems)
        state.message += (state.message.empty() ? "Shown, but " : "; ") + problem;
    state.messageIsError = !problems.empty();
}

void InteractiveLoop::carryOutViewsRequest()
{
    ViewsPanelState& state = m_inspector.views;
    const ViewsRequest request = std::exchange(state.request, {});
    switch (request.kind) {
    case ViewsRequest::Kind::None:
        return;
    case ViewsRequest::Kind::Show:
        showView(request.index);
        return;
    case ViewsRequest::Kind::Capture:
        state.collection.views.push_back(captureView(
            m_viewer, request.name, lessonReference(), m_player.loaded() ? m_player.time() : 0.0));
        state.current = state.collection.views.size() - 1;
        state.unsaved = true;
        state.message = "Saved \"" + request.name + "\" in the collection (Save collection writes the file).";
        state.messageIsError = false;
        return;
    case ViewsRequest::Kind::Update:
        if (request.index < state.collection.views.size()) {
            views::SavedView& view = state.collection.views[request.index];
            std::vector<views::ViewPin> pins = std::move(view.pins);
            view = captureView(
                m_viewer, view.name, lessonReference(), m_player.loaded() ? m_player.time() : 0.0);
            view.pins = std::move(pins);
            state.unsaved = true;
        }
        return;
    case ViewsRequest::Kind::Save:
        saveViews();
        return;
    case ViewsRequest::Kind::Open:
        openViews(request.path);
        return;
    case ViewsRequest::Kind::Handout:
        writeViewsHandoutFromWindow();
        return;
    case ViewsRequest::Kind::Present:
        if (request.index < state.collection.views.size()) {
            showView(request.index);
            m_presentation.views = true;
            setPresentation(true);
        }
        return;
    }
}

bool InteractiveLoop::saveViews()
{
    ViewsPanelState& state = m_inspector.views;
    try {
        if (state.path.empty())
            state.path = newCollectionPath(state.collection.title);
        std::filesystem::create_directories(state.path.parent_path());
        views::saveViewCollection(state.collection, state.path);
        state.unsaved = false;
        state.message = "Saved to " + state.path.string();
        state.messageIsError = false;
        return true;
    } catch (const std::exception& error) {
        state.message = std::string("Not saved: ") + error.what();
        state.messageIsError = true;
        return false;
    }
}

void InteractiveLoop::keepUnsavedViews()
{
    ViewsPanelState& state = m_inspector.views;
    if (!state.unsaved || state.collection.views.empty())
        return;
    if (saveViews())
        std::cerr << "lumbarlab: the unsaved views were saved to " << state.path.string() << "\n";
    else
        std::cerr << "lumbarlab: the unsaved views could not be saved: " << state.message << "\n";
}

void InteractiveLoop::openViews(const std::filesystem::path& path)
{
    ViewsPanelState& state = m_inspector.views;
    const views::ViewCollectionParse parsed = views::loadViewCollection(path, &m_viewer.knowledgeBase());
    // The collection in the tab is not lost for another one: unsaved views are saved first.
    const std::string kept
        = parsed.collection && state.unsaved && !state.collection.views.empty() && saveViews()
        ? "; the views you had are saved in " + state.path.string()
        : std::string();
    m_inspector.requestTab = InspectorTab::Views;
    if (!parsed.collection) {
        state.message = "Not opened: ";
        for (std::size_t i = 0; i < parsed.problems.size(); ++i)
            state.message += (i ? "\n" : "") + parsed.problems[i].text();
        state.messageIsError = true;
        return;
    }
    state.collection = *parsed.collection;
    state.path = path;
    state.unsaved = false;
    state.current.reset();
    state.message = "Opened " + path.filename().string() + ": "
        + std::to_string(state.collection.views.size()) + " views" + kept;
    state.messageIsError = false;
    if (!state.collection.views.empty()) {
        const std::string opened = state.message;
        showView(0);
        if (!state.messageIsError) // what the first view could not show stays in the message
            state.message = opened;
    }
}

bool InteractiveLoop::placePin(int x, int y)
{
    ViewsPanelState& state = m_inspector.views;
    if (!state.placingPin || !state.current || *state.current >= state.collection.views.size())
        return false;
    const glm::vec2 size = windowSize();
    const Ray ray = m_viewer.camera().rayThroughPixel({float(x), float(y)}, size.x, size.y);
    const std::optional<PickHit> hit = m_viewer.castRay(ray, AnatomyView::kClickThroughOpacity);
    if (!hit || m_viewer.anatomy().isScenery(hit->meshIndex)) {
        state.message = "No structure there: click a structure to pin the note to.";
        state.messageIsError = true;
        return true;
    }
    const std::string& id = m_viewer.model().meshes[hit->meshIndex].name;
    state.collection.views[*state.current].pins.push_back({id, hit->point, ""});
    state.placingPin = false;
    state.unsaved = true;
    const StructureInfo* structure = m_viewer.anatomy().structureOf(hit->meshIndex);
    state.message = "Pinned to " + (structure ? structure->name : id) + ": write its note in the list.";
    state.messageIsError = false;
    return true;
}

void InteractiveLoop::addPins(SceneExtras& extras) const
{
    if (const std::vector<views::ViewPin>* pins = currentPins(m_inspector.views))
        for (const views::ViewPin& pin : *pins)
            m_pinDots.add(extras, pin.pointM, m_viewer.camera().eye(), kPinDotM, kPinDot);
}

void InteractiveLoop::writeViewsHandoutFromWindow()
{
    ViewsPanelState& state = m_inspector.views;
    // The handout shows each view in turn: the view on screen is given back afterwards.
    const views::SavedView onScreen = captureView(m_viewer, "", "", 0.0);
    const Camera camera = m_viewer.camera();
    try {
        const ViewsHandoutResult written = writeViewsHandout(m_viewer, state.collection,
            viewsHandoutFolder(state.collection.title), kViewsHandoutWidth, kViewsHandoutHeight);
        state.message = "Handout written: " + written.index.string();
        for (const std::string& problem : written.problems)
            state.message += "; " + problem;
        state.messageIsError = !written.problems.empty();
    } catch (const Error& error) {
        state.message = std::string("No handout: ") + error.what();
        state.messageIsError = true;
    }
    applyView(m_viewer, onScreen);
    m_viewer.camera() = camera;
}

void InteractiveLoop::stepViews(int delta)
{
    const ViewsPanelState& state = m_inspector.views;
    const std::size_t count = state.collection.views.size();
    if (count == 0)
        return;
    const long at = long(state.current.value_or(0)) + delta;
    if (at >= 0 && at < long(count))
        showView(std::size_t(at));
}

std::optional<PresentedView> InteractiveLoop::presentedView() const
{
    const ViewsPanelState& state = m_inspector.views;
    if (!m_presentation.views || !state.current || *state.current >= state.collection.views.size())
        return std::nullopt;
    const views::SavedView& view = state.collection.views[*state.current];
    return PresentedView{state.collection.title, view.name, *state.current, state.collection.views.size(),
        !view.lesson.empty()};
}

void InteractiveLoop::drawPinLabels(const glm::vec2& displaySize, ImFont* font) const
{
    const std::vector<views::ViewPin>* pins = currentPins(m_inspector.views);
    if (!pins)
        return;
    // Behind the panels and kept within the part of the window they leave free.
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    const Camera& camera = m_viewer.camera();
    draw->PushClipRect(ImVec2(camera.framingMin.x * displaySize.x, camera.framingMin.y * displaySize.y),
        ImVec2(camera.framingMax.x * displaySize.x, camera.framingMax.y * displaySize.y), true);
    for (std::size_t i = 0; i < pins->size(); ++i) {
        const glm::vec2 at = m_viewer.camera().project((*pins)[i].pointM, displaySize.x, displaySize.y);
        const std::string text
            = std::to_string(i + 1) + (((*pins)[i].note.empty()) ? "" : ". " + (*pins)[i].note);
        // Projected, the labels are as large as the presentation's text, and as wide for it.
        const float fontSize = font ? font->FontSize * kPresentedPinScale : ImGui::GetFontSize();
        const float wrapPx = kPinLabelWidthPx * fontSize / ImGui::GetFontSize();
        const ImVec2 size
            = (font ? font : ImGui::GetFont())->CalcTextSizeA(fontSize, FLT_MAX, wrapPx, text.c_str());
        // Right of the pin, or left of it where the free area ends first.
        ImVec2 corner(at.x + 10.0f, at.y - size.y * 0.5f);
        if (corner.x + size.x + 4.0f > camera.framingMax.x * displaySize.x)
            corner.x = at.x - 10.0f - size.x;
        draw->AddRectFilled(ImVec2(corner.x - 4.0f, corner.y - 2.0f),
            ImVec2(corner.x + size.x + 4.0f, corner.y + size.y + 2.0f), IM_COL32(20, 22, 28, 210), 4.0f);
        draw->AddText(font, fontSize, corner, IM_COL32(255, 214, 90, 255), text.c_str(), nullptr, wrapPx);
    }
    draw->PopClipRect();
}

} // namespace lumbar::app
