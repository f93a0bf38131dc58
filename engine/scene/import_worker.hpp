// The importer program's side of the isolated import (scene/isolated_import): it imports one file
// under the limits it is given and leaves the model, or why there is none, in a file the app reads.
#pragma once

#include "core/sanitizer.hpp"
#include "scene/model_import.hpp"

namespace lumbar {

/// The file name of the importer program: next to the app in the build folder, in
/// libexec/lumbarlab/ of an install (see findImportWorker()).
inline constexpr const char* kImportWorkerName = "lumbarlab-import";

/// The file descriptor, inherited from the app, that the importer program writes its reply to:
/// a memory file (memfd) the app maps once the program has ended.
inline constexpr int kImportReplyFd = 3;

/// Whether the importer's address space is limited: AddressSanitizer's shadow memory alone
/// exceeds any sensible limit.
inline constexpr bool kImportAddressSpaceLimited = !kAddressSanitizer;

/// First byte of the reply: what the rest holds.
enum class ImportReply : char {
    Model = 'M', ///< writeModel() bytes
    Failure = 'E', ///< the importer's error message
    OutOfMemory = 'O', ///< nothing: an allocation failed under the memory limit
};

/// The importer program's main(), with the importer it runs (importModel() in the program the app
/// installs; tests build one with stand-ins). Its arguments are exactly
///   --memory-bytes N --parent PID -- FILE
/// N: address space the import may add to what the program maps when it starts, 0 for no limit
/// (not applied under AddressSanitizer); the reply may not grow past N bytes either. PID: the
/// process that started it, whose end kills this one. It resets the crash signals to their
/// default action (so a crash ends it with its signal) and turns core files off, imports FILE and
/// writes the reply to kImportReplyFd, then returns 0; 2 for wrong arguments or no reply file
/// (with a message on stderr), 3 when the reply could not be written.
int runImportWorker(int argc, char** argv, const ModelImporter& importer);

} // namespace lumbar
