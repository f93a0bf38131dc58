// Importing a user's model file in a separate importer process, so a file that crashes or hangs
// the importer costs an error message instead of the application.
#pragma once

#include "scene/model.hpp"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace lumbar {

/// How long and how much memory one isolated import may take.
struct ImportLimits {
    /// Wall-clock time the importer gets before it is killed.
    std::chrono::milliseconds time{std::chrono::seconds(20)};
    /// Address space the importer may add to what its program maps when it starts (set as
    /// RLIMIT_AS), and the most its reply may hold; 0 for no limit. The address space is not
    /// limited in AddressSanitizer builds, whose shadow memory alone takes terabytes of it.
    std::uint64_t memoryBytes = std::uint64_t(4) << 30;
    /// Checked about ten times a second while the importer runs: once it reads true the importer
    /// is killed and ImportError says the import was cancelled. Null: never cancelled.
    const std::atomic<bool>* cancelled = nullptr;
};

/// The importer program (kImportWorkerName): beside the running executable (the build folder),
/// in ../libexec/lumbarlab/ from it (an install), or, for a program inside the build folder (the
/// tests), in the build folder; nullopt when none of them holds it.
std::optional<std::filesystem::path> findImportWorker();
/// The places findImportWorker() looks, for messages.
std::string importWorkerSearchText();

/// Imports `path` in a new process running the importer program `worker` (findImportWorker()
/// when empty), started with posix_spawn: it touches nothing but the file, no GL, no window, and
/// shares no locks or threads with the caller. The program writes the model as writeModel()
/// bytes, or the importer's error message, into a memory file the caller created; once it has
/// ended within `limits.time`, the caller seals the file, maps it, validates the bytes
/// (deserializeModel()) and the model (checkModel()), and returns it.
///
/// Throws ImportError naming the file when its extension is not in supportedModelExtensions()
/// (the importer never sees it), when the importer program is missing or cannot be started,
/// when the importer throws (its message, unchanged), crashes ("crashed the importer (signal
/// 11, Segmentation fault)"), runs past the time limit ("took longer than 20 s"; it is killed),
/// runs out of memory under the limit, or leaves bytes that do not hold a valid model, and when
/// `limits.cancelled` turns true. The calling process is unaffected in every case, and no
/// importer process outlives the call.
Model importModelIsolated(const std::filesystem::path& path, const ImportLimits& limits = {},
    const std::filesystem::path& worker = {});

} // namespace lumbar
