// Reading, recording and writing the student's progress.
#include "session/progress_keeper.hpp"

#include "core/error.hpp"
#include "core/user_dirs.hpp"
#include "quiz/progress_file.hpp"
#include "quiz/progress_keys.hpp"

#include <chrono>
#include <utility>

namespace lumbar::app {

std::int64_t secondsSinceEpoch()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

ProgressKeeper::ProgressKeeper(std::filesystem::path path) : m_path(std::move(path))
{
    if (m_path.empty())
        return;
    quiz::LoadedProgress loaded = quiz::loadProgress(m_path);
    m_progress = std::move(loaded.progress);
    m_messages = std::move(loaded.messages);
    m_canSave = loaded.canSave;
}

ProgressKeeper ProgressKeeper::forUser()
{
    try {
        return ProgressKeeper(progressFile(processEnvironment()));
    } catch (const Error& error) {
        ProgressKeeper keeper{std::filesystem::path()};
        keeper.m_messages.push_back(std::string("Progress is not kept after this session: ") + error.what());
        return keeper;
    }
}

void ProgressKeeper::record(
    const std::string& key, const quiz::ProgressGroup& group, bool right, std::int64_t nowS)
{
    m_progress.answer(key, group, right, nowS);
    save();
}

void ProgressKeeper::record(const quiz::Question& question, bool right, std::int64_t nowS)
{
    record(quiz::progressKey(question), quiz::progressGroup(question), right, nowS);
}

void ProgressKeeper::record(const quiz::PalpationTarget& target, bool found, std::int64_t nowS)
{
    record(quiz::progressKey(target), quiz::progressGroup(target), found, nowS);
}

void ProgressKeeper::reset()
{
    m_progress.clear();
    save();
}

void ProgressKeeper::save()
{
    if (!keepsFile())
        return;
    try {
        quiz::saveProgress(m_path, m_progress);
    } catch (const Error& error) {
        m_messages.push_back(error.what());
    }
}

} // namespace lumbar::app
