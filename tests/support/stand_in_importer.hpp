// The stand-in importer program: the real importer program's main (runImportWorker) with an
// importer that misbehaves on purpose, chosen by the file's name, so the tests see how the app
// copes with an importer that crashes, hangs, eats memory or sends back nonsense.
#pragma once

#include <filesystem>

namespace lumbar::test {

/// The stand-in importer program (built with the tests). For a file whose stem ends in
///   crash        it raises SIGSEGV;          abort         it calls std::abort();
///   hang         it sleeps for ten minutes;  greedy        it fills 2 GiB of memory;
///   refuse       it throws ImportError("no vertices here");  throw-int     it throws 42;
///   nan          it returns a box with a NaN position;  no-triangles  a box without indices;
///   box          it returns a box "box" of 0.2 m with the file's path as its source;
/// it imports every other file with importModel().
inline std::filesystem::path standInImporter()
{
    return LUMBARLAB_STAND_IN_IMPORTER;
}

} // namespace lumbar::test
