// Applying and writing settings with a delay.
#include "session/settings_keeper.hpp"

#include <utility>

namespace lumbar::app {

SettingsKeeper::SettingsKeeper(const Settings& settings, std::filesystem::path path)
    : m_current(settings), m_applied(settings), m_path(std::move(path))
{
}

void SettingsKeeper::markApplied(double nowS)
{
    m_applied = m_current;
    if (!m_unsaved)
        m_changedS = nowS;
    m_unsaved = true;
}

void SettingsKeeper::saveIfDue(double nowS)
{
    if (!m_unsaved || (nowS >= 0.0 && nowS - m_changedS < kSaveDelayS))
        return;
    m_unsaved = false;
    if (!m_path.empty())
        saveSettings(m_path, m_applied);
}

BackgroundStyle backgroundFor(Theme theme)
{
    if (theme == Theme::Light)
        return {glm::vec3(0.86f, 0.88f, 0.91f), glm::vec3(0.62f, 0.65f, 0.70f)};
    return {};
}

} // namespace lumbar::app
