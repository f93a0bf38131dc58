// The student's progress while the app runs: read from the user's data folder at start, each
// answer of the quiz and the palpation trainer counted and written at once (atomically), and reset
// on request. The rules and the file live in the engine (quiz/progress, quiz/progress_file).
#pragma once

#include "quiz/progress.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace lumbar::quiz {
struct Question;
struct PalpationTarget;
} // namespace lumbar::quiz

namespace lumbar::app {

/// Seconds since the Unix epoch now: the time answers are recorded at.
std::int64_t secondsSinceEpoch();

class ProgressKeeper {
public:
    /// Reads `path` (quiz/progress_file: a file that cannot be used is moved aside, and messages()
    /// say so); an empty path keeps progress for this run only.
    explicit ProgressKeeper(std::filesystem::path path);
    /// The keeper of the user's progress file (core/user_dirs progressFile); when there is no data
    /// folder, one that keeps nothing, with the reason in messages().
    static ProgressKeeper forUser();

    const quiz::Progress& progress() const { return m_progress; }
    const std::filesystem::path& path() const { return m_path; }
    /// False when answers are kept in memory only (no folder, or a file that could not be moved
    /// aside).
    bool keepsFile() const { return !m_path.empty() && m_canSave; }

    /// Counts an answer at `nowS` and writes the file. A file that cannot be written adds a message.
    void record(const std::string& key, const quiz::ProgressGroup& group, bool right, std::int64_t nowS);
    /// The answer to a quiz question.
    void record(const quiz::Question& question, bool right, std::int64_t nowS);
    /// The answer to a palpation target (found = right).
    void record(const quiz::PalpationTarget& target, bool found, std::int64_t nowS);
    /// Forgets every answer and writes the empty file.
    void reset();

    /// What went wrong reading or writing, oldest first, for the Progress panel.
    const std::vector<std::string>& messages() const { return m_messages; }

private:
    void save();

    quiz::Progress m_progress;
    std::filesystem::path m_path;
    bool m_canSave = true;
    std::vector<std::string> m_messages;
};

} // namespace lumbar::app
