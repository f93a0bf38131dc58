// Opening a user's model and moving the lesson onto it.
#include "session/model_switcher.hpp"

#include "session/hand_models.hpp"
#include "session/lesson_player.hpp"
#include "session/viewer.hpp"

#include <utility>

namespace lumbar::app {

ModelSwitcher::ModelSwitcher(Viewer& viewer, LessonPlayer& player)
    : m_viewer(viewer), m_player(player),
      m_surface(std::make_unique<technique::AnatomySurface>(viewer.model(), &viewer.knowledgeBase()))
{
}

std::optional<std::string> ModelSwitcher::open(const std::string& path)
{
    if (!m_opener.start(path))
        return "Still opening " + m_opener.path().string() + "; wait for it or cancel it first";
    return std::nullopt;
}

std::optional<ModelSwitcher::Outcome> ModelSwitcher::poll(ViewPreset preset)
{
    std::optional<ModelOpener::Result> result = m_opener.poll();
    if (!result)
        return std::nullopt;
    if (!result->model)
        return Outcome{result->error, true};
    m_viewer.setModel(std::move(*result->model), ModelLoading::InBackground);
    m_viewer.resetView(preset);
    reshaped();
    return Outcome{"Opened " + result->path.string(), false};
}

void ModelSwitcher::reshaped()
{
    // The lesson is placed on the anatomy: re-place it on the new one.
    m_surface = std::make_unique<technique::AnatomySurface>(m_viewer.model(), &m_viewer.knowledgeBase());
    if (m_player.loaded()) {
        const double time = m_player.time();
        const technique::PreparedLesson replaced
            = technique::prepareLesson(m_player.prepared().lesson, *m_surface, lessonPrepareOptions());
        m_player.load(replaced);
        m_player.seek(time);
    }
}

} // namespace lumbar::app
