// The worker thread behind ModelOpener.
#include "session/model_opener.hpp"

#include "core/error.hpp"

#include <exception>
#include <utility>

namespace lumbar::app {

ModelOpener::ModelOpener(ImportLimits limits, std::filesystem::path worker)
    : m_limits(limits), m_worker(std::move(worker))
{
}

ModelOpener::~ModelOpener()
{
    cancel();
    if (m_work.valid())
        m_work.wait();
}

bool ModelOpener::start(const std::filesystem::path& path)
{
    if (busy())
        return false;
    m_path = path;
    m_started = std::chrono::steady_clock::now();
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    ImportLimits limits = m_limits;
    limits.cancelled = m_cancelled.get();
    // The worker owns copies of everything it reads, and the flag through a shared pointer.
    m_work = std::async(std::launch::async, [path, limits, worker = m_worker, flag = m_cancelled] {
        Result result{path, std::nullopt, {}};
        try {
            result.model = importModelIsolated(path, limits, worker);
        } catch (const Error& error) {
            result.error = error.what();
        } catch (const std::exception& error) {
            // Out of memory copying the model back, say: still a message, never a lost window.
            result.error = "cannot open \"" + path.string() + "\": " + error.what();
        }
        return result;
    });
    return true;
}

double ModelOpener::elapsedS() const
{
    if (!busy())
        return 0.0;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
}

std::optional<ModelOpener::Result> ModelOpener::poll()
{
    if (!busy() || m_work.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return std::nullopt;
    Result result = m_work.get();
    m_path.clear();
    return result;
}

void ModelOpener::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

} // namespace lumbar::app
