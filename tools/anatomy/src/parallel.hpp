// Building meshes on every hardware thread with output that does not depend on how many there are.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace lumbar {

/// Calls work(i) for every i below `count`, on `threads` workers (0: one per hardware thread).
/// Each call writes only its own result, so the outcome is the same whatever the thread count.
/// The first failure, by index, is rethrown once every worker has finished.
template <typename Work> void forEachInParallel(std::size_t count, unsigned threads, const Work& work)
{
    std::vector<std::exception_ptr> failures(count);
    std::atomic<std::size_t> next{0};
    const auto worker = [&] {
        for (std::size_t i = next++; i < count; i = next++) {
            try {
                work(i);
            } catch (...) {
                failures[i] = std::current_exception();
            }
        }
    };
    const unsigned workers = unsigned(
        std::clamp<std::size_t>(threads ? threads : std::max(1u, std::thread::hardware_concurrency()), 1,
            std::max<std::size_t>(count, 1)));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < workers; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread& t : pool)
        t.join();
    for (const std::exception_ptr& failure : failures)
        if (failure)
            std::rethrow_exception(failure);
}

} // namespace lumbar
