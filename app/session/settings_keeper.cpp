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

} // namespace lumbar::app
