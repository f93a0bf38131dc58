// Importing a user's model file in a child process, so a file that crashes or hangs the importer
// costs an error message instead of the application.
#pragma once

#include "scene/model.hpp"
#include "scene/model_import.hpp"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>

namespace lumbar {

/// How long and how much memory one isolated import may take.
struct ImportLimits {
    /// Wall-clock time the child gets before it is killed.
    std::chrono::milliseconds time{std::chrono::seconds(20)};
    /// Address space the child may add to what it inherits from the caller (set as RLIMIT_AS);
    /// 0 for no limit. Not applied in AddressSanitizer builds, whose shadow memory alone takes
    /// terabytes of address space.
    std::uint64_t memoryBytes = std::uint64_t(4) << 30;
    /// Checked about ten times a second while the child runs: once it reads true the child is
    /// killed and ImportError says the import was cancelled. Null: never cancelled.
    const std::atomic<bool>* cancelled = nullptr;
};

/// Imports `path` with `importer` (importModel() unless a test passes a stand-in) in a forked
/// child process that touches nothing but the file: no GL, no window. The child sends the model
/// back through a pipe as serializeModel() bytes, or the importer's error message. The parent
/// reads them within `limits.time`, reaps the child, validates the bytes (deserializeModel())
/// and the model (checkModel()), and returns it.
///
/// Throws ImportError naming the file when its extension is not in supportedModelExtensions()
/// (the importer never sees it), when the importer throws (its message, unchanged), crashes
/// ("crashed the importer (signal 11, Segmentation fault)"), runs past the time limit ("took
/// longer than 20 s"; the child is killed), runs out of memory under the limit, or sends back
/// bytes that do not hold a valid model, and when `limits.cancelled` turns true. The calling process is
/// unaffected in every case.
///
/// POSIX only. Only the calling thread exists in the child; glibc keeps malloc usable there, and a
/// lock another thread held at the fork could only hang the child, which the time limit ends.
Model importModelIsolated(const std::filesystem::path& path, const ImportLimits& limits = {},
    const ModelImporter& importer = importModel);

} // namespace lumbar
