// Opening a model file the user chose without freezing the window: the isolated import runs on a
// worker thread while frames go on, and can be cancelled.
#pragma once

#include "scene/isolated_import.hpp"
#include "scene/model.hpp"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string>

namespace lumbar::app {

/// One model file being opened at a time.
class ModelOpener {
public:
    /// The outcome of one opening: the model, or the reason it could not be used.
    struct Result {
        std::filesystem::path path;
        std::optional<Model> model;
        std::string error; ///< the ImportError's message when there is no model
    };

    /// `worker` is the importer program that reads the file (findImportWorker() when empty: the
    /// app's own; tests pass a stand-in).
    explicit ModelOpener(ImportLimits limits = {}, std::filesystem::path worker = {});
    /// Cancels an opening still running and waits for its worker (the child is killed at once).
    ~ModelOpener();
    ModelOpener(const ModelOpener&) = delete;
    ModelOpener& operator=(const ModelOpener&) = delete;

    /// Starts opening `path`; false (and nothing started) while another opening runs.
    bool start(const std::filesystem::path& path);
    bool busy() const { return m_work.valid(); }
    /// The file being opened; empty when idle.
    const std::filesystem::path& path() const { return m_path; }
    /// Seconds since the running opening started; 0 when idle.
    double elapsedS() const;
    /// The result once the running opening has finished (then idle again); nullopt while it runs
    /// or when idle.
    std::optional<Result> poll();
    /// Stops the running opening; its result, an error saying it was cancelled, comes from poll().
    void cancel();

private:
    ImportLimits m_limits;
    std::filesystem::path m_worker;
    std::filesystem::path m_path;
    std::chrono::steady_clock::time_point m_started;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::future<Result> m_work; ///< last: joined before the members its worker reads go away
};

} // namespace lumbar::app
